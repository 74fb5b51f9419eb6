import type { Vault } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';
import { sealLegacyPlace } from '../reports/seal-stored-places.ts';

/** The dashboard's rollup as it was before 0031 (institutions by name, the dimension `origin`): rebuilt. */
const ROLLUP_TABLES = new Set([
  'dashboard_rollup',
  'dashboard_shared_cases',
  'dashboard_shared_reports',
  'dashboard_ack',
  'dashboard_ack_hist',
  'dashboard_campaign_days',
  'dashboard_rollup_state',
]);

const hexBytes = (b: Buffer | null) => (b ? `\\x${b.toString('hex')}` : null);

/**
 * Rows of a backup taken before migration 0031, as that migration (and 0032) left the database they came
 * from: a report's city and unlisted institution sealed under its data key (restored just before) and its
 * institution a code; taxonomy terms without the suspected states' old vocabulary; the rollup left out (it
 * is rebuilt on first use). Rows travel as JSON, bytea as `\x` and hex.
 */
export async function upgradeRowsFromBeforeSealedPlaces(
  tx: Queryable,
  vault: Pick<Vault, 'dataKey' | 'seal'>,
  table: string,
  rows: unknown[],
): Promise<unknown[]> {
  if (ROLLUP_TABLES.has(table)) return [];
  if (table === 'taxonomy_terms') {
    return (rows as { vocabulary: string }[])
      .filter((r) => r.vocabulary !== 'origin_state')
      .map((r) => ({ attributes: {}, ...r }));
  }
  if (table !== 'reports') return rows;
  const out: unknown[] = [];
  for (const row of rows as { id: string; data_key_id: string; city?: unknown; institution?: unknown }[]) {
    const { city: _city, ...rest } = row;
    const place = await sealLegacyPlace(tx, vault, row);
    out.push({ ...rest, institution: place.institution, place_sealed: hexBytes(place.placeSealed) });
  }
  return out;
}
