import type { TimelineEvent } from '../../../shared/contracts/cases.ts';
import { useI18n } from '../../app/i18n.tsx';

const KNOWN = new Set([
  'status_changed',
  'risk_changed',
  'assigned',
  'message_sent',
  'note_added',
  'task_added',
  'task_done',
  'task_reopened',
  'identity_revealed',
  'merged_into',
  'merged_from',
  'evidence_original_downloaded',
  'classified',
  'report_received',
  'message_received',
]);

export function TimelineSection({ events }: { events: TimelineEvent[] }) {
  const { t, date } = useI18n();
  const describeEvent = (e: TimelineEvent) => {
    const kind = KNOWN.has(e.kind) ? e.kind : 'other';
    const d = e.data;
    switch (kind) {
      case 'status_changed':
        return t('console.timeline.status_changed', {
          from: t(`console.status.${String(d.from) as 'new'}`),
          to: t(`console.status.${String(d.to) as 'new'}`),
        });
      case 'risk_changed':
        return t('console.timeline.risk_changed', {
          from: t(`console.risk.${String(d.from) as 'low'}`),
          to: t(`console.risk.${String(d.to) as 'low'}`),
        });
      case 'assigned':
        return d.to ? t('console.timeline.assigned') : t('console.timeline.unassigned');
      case 'report_received':
        return t('console.timeline.report_received', { report: String(d.report ?? '') });
      case 'classified':
        return t('console.timeline.classified', { report: String(d.report ?? '') });
      case 'merged_into':
      case 'merged_from':
        return t(`console.timeline.${kind}`, { reference: String(d.case ?? '') });
      case 'other':
        return e.kind;
      default:
        return t(`console.timeline.${kind as 'note_added'}`);
    }
  };
  return (
    <section id="timeline" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('console.timeline.title')}</h2>
      {events.length === 0 ? (
        <p className="state state-empty">{t('console.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((e) => (
            <li key={e.id}>
              <span className="muted">{date(e.at)}</span> — {describeEvent(e)}
              {e.actor ? <span className="muted"> ({e.actor.displayName})</span> : null}
              {e.reason ? (
                <div className="reason">{t('console.timeline.reason', { reason: e.reason })}</div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
