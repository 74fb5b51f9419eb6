import type { FollowupView } from '../../shared/contracts/followup.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { reporterCallbacks } from '../callbacks/reporter-view.ts';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';
import { reporterSafetyPlan } from '../safety-plans/reporter-view.ts';

/**
 * The follow-up view with what the front line does for the person after intake: the calls they asked for
 * (and whether we called) and their safety plan, in their language. In the follow-up's own transaction.
 */
export async function withFrontlineNews(
  deps: Pick<AppDeps, 'vault'>,
  q: Queryable,
  view: FollowupView,
  reportId: string,
  locale: Locale,
): Promise<FollowupView> {
  return {
    ...view,
    callbacks: await reporterCallbacks(q, reportId, locale),
    safetyPlan: await reporterSafetyPlan(deps, q, reportId, locale),
  };
}

/** Whether the reporter said they were in danger now (their confirmation then leads with 911). */
export async function saidInDanger(q: Queryable, reportId: string): Promise<boolean> {
  const { rows } = await q.query<{ danger: boolean }>(
    `SELECT 'in_danger_now' = ANY(risk_reasons) AS danger FROM reports WHERE id = $1`,
    [reportId],
  );
  return rows[0]?.danger === true;
}
