import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DisposedSummary, RetentionPlan, RetentionRun } from '../../../shared/contracts/retention.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { BASE, Link } from '../../app/router.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Empty, ErrorMessage, FormError, Loading } from '../../components/states.tsx';
import { useRetentionText, useRuleText } from './text.ts';

const PLAN_KEY = ['retention', 'plan'] as const;
const SUMMARY_KEY = ['retention', 'summary'] as const;

/**
 * The dry run — what the next run would de-identify, destroy or trim, by rule, then case by case — and a
 * button to run it now. Admins see references (not links: they do not open cases).
 */
export function PlanSection({ linkCases }: { linkCases: boolean }) {
  const r = useRetentionText();
  const rule = useRuleText();
  const { date } = useI18n();
  const client = useQueryClient();
  const plan = useQuery({
    queryKey: PLAN_KEY,
    queryFn: () => api<RetentionPlan>('GET', '/api/v1/retention/plan'),
  });
  const run = useMutation({
    mutationFn: () => api<RetentionRun>('POST', '/api/v1/retention/run'),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['retention'] }),
  });
  const reference = (caseId: string, ref: string) =>
    linkCases ? <Link to={`${BASE}/cases/${caseId}`}>{ref}</Link> : ref;
  return (
    <section aria-labelledby="retention-plan">
      <h2 id="retention-plan">{r('retention.plan.title')}</h2>
      {plan.isPending ? <Loading /> : null}
      {plan.isError ? <ErrorMessage error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data ? (
        <>
          {plan.data.rules.length === 0 && plan.data.records.length === 0 ? (
            <Empty>{r('retention.plan.nothing')}</Empty>
          ) : (
            <DataTable
              caption={r('retention.plan.title')}
              headers={[r('retention.plan.rule'), r('retention.plan.cases'), r('retention.plan.reports')]}
            >
              {plan.data.rules.map((c) => (
                <tr key={c.rule}>
                  <th scope="row">{rule(c.rule)}</th>
                  <td>{c.cases}</td>
                  <td>{c.reports}</td>
                </tr>
              ))}
            </DataTable>
          )}
          {plan.data.held > 0 ? <p>{r('retention.plan.held', { count: plan.data.held })}</p> : null}
          {plan.data.upcoming.length > 0 ? (
            <p>{r('retention.plan.upcoming', { count: plan.data.upcoming.length })}</p>
          ) : null}
          {plan.data.items.length + plan.data.records.length > 0 ? (
            <DataTable
              caption={r('retention.plan.title')}
              headers={[
                r('retention.plan.case'),
                r('retention.plan.action'),
                r('retention.plan.rule'),
                r('retention.plan.dueAt'),
              ]}
            >
              {plan.data.items.map((i) => (
                <tr key={`${i.caseId}-${i.action}`}>
                  <td>{reference(i.caseId, i.reference)}</td>
                  <td>{r(`retention.plan.action.${i.action}`)}</td>
                  <td>{rule(i.rule)}</td>
                  <td>{date(i.dueAt)}</td>
                </tr>
              ))}
              {plan.data.records.map((i) => (
                <tr key={`${i.caseId}-${i.rule}`}>
                  <td>{reference(i.caseId, i.reference)}</td>
                  <td>{r('retention.plan.action.remove')}</td>
                  <td>{rule(i.rule)}</td>
                  <td>{date(i.dueAt)}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
          {plan.data.truncated ? <p className="hint">{r('retention.plan.truncated')}</p> : null}
        </>
      ) : null}
      <p>
        <button type="button" disabled={run.isPending} onClick={() => run.mutate()}>
          {r('retention.plan.run')}
        </button>
      </p>
      {run.data ? (
        <p role="status">
          {r('retention.plan.ran', { cases: run.data.items.length, records: run.data.records.length })}
        </p>
      ) : null}
      <FormError error={run.error} />
    </section>
  );
}

/** What was disposed of per month (counts only), and what waits on people: holds, deletion requests. */
export function DisposedSection() {
  const r = useRetentionText();
  const summary = useQuery({
    queryKey: SUMMARY_KEY,
    queryFn: () => api<DisposedSummary>('GET', '/api/v1/retention/summary'),
  });
  return (
    <section aria-labelledby="retention-summary">
      <h2 id="retention-summary">{r('retention.summary.title')}</h2>
      {summary.isPending ? <Loading /> : null}
      {summary.isError ? <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.data ? (
        <>
          <p>
            {r('retention.summary.open', {
              holds: summary.data.activeHolds,
              requests: summary.data.pendingDeletionRequests,
            })}
          </p>
          {summary.data.months.length === 0 ? (
            <Empty>{r('retention.summary.none')}</Empty>
          ) : (
            <DataTable
              caption={r('retention.summary.title')}
              headers={[
                r('retention.summary.month'),
                r('retention.summary.deidentified'),
                r('retention.summary.destroyed'),
                r('retention.summary.onRequest'),
              ]}
            >
              {summary.data.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td>{m.deidentified}</td>
                  <td>{m.destroyed}</td>
                  <td>{m.onRequest}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      ) : null}
    </section>
  );
}
