import {
  type Bucket,
  type DashboardQuery,
  type DashboardSummary,
  RISKS,
} from '../../shared/contracts/dashboards.ts';
import { dashboards } from '../../shared/i18n/catalogs/dashboards.ts';
import { taxonomy } from '../../shared/i18n/catalogs/taxonomy.ts';
import { suspectedStateName } from '../../shared/suspected-states.ts';
import type { Vocabulary } from '../../shared/taxonomy.ts';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';
import { listTaxonomy, termLabel } from '../taxonomy/repo.ts';
import type { DashboardLang } from './presenter.ts';
import { presentInstitutions } from './presenter.ts';
import { refreshBeforeAnswering, refreshDashboardRollup } from './refresh-rollup.ts';
import {
  countCampaigns,
  countCaseFigures,
  countReferrals,
  countRegisteredActors,
  countReportDimensions,
  type DashboardFilter,
  type KeyCount,
} from './repo.ts';
import { type RollupFigures, RollupOutOfStep, readRollupFigures, rollupKeyOf } from './rollup-read.ts';
import { NO_JIT } from './rollup-sql.ts';

export type { DashboardLang };

const DAY_MS = 86_400_000;

/** Query parameters to the repository's filter: `to` is an inclusive day, so the bound is the next midnight. */
export function toFilter(query: Omit<DashboardQuery, 'lang'>): DashboardFilter {
  return {
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : null,
    to: query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) : null,
    tactic: query.tactic ?? null,
    community: query.community ?? null,
    province: query.province ?? null,
    suspectedState: query.suspectedState ?? null,
    channel: query.channel ?? null,
    risk: query.risk ?? null,
    status: query.status ?? null,
  };
}

/** A code's label from the dashboards catalog (`dashboards.<group>.<code>`), else the code itself. */
export function catalogLabel(lang: DashboardLang, group: string, code: string): string {
  const entries = dashboards[lang] as Record<string, string>;
  return (
    entries[`dashboards.${group}.${code}`] ??
    (dashboards.en as Record<string, string>)[`dashboards.${group}.${code}`] ??
    code
  );
}

export type Labeller = (vocabulary: Vocabulary | 'province' | 'suspected_state', code: string) => string;

/** Labels of taxonomy codes as stored (admins may have renamed them) in one language. */
export async function taxonomyLabeller(q: Queryable, lang: DashboardLang): Promise<Labeller> {
  const terms = new Map<string, string>();
  for (const term of await listTaxonomy(q, { includeInactive: true })) {
    terms.set(`${term.vocabulary}:${term.code}`, termLabel(term, lang));
  }
  return (vocabulary, code) => {
    if (code === 'unspecified') return catalogLabel(lang, 'value', 'unspecified');
    if (vocabulary === 'province')
      return (taxonomy[lang] as Record<string, string>)[`taxonomy.province.${code}`] ?? code;
    if (vocabulary === 'suspected_state') return suspectedStateName(code, lang);
    return terms.get(`${vocabulary}:${code}`) ?? code;
  };
}

const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const labelled = (rows: KeyCount[], label: (code: string) => string): Bucket[] =>
  rows.map((r) => ({ key: r.key, label: label(r.key), count: r.count }));

/** The figures computed from the base tables: the reference the rollup must equal. */
async function directFigures(q: Queryable, f: DashboardFilter): Promise<RollupFigures> {
  return {
    reportRows: await countReportDimensions(q, f),
    caseRows: await countCaseFigures(q, f),
    referrals: await countReferrals(q, f),
    campaigns: await countCampaigns(q, f),
  };
}

/**
 * Where the figures come from: `auto` reads the rollup when the selection filters at most one dimension
 * (caught up first if anything changed) and computes directly otherwise, or while the rollup is being
 * built or is far behind (see refreshBeforeAnswering), or if it turns out to disagree with the data it is
 * read with; `direct` and `rollup` force one source (tests and benchmarks; `rollup` waits for the rollup
 * to be up to date, however long that takes).
 *
 * No small-cell suppression here: DESIGN.md ("Monitoring and publication") asks for it on the published
 * statistics (src/server/stats), while this dashboard is for analysts and supervisors, who may see
 * de-identified case data (the role table), so its counts of 1 to 4 are shown as they are — except next
 * to an institution's name, which the periodic report carries to officials (presenter.ts).
 */
export type FigureSource = 'auto' | 'direct' | 'rollup';

