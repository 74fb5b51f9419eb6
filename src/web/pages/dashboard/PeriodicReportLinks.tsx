import { useI18n } from '../../app/i18n.tsx';
import { useDashText } from './text.ts';

/** Links to the periodic report (PDF, HTML) for the chosen period. */
export function PeriodicReportLinks({ from, to }: { from: string; to: string }) {
  const d = useDashText();
  const { locale } = useI18n();
  const href = (format: 'pdf' | 'html') =>
    `/api/v1/reports/periodic?${new URLSearchParams({ from, to, lang: locale, format }).toString()}`;
  return (
    <section aria-labelledby="dash-periodic">
      <h2 id="dash-periodic">{d('dashboards.download')}</h2>
      {from && to ? (
        <p>
          <a href={href('pdf')} download>
            {d('dashboards.download.pdf')}
          </a>{' '}
          ·{' '}
          <a href={href('html')} download>
            {d('dashboards.download.html')}
          </a>
        </p>
      ) : (
        <p className="hint">{d('dashboards.download.needPeriod')}</p>
      )}
    </section>
  );
}
