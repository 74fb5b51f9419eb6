import { useQuery } from '@tanstack/react-query';
import type { CaseView } from '../../shared/contracts/cases.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useIndicatorText } from '../app/indicator-text.ts';
import { useRegistryText } from '../app/registry-text.ts';
import { BASE, Link } from '../app/router.tsx';
import { useUser } from '../app/session.ts';
import { OverdueBadge, RiskBadge, StatusBadge } from '../components/badges.tsx';
import { ErrorMessage, Loading } from '../components/states.tsx';
import { CaseReferrals } from '../partner/CaseReferrals.tsx';
import { useReferralText } from '../partner/text.ts';
import { caseKey } from './case/hooks.ts';
import { IdentifiersSection } from './case/IdentifiersSection.tsx';
import { IdentitySection } from './case/IdentitySection.tsx';
import { LinksSection } from './case/LinksSection.tsx';
import { MessagesSection } from './case/MessagesSection.tsx';
import { NamedActorsSection } from './case/NamedActorsSection.tsx';
import { NotesSection, TasksSection } from './case/NotesTasks.tsx';
import { ReportSection } from './case/ReportSection.tsx';
import { TimelineSection } from './case/TimelineSection.tsx';
import { WorkSection } from './case/WorkSection.tsx';

export function CasePage({ id }: { id: string }) {
  const { t, date } = useI18n();
  const rt = useReferralText();
  const it = useIndicatorText();
  const nt = useRegistryText();
  const user = useUser();
  const query = useQuery({
    queryKey: caseKey(id),
    queryFn: () => api<CaseView>('GET', `/api/v1/cases/${id}`),
    refetchInterval: 30_000,
  });
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <h1>{t('console.case.unavailable')}</h1>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        <p>
          <Link to={`${BASE}/`}>{t('console.case.backToQueue')}</Link>
        </p>
      </>
    );
  }
  const c = query.data;
  const p = c.permissions;
  const refers = ['intake_officer', 'caseworker', 'supervisor'].includes(user.role) && !c.deidentified;
  const seesLinks = ['analyst', 'supervisor'].includes(user.role);
  const sections: [string, string][] = [
    ...(p.changeStatus || p.changeRisk || p.assign || p.merge ? [['work', t('console.case.work')]] : []),
    ['reports', t('console.case.reports')],
    ...(p.readContent ? [['identifiers', it('indicators.identifiers.title')]] : []),
    ...(p.readContent ? [['named-actors', nt('registries.case.title')]] : []),
    ...(p.revealIdentity ? [['identity', t('console.identity.title')]] : []),
    ...(c.messages ? [['messages', t('console.messages.title')]] : []),
    ...(c.notes ? [['notes', t('console.notes.title')]] : []),
    ...(c.tasks ? [['tasks', t('console.tasks.title')]] : []),
    ...(refers ? [['referrals', rt('referrals.staff.title')]] : []),
    ...(seesLinks ? [['links', it('indicators.links.title')]] : []),
    ['timeline', t('console.timeline.title')],
  ] as [string, string][];
  return (
    <article className="case">
      <p>
        <Link to={`${BASE}/`}>{t('console.case.backToQueue')}</Link>
      </p>
      <header className="case-head">
        <h1>{t('console.case.title', { reference: c.reference })}</h1>
        <p className="badges">
          <RiskBadge risk={c.risk} /> <StatusBadge status={c.status} /> {c.overdue ? <OverdueBadge /> : null}
        </p>
        <dl className="summary">
          <div>
            <dt>{t('console.queue.assignee')}</dt>
            <dd>{c.assignee ? c.assignee.displayName : t('console.queue.unassigned')}</dd>
          </div>
          <div>
            <dt>{t('console.queue.opened')}</dt>
            <dd>{date(c.openedAt)}</dd>
          </div>
          <div>
            <dt>{t('console.queue.ackDue')}</dt>
            <dd>
              {c.acknowledgedAt
                ? t('console.queue.acknowledged', { at: date(c.acknowledgedAt) })
                : date(c.ackDueAt)}
            </dd>
          </div>
          {c.closingReason ? (
            <div>
              <dt>{t('console.case.closingReason')}</dt>
              <dd>{t(`console.closing.${c.closingReason}`)}</dd>
            </div>
          ) : null}
        </dl>
        {c.mergedIntoId ? (
          <p className="notice">
            {t('console.case.mergedNotice')}{' '}
            <Link to={`${BASE}/cases/${c.mergedIntoId}`}>{t('console.case.openMerged')}</Link>
          </p>
        ) : null}
        {c.deidentified ? <p className="notice">{t('console.case.deidentified')}</p> : null}
        {user.role === 'supervisor' ? (
          <p>
            <Link to={`${BASE}/audit?target=${c.id}`}>{t('console.case.auditLink')}</Link>
          </p>
        ) : null}
      </header>

      <nav aria-label={t('console.case.sections')} className="section-nav">
        <ul>
          {sections.map(([anchor, label]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      {sections.some(([a]) => a === 'work') ? <WorkSection view={c} /> : null}
      <section id="reports" aria-labelledby="reports-h">
        <h2 id="reports-h">{t('console.case.reports')}</h2>
        {c.reports.length === 0 ? <p className="state state-empty">{t('console.case.noReports')}</p> : null}
        {c.reports.map((r) => (
          <ReportSection key={r.id} view={c} report={r} />
        ))}
      </section>
      {p.readContent ? (
        <IdentifiersSection
          caseId={c.id}
          reports={c.reports.map((r) => ({ id: r.id, reference: r.reference }))}
          canCorrect={p.classify}
        />
      ) : null}
      {p.readContent ? <NamedActorsSection caseId={c.id} /> : null}
      {p.revealIdentity ? <IdentitySection caseId={c.id} /> : null}
      {c.messages ? <MessagesSection view={c} messages={c.messages} /> : null}
      {c.notes ? <NotesSection caseId={c.id} notes={c.notes} canWrite={p.writeNotes} /> : null}
      {c.tasks ? <TasksSection caseId={c.id} tasks={c.tasks} canWrite={p.writeTasks} /> : null}
      {refers ? <CaseReferrals caseId={c.id} /> : null}
      {seesLinks ? <LinksSection caseId={c.id} /> : null}
      <TimelineSection events={c.timeline} />
    </article>
  );
}
