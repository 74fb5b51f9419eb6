import { randomUUID } from 'node:crypto';
import { blindIndexFor } from '../platform/crypto/blind-index.ts';
import type { DataKey, Vault } from '../platform/crypto/envelope.ts';
import type { KeyRing } from '../platform/crypto/keyring.ts';
import type { Queryable } from '../platform/db/db.ts';
import type { RegistryIndex } from './index.ts';
import { matchReport, type ReportText } from './match-report.ts';

/**
 * The named actors of one report, recorded inside the indexer's transaction, where the report is already
 * open. Only the match is stored: which register entry or known actor, where and how it was found, how sure.
 * An organisation nothing lists is kept as a blind index of its normalised name (so reports naming the
 * same one are counted together) and its words sealed under the report's data key. A match already
 * recorded for the report is left as it is — a decision on it (a rejection) sticks.
 */

export const UNLISTED_KIND = 'registry.actor';
export const unlistedAad = (matchId: string) => `registry.actor:${matchId}`;

export type RecordedActors = { registered: number; unregistered: number };

export async function recordNamedActors(
  tx: Queryable,
  deps: { keys: KeyRing; vault: Vault },
  opts: {
    index: RegistryIndex;
    version: number;
    reportId: string;
    report: ReportText;
    dataKey: DataKey;
    now: Date;
  },
): Promise<RecordedActors> {
  const found = matchReport(opts.index, opts.report);
  const rows: {
    id: string;
    actor: string;
    entry: string | null;
    group: string | null;
    sealed: Buffer | null;
    foundIn: string;
    how: string;
    confidence: string;
  }[] = [];
  for (const [entryId, f] of found.registered)
    rows.push({
      id: randomUUID(),
      actor: `entry:${entryId}`,
      entry: String(entryId),
      group: null,
      sealed: null,
      ...f,
    });
  for (const [group, f] of found.unregisteredGroups)
    rows.push({ id: randomUUID(), actor: `group:${group}`, entry: null, group, sealed: null, ...f });
  for (const u of found.unlistedOrganisations) {
    const id = randomUUID();
    rows.push({
      id,
      actor: `name:${blindIndexFor(deps.keys.blindIndex, UNLISTED_KIND, u.key).toString('hex')}`,
      entry: null,
      group: null,
      sealed: deps.vault.seal(opts.dataKey, u.name, unlistedAad(id)),
      foundIn: 'organisation_field',
      how: 'unlisted',
      confidence: 'high',
    });
  }
  if (rows.length === 0) return { registered: 0, unregistered: 0 };
  await tx.query(
    `INSERT INTO registry_matches (id, report_id, actor, entry_id, actor_group, name_sealed, registered, found_in,
       how, confidence, snapshot_seq, matched_at)
     SELECT id, $2, actor, entry::bigint, grp, sealed, entry IS NOT NULL, found_in, how, confidence, $3, $4
       FROM unnest($1::uuid[], $5::text[], $6::text[], $7::text[], $8::bytea[], $9::text[], $10::text[], $11::text[])
         AS t(id, actor, entry, grp, sealed, found_in, how, confidence)
     ON CONFLICT (report_id, actor) DO NOTHING`,
    [
      rows.map((r) => r.id),
      opts.reportId,
      opts.version,
      opts.now,
      rows.map((r) => r.actor),
      rows.map((r) => r.entry),
      rows.map((r) => r.group),
      rows.map((r) => r.sealed),
      rows.map((r) => r.foundIn),
      rows.map((r) => r.how),
      rows.map((r) => r.confidence),
    ],
  );
  return {
    registered: found.registered.size,
    unregistered: found.unregisteredGroups.size + found.unlistedOrganisations.length,
  };
}
