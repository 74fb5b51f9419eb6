import { createHmac } from 'node:crypto';
import type { ExportedCase } from '../../shared/contracts/stats.ts';
import type { AppDeps } from '../deps.ts';
import { type CaseFilter, casePage, countCases, referralsOfCases, reportsOfCases } from './repo.ts';

/**
 * De-identified case data for analysts and supervisors: classification, month opened, risk, status and
 * referral counts per case. Never a reference, a narrative, an identity, a place finer than the province
 * or an indicator value. Each case is named by a pseudonym (keyed hash of its id) that stays the same from
 * one export to the next, so analysts can follow a case across exports without learning its reference.
 *
 * Cases are read in pages by keyset (id order) and written out as they come: memory stays constant
 * whatever the number of cases.
 */
export const PAGE_SIZE = 500;

export function casePseudonym(deps: Pick<AppDeps, 'keys'>, caseId: string): string {
  const mac = createHmac('sha256', deps.keys.blindIndex).update(`export.case:${caseId}`).digest();
  // 50 bits in Crockford base32: no collisions in any realistic number of cases.
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let n = mac.readBigUInt64BE(0) >> 14n;
  let s = '';
  for (let i = 0; i < 10; i++) {
    s = alphabet[Number(n & 31n)] + s;
    n >>= 5n;
  }
  return `C-${s}`;
}

const uniq = (xs: string[]) => [...new Set(xs)].sort();

export type ExportRow = ExportedCase;

export async function* exportedCases(
  deps: Pick<AppDeps, 'db' | 'keys'>,
  filter: CaseFilter,
  onPage?: (done: number) => void,
): AsyncGenerator<ExportRow> {
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const cases = await casePage(deps.db, filter, after, PAGE_SIZE);
    if (cases.length === 0) return;
    const ids = cases.map((c) => c.id);
    const [reports, referrals] = await Promise.all([
      reportsOfCases(deps.db, ids),
      referralsOfCases(deps.db, ids),
    ]);
    for (const c of cases) {
      const rs = reports.filter((r) => r.case_id === c.id);
      const refs = referrals.filter((r) => r.case_id === c.id);
      const outcomes: Record<string, number> = {};
      for (const r of refs) if (r.outcome) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + r.n;
      yield {
        pseudonym: casePseudonym(deps, c.id),
        openedMonth: c.opened_month,
        status: c.status,
        risk: c.risk,
        province: rs.find((r) => r.province)?.province ?? null,
        tactics: uniq(rs.flatMap((r) => r.tactics)),
        communities: uniq(rs.flatMap((r) => r.communities)),
        channels: uniq(rs.flatMap((r) => r.channels)),
        perpetratorTypes: uniq(rs.flatMap((r) => r.perpetrator_types)),
        impacts: uniq(rs.flatMap((r) => r.impacts)),
        suspectedState: rs.find((r) => r.suspected_state)?.suspected_state ?? null,
        reports: rs.length,
        referrals: refs.reduce((s, r) => s + r.n, 0),
        referralOutcomes: outcomes,
        synthetic: rs.length > 0 && rs.every((r) => r.synthetic),
      };
    }
    done += cases.length;
    onPage?.(done);
    after = cases.at(-1)!.id;
  }
}

export { countCases };

export const CSV_COLUMNS = [
  'pseudonym',
  'opened_month',
  'status',
  'risk',
  'province',
  'tactics',
  'communities',
  'channels',
  'perpetrator_types',
  'impacts',
  'suspected_state',
  'reports',
  'referrals',
  'referral_outcomes',
  'synthetic',
] as const;

/** One CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets never run it. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvRow(r: ExportRow): string {
  return `${[
    r.pseudonym,
    r.openedMonth,
    r.status,
    r.risk,
    r.province,
    r.tactics.join(';'),
    r.communities.join(';'),
    r.channels.join(';'),
    r.perpetratorTypes.join(';'),
    r.impacts.join(';'),
    r.suspectedState,
    r.reports,
    r.referrals,
    Object.entries(r.referralOutcomes)
      .map(([k, v]) => `${k}:${v}`)
      .join(';'),
    r.synthetic,
  ]
    .map(csvField)
    .join(',')}\r\n`;
}

/** UTF-8 with a byte-order mark, so spreadsheets open Chinese, Tibetan and Uyghur codes correctly. */
export const CSV_BOM = '\uFEFF';

/** The whole export as text chunks, one per case after the header: for HTTP replies and files alike. */
export async function* exportChunks(
  deps: Pick<AppDeps, 'db' | 'keys'>,
  format: 'csv' | 'json',
  filter: CaseFilter,
  onPage?: (done: number) => void,
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield `${CSV_BOM}${CSV_COLUMNS.join(',')}\r\n`;
    for await (const r of exportedCases(deps, filter, onPage)) yield csvRow(r);
    return;
  }
  yield '[';
  let first = true;
  for await (const r of exportedCases(deps, filter, onPage)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(r)}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
