import type { CaseSummary } from '../../../shared/contracts/cases.ts';
import { triage as triageCatalog } from '../../../shared/i18n/catalogs/triage.ts';
import { useCatalogText } from '../../app/catalog-text.ts';
import { useI18n } from '../../app/i18n.tsx';
import { BASE, Link } from '../../app/router.tsx';
import { OverdueBadge, RiskBadge, StatusBadge } from '../../components/badges.tsx';
import { CallbackBadge, EscalatedBadge } from '../../frontline/badges.tsx';
import { SummaryLine, SyntheticBadge } from './SummaryLine.tsx';

/** The queue's rows: the reference links to the case; the summary line says what it is about. */
export function QueueTable({ items }: { items: CaseSummary[] }) {
  const { t, date } = useI18n();
  const q = useCatalogText(triageCatalog);
  return (
    <div className="table-wrap">
      <table className="queue">
        <caption className="visually-hidden">{t('console.queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.queue.reference')}</th>
            <th scope="col">{q('triage.summary')}</th>
            <th scope="col">{t('console.queue.risk')}</th>
            <th scope="col">{t('console.queue.status')}</th>
            <th scope="col">{t('console.queue.assignee')}</th>
            <th scope="col">{t('console.queue.opened')}</th>
            <th scope="col">{t('console.queue.ackDue')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} className={c.overdue ? 'is-overdue' : undefined}>
              <th scope="row">
                <Link to={`${BASE}/cases/${c.id}`}>{c.reference}</Link>
                {c.triage.synthetic ? (
                  <>
                    {' '}
                    <SyntheticBadge />
                  </>
                ) : null}
              </th>
              <td className="summary">
                <SummaryLine summary={c.triage} />
              </td>
              <td>
                <RiskBadge risk={c.risk} />
                {c.escalatedAt ? (
                  <>
                    {' '}
                    <EscalatedBadge at={c.escalatedAt} />
                  </>
                ) : null}
                {c.callbackRequested ? (
                  <>
                    {' '}
                    <CallbackBadge />
                  </>
                ) : null}
              </td>
              <td>
                <StatusBadge status={c.status} />
              </td>
              <td>{c.assignee ? c.assignee.displayName : t('console.queue.unassigned')}</td>
              <td>{date(c.openedAt)}</td>
              <td>
                {c.acknowledgedAt ? (
                  t('console.queue.acknowledged', { at: date(c.acknowledgedAt) })
                ) : (
                  <>
                    {date(c.ackDueAt)} {c.overdue ? <OverdueBadge /> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
