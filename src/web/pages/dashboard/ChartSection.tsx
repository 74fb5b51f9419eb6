import { useId } from 'react';
import type { Bucket } from '../../../shared/contracts/dashboards.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Empty } from '../../components/states.tsx';
import { BarChart } from './BarChart.tsx';
import { useDashText } from './text.ts';

/** One dimension: a heading, its bar chart and the same numbers as a table. */
export function ChartSection({
  title,
  buckets,
  note,
  categoryHeader,
}: {
  title: string;
  buckets: Bucket[];
  note?: string | undefined;
  categoryHeader?: string;
}) {
  const d = useDashText();
  const { locale } = useI18n();
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {buckets.length === 0 ? (
        <Empty>{d('dashboards.noData')}</Empty>
      ) : (
        <>
          {note ? <p className="hint">{note}</p> : null}
          <BarChart
            title={title}
            data={buckets.map((b) => ({ key: b.key, label: b.label, value: b.count }))}
            format={(v) => number.format(v)}
          />
          <div className="table-wrap">
            <table>
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{categoryHeader ?? d('dashboards.col.category')}</th>
                  <th scope="col">{d('dashboards.col.count')}</th>
                </tr>
              </thead>
              <tbody>
                {buckets.map((b) => (
                  <tr key={b.key}>
                    <th scope="row">{b.label}</th>
                    <td>{number.format(b.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
