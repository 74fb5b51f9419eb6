import { type DashboardOverview, RISKS } from '../../shared/contracts/dashboards.ts';
import type { AppDeps } from '../deps.ts';
import {
  acknowledgementSince,
  countOpenAlerts,
  loadPerAssignee,
  overdueByRisk,
  reportsInMonths,
} from './overview-repo.ts';

const DAY_MS = 86_400_000;
const month = (d: Date) => d.toISOString().slice(0, 7);

/** The dashboard's first screen: overdue cases, acknowledgement against targets, load, alerts, this month. */
export async function buildOverview(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config'>,
): Promise<DashboardOverview> {
  const now = deps.clock.now();
  const targets = deps.config.ackTargetsMinutes;
  const thisMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const [overdue, ack, load, openAlerts, reports] = await Promise.all([
    overdueByRisk(deps.db, targets, now),
    acknowledgementSince(deps.db, targets, new Date(now.getTime() - 90 * DAY_MS)),
    loadPerAssignee(deps.db, targets, now),
    countOpenAlerts(deps.db),
    reportsInMonths(deps.db, lastMonth, thisMonth, nextMonth),
  ]);
  const targetOf = (risk: string) =>
    risk === 'immediate' ? targets.immediate : risk === 'high' ? targets.high : targets.other;
  return {
    overdue: RISKS.map((risk) => ({ risk, count: overdue.find((o) => o.risk === risk)?.count ?? 0 })),
    acknowledgement: RISKS.map((risk) => {
      const a = ack.find((x) => x.risk === risk);
      return {
        risk,
        targetMinutes: targetOf(risk),
        acknowledged: a?.acknowledged ?? 0,
        withinTarget: a?.within_target ?? 0,
        medianMinutes: a?.median_minutes === null || a === undefined ? null : Math.round(a.median_minutes),
      };
    }),
    load: load.map((l) => ({
      assignee: l.assignee_id ? { id: l.assignee_id, displayName: l.display_name || l.email || '' } : null,
      open: l.open,
      overdue: l.overdue,
    })),
    openAlerts,
    reports: {
      thisMonth: { month: month(thisMonth), count: reports.this },
      lastMonth: { month: month(lastMonth), count: reports.last },
    },
    generatedAt: now.toISOString(),
  };
}
