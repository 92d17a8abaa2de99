import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../../app/i18n';
import type { FormatValue, RangeRow } from '../utils/benchmark';
import { CHART_COLOURS, horizontalChart } from '../../../components/chart-style';
import { categoryAxisWidth, useElementWidth } from '../../../components/useElementWidth';

interface RangeChartProps {
  title: string;
  rows: readonly RangeRow[];
  /** The office's own value: a vertical line across every group. */
  own: number | null;
  format: FormatValue;
}

const ROW_HEIGHT = 44;
/** The axis of values, the label of the office's line above the rows and the chart's margins. */
const FRAME_HEIGHT = 64;

/**
 * One row per peer group: the quartile band as a bar from p25 to p75, the mean and the median as marks,
 * the office's own value as a line. Suppressed groups keep their row, empty.
 *
 * It draws at any width, one row too: the legend is a list below the chart, not Recharts' Legend,
 * whose wrapped lines on a phone took their height from the rows' (a single group's row was left with
 * none, and nothing was drawn); the groups' names take at most 35 % of the width (wrapping), so that
 * the values keep the rest.
 */
export function RangeChart({ title, rows, own, format }: RangeChartProps) {
  const t = useT();
  const [frameRef, width] = useElementWidth();
  const chart = horizontalChart(title, rows, ROW_HEIGHT);
  // The series' marks in the chart's colours (style properties, which the CSP allows: React sets them through the DOM).
  const legend = [
    { key: 'band', label: t('comparison.band'), colours: { background: CHART_COLOURS.band } },
    { key: 'median', label: t('comparison.median'), colours: { background: '#ffffff', borderColor: CHART_COLOURS.median } },
    { key: 'mean', label: t('comparison.mean'), colours: { background: CHART_COLOURS.mean, borderColor: CHART_COLOURS.mean } },
  ] as const;
  return (
    <div ref={frameRef} className="range-chart">
      <ComposedChart {...chart} style={{ ...chart.style, height: rows.length * ROW_HEIGHT + FRAME_HEIGHT }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={['auto', 'auto']} tickFormatter={(value: number) => format(value)} />
        <YAxis type="category" dataKey="label" width={categoryAxisWidth(width)} />
        <Tooltip
          formatter={(value) => (Array.isArray(value) ? value.map((item) => format(Number(item))).join(' – ') : format(Number(value)))}
        />
        <Bar dataKey="band" name={t('comparison.band')} fill={CHART_COLOURS.band} barSize={18} isAnimationActive={false} />
        <Line
          dataKey="mean"
          name={t('comparison.mean')}
          stroke={CHART_COLOURS.mean}
          strokeWidth={0}
          dot={{ r: 6, fill: CHART_COLOURS.mean, strokeWidth: 0 }}
          legendType="circle"
          isAnimationActive={false}
        />
        <Line
          dataKey="median"
          name={t('comparison.median')}
          stroke={CHART_COLOURS.median}
          strokeWidth={0}
          dot={{ r: 5, fill: '#ffffff', stroke: CHART_COLOURS.median, strokeWidth: 3 }}
          legendType="circle"
          isAnimationActive={false}
        />
        {own !== null && (
          <ReferenceLine
            x={own}
            stroke={CHART_COLOURS.own}
            strokeWidth={2}
            strokeDasharray="6 3"
            label={{ value: `${t('comparison.own')}: ${format(own)}`, position: 'top', fill: CHART_COLOURS.own }}
            ifOverflow="extendDomain"
          />
        )}
      </ComposedChart>
      <ul className="range-chart__legend">
        {legend.map(({ key, label, colours }) => (
          <li key={key}>
            <span className={`range-chart__key range-chart__key--${key}`} style={colours} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
