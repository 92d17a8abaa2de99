import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../../app/i18n';
import type { FormatValue, RangeRow } from '../utils/benchmark';
import { CHART_COLOURS, horizontalChart, legendText } from '../../../components/chart-style';

interface RangeChartProps {
  title: string;
  rows: readonly RangeRow[];
  /** The office's own value: a vertical line across every group. */
  own: number | null;
  format: FormatValue;
}

const ROW_HEIGHT = 44;

/**
 * One row per peer group: the quartile band as a bar from p25 to p75, the mean and the median as marks,
 * the office's own value as a line. Suppressed groups keep their row, empty.
 */
export function RangeChart({ title, rows, own, format }: RangeChartProps) {
  const t = useT();
  return (
    <ComposedChart {...horizontalChart(title, rows, ROW_HEIGHT)}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={['auto', 'auto']} tickFormatter={(value: number) => format(value)} />
      <YAxis type="category" dataKey="label" width={200} />
      <Tooltip
        formatter={(value) => (Array.isArray(value) ? value.map((item) => format(Number(item))).join(' – ') : format(Number(value)))}
      />
      <Legend formatter={legendText} />
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
  );
}
