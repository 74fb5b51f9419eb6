import type { Queryable } from '../platform/db/db.ts';

/**
 * The SQL of the dashboard's overview: small counts over open cases, recent acknowledgements, alerts and
 * two months of reports. Reports and cases marked spam, and reports held during a flood, are left out.
 */

const RISK_TARGET = `CASE c.risk WHEN 'immediate' THEN $1::int WHEN 'high' THEN $2::int ELSE $3::int END`;
const OPEN = `c.merged_into_id IS NULL AND c.held_at IS NULL AND NOT c.spam AND c.status <> 'closed'`;

export type Targets = { immediate: number; high: number; other: number };
const targetParams = (t: Targets) => [t.immediate, t.high, t.other];

export async function overdueByRisk(q: Queryable, t: Targets, now: Date) {
  const { rows } = await q.query<{ risk: string; count: number }>(
    `SELECT c.risk, count(*)::int AS count FROM cases c
      WHERE ${OPEN} AND c.acknowledged_at IS NULL
        AND c.opened_at + make_interval(mins => ${RISK_TARGET}) < $4::timestamptz
      GROUP BY c.risk`,
    [...targetParams(t), now],
  );
  return rows;
}

export async function acknowledgementSince(q: Queryable, t: Targets, since: Date) {
  const { rows } = await q.query<{
    risk: string;
    acknowledged: number;
    within_target: number;
    median_minutes: number | null;
  }>(
    `SELECT c.risk, count(*)::int AS acknowledged,
            count(*) FILTER (WHERE c.acknowledged_at <= c.opened_at + make_interval(mins => ${RISK_TARGET}))::int
              AS within_target,
            (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.acknowledged_at - c.opened_at)) / 60)::float8
              AS median_minutes
       FROM cases c
      WHERE c.merged_into_id IS NULL AND NOT c.spam AND c.acknowledged_at IS NOT NULL AND c.opened_at >= $4::timestamptz
      GROUP BY c.risk`,
    [...targetParams(t), since],
  );
  return rows;
}

export async function loadPerAssignee(q: Queryable, t: Targets, now: Date) {
  const { rows } = await q.query<{
    assignee_id: string | null;
    display_name: string | null;
    email: string | null;
    open: number;
    overdue: number;
  }>(
    `SELECT c.assignee_id, u.display_name, u.email, count(*)::int AS open,
            count(*) FILTER (WHERE c.acknowledged_at IS NULL
              AND c.opened_at + make_interval(mins => ${RISK_TARGET}) < $4::timestamptz)::int AS overdue
       FROM cases c LEFT JOIN users u ON u.id = c.assignee_id
      WHERE ${OPEN}
      GROUP BY c.assignee_id, u.display_name, u.email
      ORDER BY c.assignee_id IS NULL, count(*) DESC, u.display_name`,
    [...targetParams(t), now],
  );
  return rows;
}

export async function countOpenAlerts(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM link_alerts WHERE cardinality(seen_by) = 0`,
  );
  return rows[0]?.n ?? 0;
}

/** Reports received in each of the two calendar months (UTC) starting at `lastMonth` and `thisMonth`. */
export async function reportsInMonths(q: Queryable, lastMonth: Date, thisMonth: Date, nextMonth: Date) {
  const { rows } = await q.query<{ last: number; this: number }>(
    `SELECT count(*) FILTER (WHERE r.received_at < $2)::int AS last,
            count(*) FILTER (WHERE r.received_at >= $2)::int AS this
       FROM reports r JOIN cases c ON c.id = r.case_id
      WHERE NOT c.spam AND c.held_at IS NULL AND r.received_at >= $1 AND r.received_at < $3`,
    [lastMonth, thisMonth, nextMonth],
  );
  return { last: rows[0]?.last ?? 0, this: rows[0]?.this ?? 0 };
}
