import type { WarningCounts } from '../../shared/contracts/duty-to-warn.ts';
import { useI18n } from '../app/i18n.tsx';
import { useFrontlineText } from './text.ts';

const STEPS = ['opened', 'approved', 'delivered', 'acknowledged'] as const;

/** The dashboard's duty-to-warn counts of the period: a count from 1 to 4 reads "fewer than 5". */
export function DutyToWarnCounts({ counts }: { counts: WarningCounts }) {
  const ft = useFrontlineText();
  const { locale } = useI18n();
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA');
  return (
    <section aria-labelledby="dash-duty-to-warn">
      <h2 id="dash-duty-to-warn">{ft('dutyToWarn.counts.title')}</h2>
      <p className="hint">{ft('dutyToWarn.counts.note')}</p>
      <dl className="summary">
        {STEPS.map((step) => (
          <div key={step}>
            <dt>{ft(`dutyToWarn.counts.${step}`)}</dt>
            <dd>
              {counts[step].count === null
                ? ft('dutyToWarn.counts.suppressed')
                : number.format(counts[step].count ?? 0)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
