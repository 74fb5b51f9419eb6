import type {
  SupportKind,
  SupportResourceInput,
  SupportResourcePatch,
} from '../../shared/contracts/support-resources.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';

/** The SQL of support resources (public information, in clear). */

export type ResourceRow = {
  id: string;
  kind: SupportKind;
  names: Record<string, string>;
  descriptions: Record<string, string>;
  phone: string | null;
  url: string | null;
  sort_order: number;
  active: boolean;
};

const COLUMNS = 'id, kind, names, descriptions, phone, url, sort_order, active';
const ORDER = `array_position(ARRAY['emergency','police','helpline','victim_services','digital_security','other'], kind),
  sort_order, id`;

export async function listResources(
  q: Queryable,
  opts: { includeInactive: boolean },
): Promise<ResourceRow[]> {
  const { rows } = await q.query<ResourceRow>(
    `SELECT ${COLUMNS} FROM support_resources WHERE $1 OR active ORDER BY ${ORDER}`,
    [opts.includeInactive],
  );
  return rows;
}

export const findResource = (q: Queryable, id: string) =>
  maybeOne<ResourceRow>(q, `SELECT ${COLUMNS} FROM support_resources WHERE id = $1`, [id]);

export async function insertResource(
  q: Queryable,
  r: SupportResourceInput & { id: string; seedCode?: string; now: Date },
): Promise<number> {
  const { rowCount } = await q.query(
    `INSERT INTO support_resources (id, seed_code, kind, names, descriptions, phone, url, sort_order, active, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
    [
      r.id,
      r.seedCode ?? null,
      r.kind,
      JSON.stringify(r.names),
      JSON.stringify(r.descriptions),
      r.phone ?? null,
      r.url ?? null,
      r.sortOrder,
      r.active,
      r.now,
    ],
  );
  return rowCount;
}

export async function updateResource(q: Queryable, id: string, patch: SupportResourcePatch, now: Date) {
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (patch.kind !== undefined) set('kind', patch.kind);
  if (patch.names !== undefined) set('names', JSON.stringify(patch.names));
  if (patch.descriptions !== undefined) set('descriptions', JSON.stringify(patch.descriptions));
  if (patch.phone !== undefined) set('phone', patch.phone);
  if (patch.url !== undefined) set('url', patch.url);
  if (patch.sortOrder !== undefined) set('sort_order', patch.sortOrder);
  if (patch.active !== undefined) set('active', patch.active);
  set('updated_at', now);
  const { rowCount } = await q.query(`UPDATE support_resources SET ${sets.join(', ')} WHERE id = $1`, params);
  return rowCount > 0;
}
