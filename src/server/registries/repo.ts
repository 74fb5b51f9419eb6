import type { Queryable } from '../platform/db/db.ts';
import type { RegistryRecord } from './record.ts';

/** SQL of the registries (migration 0027). Register data is public: stored and read in clear. */

export type SourceRow = { code: string; name: string; jurisdiction: string; regulator: string | null };

/** The registers a Canadian focal point knows from the start (more are added by importing with a name). */
export const KNOWN_SOURCES: readonly SourceRow[] = [
  {
    code: 'us-fara',
    name: 'Foreign Agents Registration Act (United States)',
    jurisdiction: 'US',
    regulator: null,
  },
  {
    code: 'ca-fitr',
    name: 'Foreign Influence Transparency Registry (Canada)',
    jurisdiction: 'CA',
    regulator: 'ca_fitc',
  },
  {
    code: 'au-fits',
    name: 'Foreign Influence Transparency Scheme (Australia)',
    jurisdiction: 'AU',
    regulator: null,
  },
  {
    code: 'uk-firs',
    name: 'Foreign Influence Registration Scheme (United Kingdom)',
    jurisdiction: 'GB',
    regulator: null,
  },
];

export async function seedSources(q: Queryable): Promise<void> {
  await q.query(
    `INSERT INTO registry_sources (code, name, jurisdiction, regulator)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT (code) DO NOTHING`,
    [
      KNOWN_SOURCES.map((s) => s.code),
      KNOWN_SOURCES.map((s) => s.name),
      KNOWN_SOURCES.map((s) => s.jurisdiction),
      KNOWN_SOURCES.map((s) => s.regulator),
    ],
  );
}

export async function findSource(q: Queryable, code: string): Promise<SourceRow | undefined> {
  const { rows } = await q.query<SourceRow>(
    'SELECT code, name, jurisdiction, regulator FROM registry_sources WHERE code = $1',
    [code],
  );
  return rows[0];
}

export async function addSource(q: Queryable, s: SourceRow): Promise<void> {
  await q.query(
    'INSERT INTO registry_sources (code, name, jurisdiction, regulator) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
    [s.code, s.name, s.jurisdiction, s.regulator],
  );
}

/** The latest snapshot of a source, if any (locked: one import of a source at a time). */
export async function latestSnapshot(q: Queryable, source: string): Promise<{ id: string } | undefined> {
  const { rows } = await q.query<{ id: string }>(
    'SELECT id FROM registry_snapshots WHERE source = $1 ORDER BY seq DESC LIMIT 1',
    [source],
  );
  return rows[0];
}

export async function lockSource(q: Queryable, source: string): Promise<void> {
  await q.query('SELECT code FROM registry_sources WHERE code = $1 FOR UPDATE', [source]);
}

export async function insertSnapshot(
  q: Queryable,
  s: {
    id: string;
    source: string;
    importedAt: Date;
    asOf: string | null;
    format: string;
    files: string[];
    importedBy: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO registry_snapshots (id, source, imported_at, as_of, format, files_sha256, entries, added, ended, imported_by)
     VALUES ($1, $2, $3, $4, $5, $6, 0, 0, 0, $7)`,
    [s.id, s.source, s.importedAt, s.asOf, s.format, s.files, s.importedBy],
  );
}

/**
 * Writes a batch of entries into a snapshot: new ones are added, known ones (same source and entry key)
 * take the register's current wording and dates and are marked as listed by this snapshot. Returns how
 * many were new.
 */
export async function upsertEntries(
  q: Queryable,
  source: string,
  snapshotId: string,
  records: readonly RegistryRecord[],
): Promise<number> {
  const col = <T>(f: (r: RegistryRecord) => T) => records.map(f);
  const { rows } = await q.query<{ added: string }>(
    `WITH written AS (
       INSERT INTO registry_entries AS e (source, entry_key, registrant, principal, country, country_code,
         registration_number, registered_on, terminated_on, aliases, source_url, first_snapshot, last_snapshot)
       SELECT $1, k, reg, pri, c, cc, num, ron::date, ton::date,
              CASE WHEN al = '' THEN '{}'::text[] ELSE string_to_array(al, chr(31)) END, url, $2::uuid, $2::uuid
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[], $12::text[]) AS t(k, reg, pri, c, cc, num, ron, ton, al, url)
       ON CONFLICT (source, entry_key) DO UPDATE SET
         registrant = EXCLUDED.registrant, principal = EXCLUDED.principal, country = EXCLUDED.country,
         country_code = EXCLUDED.country_code, registration_number = EXCLUDED.registration_number,
         registered_on = EXCLUDED.registered_on, terminated_on = EXCLUDED.terminated_on,
         aliases = EXCLUDED.aliases, source_url = EXCLUDED.source_url, last_snapshot = EXCLUDED.last_snapshot
       RETURNING (e.first_snapshot = $2::uuid) AS added
     )
     SELECT count(*) FILTER (WHERE added)::text AS added FROM written`,
    [
      source,
      snapshotId,
      col((r) => r.entryKey),
      col((r) => r.registrant),
      col((r) => r.principal),
      col((r) => r.country),
      col((r) => r.countryCode),
      col((r) => r.registrationNumber),
      col((r) => r.registeredOn),
      col((r) => r.terminatedOn),
      // One text per row (arrays of arrays must be rectangular): aliases joined by the unit separator.
      col((r) => r.aliases.map((a) => a.replaceAll('\u001f', ' ')).join('\u001f')),
      col((r) => r.sourceUrl),
    ],
  );
  return Number(rows[0]?.added ?? 0);
}

/** Closes a snapshot: its counts, and how many entries the previous one listed that it does not. */
export async function finishSnapshot(
  q: Queryable,
  s: { id: string; previousId: string | null; entries: number; added: number },
): Promise<number> {
  const { rows } = await q.query<{ ended: string }>(
    `UPDATE registry_snapshots SET entries = $2, added = $3,
       ended = (SELECT count(*) FROM registry_entries WHERE $4::uuid IS NOT NULL AND last_snapshot = $4::uuid)
     WHERE id = $1 RETURNING ended::text`,
    [s.id, s.entries, s.added, s.previousId],
  );
  return Number(rows[0]?.ended ?? 0);
}

/** The matcher's version: it rebuilds its index when a snapshot is added anywhere. */
export async function registryVersion(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ v: string }>(
    'SELECT coalesce(max(seq), 0)::text AS v FROM registry_snapshots',
  );
  return Number(rows[0]?.v ?? 0);
}

/** Every entry's names, for the matcher's index (all snapshots: an ended registration still matches). */
export async function entryNames(
  q: Queryable,
): Promise<{ id: number; principal: string; registrant: string; aliases: string[] }[]> {
  const { rows } = await q.query<{ id: string; principal: string; registrant: string; aliases: string[] }>(
    'SELECT id::text AS id, principal, registrant, aliases FROM registry_entries',
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
