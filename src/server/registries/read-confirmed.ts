import type { StixRegisteredActor } from '../exports/stix.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * Register entries analysts confirmed for the given reports (public register data, by report): what the
 * STIX export, the dashboard and the periodic report say of a report's registered actors.
 */
export async function confirmedRegisteredActors(
  q: Queryable,
  reportIds: readonly string[],
): Promise<Map<string, StixRegisteredActor[]>> {
  const out = new Map<string, StixRegisteredActor[]>();
  if (reportIds.length === 0) return out;
  const { rows } = await q.query<StixRegisteredActor & { report_id: string }>(
    `SELECT m.report_id, e.source, s.name AS "sourceName", e.registrant, e.principal, e.country,
            e.registration_number AS "registrationNumber", e.registered_on::text AS "registeredOn",
            e.terminated_on::text AS "terminatedOn", e.source_url AS "sourceUrl"
       FROM registry_matches m JOIN registry_entries e ON e.id = m.entry_id JOIN registry_sources s ON s.code = e.source
      WHERE m.report_id = ANY($1::uuid[]) AND m.decision = 'confirmed'
      ORDER BY e.source, e.registration_number, e.principal`,
    [reportIds],
  );
  for (const { report_id, ...actor } of rows) {
    const list = out.get(report_id);
    if (list) list.push(actor);
    else out.set(report_id, [actor]);
  }
  return out;
}
