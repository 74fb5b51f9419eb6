import { institutionNamed, OTHER_INSTITUTION } from '../../shared/institutions.ts';
import type { Vault } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';
import { sealPlace } from './sealing.ts';

/** A report's place as stored before migration 0031: the city and the institution's name in clear. */
type LegacyPlace = { id: string; data_key_id: string; city?: unknown; institution?: unknown };

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * What a report stored before the institution list becomes: its city and the name of an institution not
 * on the list sealed under the report's data key, and its institution a code — the list's, when the name
 * was written as the list writes it (case and accents aside), else `other`.
 */
export async function sealLegacyPlace(
  q: Queryable,
  vault: Pick<Vault, 'dataKey' | 'seal'>,
  row: LegacyPlace,
): Promise<{ placeSealed: Buffer | null; institution: string | null }> {
  const city = text(row.city);
  const name = text(row.institution);
  const listed = name ? institutionNamed(name) : null;
  const institution = name ? (listed ?? OTHER_INSTITUTION) : null;
  const institutionOther = name && !listed ? name : null;
  if (!city && !institutionOther) return { placeSealed: null, institution };
  const dataKey = await vault.dataKey(q, row.data_key_id);
  return { placeSealed: sealPlace(vault, dataKey, row.id, { city, institutionOther }), institution };
}

const BATCH = 2_000;

/**
 * Migration 0031's data step: the places of the reports already stored, sealed in place, in batches (an
 * installation may hold a million demonstration reports, each with a city), each batch one UPDATE.
 */
export async function sealStoredPlaces(q: Queryable, vault: Pick<Vault, 'dataKey' | 'seal'>): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await q.query<LegacyPlace>(
      `SELECT id, data_key_id, city, institution FROM reports
        WHERE id > $1 AND (nullif(btrim(city), '') IS NOT NULL OR institution IS NOT NULL)
        ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) return;
    const ids: string[] = [];
    const sealed: (Buffer | null)[] = [];
    const institutions: (string | null)[] = [];
    for (const row of rows) {
      const place = await sealLegacyPlace(q, vault, row);
      ids.push(row.id);
      sealed.push(place.placeSealed);
      institutions.push(place.institution);
    }
    await q.query(
      `UPDATE reports r SET place_sealed = u.place_sealed, institution = u.institution
         FROM unnest($1::uuid[], $2::bytea[], $3::text[]) AS u(id, place_sealed, institution)
        WHERE r.id = u.id`,
      [ids, sealed, institutions],
    );
    after = rows.at(-1)!.id;
  }
}
