import { useId } from 'react';
import { useDashText } from './text.ts';

const ROW = 26;
const BAR = 16;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 70;
const WIDTH = 640;
const MAX_LABEL = 30;

/**
 * Horizontal bars as inline SVG: presentation attributes only (no style attribute, so the strict CSP
 * holds), named by its <title> and described by <desc>; the table after it gives the same numbers.
 */
export function BarChart({
  title,
  data,
  format,
}: {
  title: string;
  data: { key: string; label: string; value: number }[];
  format: (v: number) => string;
}) {
  const d = useDashText();
  const id = useId();
  const max = Math.max(1, ...data.map((x) => x.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = 8 + Math.max(1, data.length) * ROW;
  const short = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{d('dashboards.chart.desc', { count: data.length })}</desc>
      {data.map((x, i) => {
        const y = 4 + i * ROW;
        const w = Math.round((x.value / max) * plot);
        return (
          <g key={x.key}>
            <text x={LABEL_WIDTH - 8} y={y + BAR - 3} textAnchor="end" fontSize="13" fill="#1f2933">
              {short(x.label)}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={Math.max(w, x.value > 0 ? 2 : 0)}
              height={BAR}
              fill="#1f5fa8"
            />
            <text x={LABEL_WIDTH + w + 6} y={y + BAR - 3} fontSize="13" fill="#1f2933">
              {format(x.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
