import { useI18n } from '../app/i18n.tsx';
import { useFrontlineText } from './text.ts';

/** An immediate-risk case nobody acknowledged in time, escalated to the supervisors. */
export function EscalatedBadge({ at }: { at: string }) {
  const ft = useFrontlineText();
  const { date } = useI18n();
  return (
    <span className="badge escalated" title={ft('fl.escalated.at', { date: date(at) })}>
      {ft('fl.escalated')}
    </span>
  );
}

/** The person asked to be called and nobody has called yet. */
export function CallbackBadge() {
  const ft = useFrontlineText();
  return <span className="badge callback">{ft('fl.callbackRequested')}</span>;
}