async function figuresFor(
  deps: Pick<AppDeps, 'db' | 'clock' | 'runtime'>,
  f: DashboardFilter,
  source: FigureSource,
): Promise<RollupFigures> {
  const key = source === 'direct' ? null : rollupKeyOf(f);
  if (key === null) {
    if (source === 'rollup') throw new Error('this selection cannot be read from the rollup');
    return directFigures(deps.db, f);
  }
  if (source === 'rollup') await refreshDashboardRollup(deps, { wait: true });
  else if ((await refreshBeforeAnswering(deps)) === 'behind') return directFigures(deps.db, f);
  try {
    // One snapshot for every read, so the histogram and the values it points to agree.
    return await deps.db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      await tx.query(NO_JIT);
      return readRollupFigures(tx, f, key);
    });
  } catch (err) {
    if (source === 'rollup' || !(err instanceof RollupOutOfStep)) throw err;
    return directFigures(deps.db, f);
  }
}

/** Every aggregate of the dashboard for one selection, labelled in `lang`. */
export async function buildDashboardSummary(
  deps: Pick<AppDeps, 'db' | 'clock' | 'runtime'>,
  query: DashboardQuery,
  opts: { source?: FigureSource } = {},
): Promise<DashboardSummary> {
  const lang: DashboardLang = query.lang ?? 'en';
  const f = toFilter(query);
  const q = deps.db;
  const label = await taxonomyLabeller(q, lang);
  const figures = await figuresFor(deps, f, opts.source ?? 'auto');
  const { reportRows, caseRows, campaigns } = figures;
  const referrals = [...figures.referrals].sort(
    (a, b) => compareCodes(a.partnerKind, b.partnerKind) || compareCodes(a.outcome, b.outcome),
  );
  const byCountThenKey = (a: KeyCount, b: KeyCount) => b.count - a.count || compareCodes(a.key, b.key);
  const dim = (rows: { dim: string; key: string; count: number }[], name: string): KeyCount[] =>
    rows
      .filter((r) => r.dim === name)
      .map((r) => ({ key: r.key, count: r.count }))
      .sort(byCountThenKey);
  const total = (rows: { dim: string; key: string; count: number }[], key: string) =>
    rows.find((r) => r.dim === 'total' && r.key === key)?.count ?? 0;
  const totals = {
    reports: total(reportRows, 'reports'),
    cases: total(reportRows, 'cases'),
    campusReports: reportRows.filter((r) => r.dim === 'institution').reduce((n, r) => n + r.count, 0),
    referrals: total(caseRows, 'referrals'),
  };
  const byMonth = dim(reportRows, 'month')
    .map((r) => ({ month: r.key, count: r.count }))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
  const tactic = dim(reportRows, 'tactic');
  const community = dim(reportRows, 'community');
  const channel = dim(reportRows, 'channel');
  const perpetrator = dim(reportRows, 'perpetrator');
  const suspectedState = dim(reportRows, 'suspected_state');
  const province = dim(reportRows, 'province');
  const institution = dim(reportRows, 'institution');
  const risk = dim(caseRows, 'risk');
  const status = dim(caseRows, 'status');
  const ack = caseRows
    .filter((r) => r.dim === 'ack')
    .map((r) => ({
      risk: r.key,
      acknowledged: r.count,
      median_hours: r.median_hours,
      p90_hours: r.p90_hours,
    }));
  const ackByRisk = new Map(ack.map((a) => [a.risk, a]));
  return {
    period: { from: query.from ?? null, to: query.to ?? null },
    totals,
    byMonth,
    by: {
      tactic: labelled(tactic, (c) => label('tactic', c)),
      community: labelled(community, (c) => label('community', c)),
      suspectedState: labelled(suspectedState, (c) => label('suspected_state', c)),
      province: labelled(province, (c) => label('province', c)),
      channel: labelled(channel, (c) => label('channel', c)),
      institution: presentInstitutions(institution, lang, (c) => label('institution', c)),
      perpetrator: labelled(perpetrator, (c) => label('perpetrator_type', c)),
      risk: labelled(risk, (c) => catalogLabel(lang, 'risk', c)),
      status: labelled(status, (c) => catalogLabel(lang, 'status', c)),
    },
    timeToAcknowledge: RISKS.map((r) => {
      const a = ackByRisk.get(r);
      return {
        risk: r,
        acknowledged: a?.acknowledged ?? 0,
        medianHours: a?.median_hours ?? null,
        p90Hours: a?.p90_hours ?? null,
      };
    }),
    referrals,
    campaigns: labelled(campaigns, (c) => catalogLabel(lang, 'campaignStatus', c)),
    // Few rows, read directly (the rollup does not hold them): confirmed registered actors only.
    registeredActors: await countRegisteredActors(q, f),
    generatedAt: deps.clock.now().toISOString(),
  };
}
