import type { RegistrySourceList } from '../../shared/contracts/registries.ts';
import type { Queryable } from '../platform/db/db.ts';
import { presentSource, type SnapshotRow, type SourceRowWithCounts } from './presenter.ts';

/** Admins: every register, what its latest snapshot lists, and every snapshot (what was known when). */
export async function listSources(q: Queryable): Promise<RegistrySourceList> {
  const { rows } = await q.query<SourceRowWithCounts>(
    `SELECT s.code, s.name, s.jurisdiction, s.regulator,
            count(e.id)::text AS entries, count(DISTINCT e.principal)::text AS principals,
            count(DISTINCT e.registrant)::text AS registrants
       FROM registry_sources s
       LEFT JOIN LATERAL (SELECT id FROM registry_snapshots n WHERE n.source = s.code ORDER BY seq DESC LIMIT 1) l ON true
       LEFT JOIN registry_entries e ON e.source = s.code AND e.last_snapshot = l.id
      GROUP BY s.code ORDER BY s.code`,
  );
  const { rows: snapshots } = await q.query<SnapshotRow>(
    `SELECT id, source, imported_at, as_of::text AS as_of, format, entries, added, ended
       FROM registry_snapshots ORDER BY seq DESC`,
  );
  return { items: rows.map((s) => presentSource(s, snapshots)) };
}
