import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../../app/i18n';
import type { FormatValue } from '../../../lib/indicator-format';
import { CHART_COLOURS, horizontalChart, legendText } from '../../../components/chart-style';
import type { ProgressBar } from '../utils/progress';

interface ProgressChartProps {
  title: string;
  bars: readonly ProgressBar[];
  format: FormatValue;
  /** A LEVEL target's value: a line every office should reach. */
  level: number | null;
}

const ROW_HEIGHT = 40;

/** Each office's baseline and latest value side by side, horizontal so that office names stay readable. */
export function ProgressChart({ title, bars, format, level }: ProgressChartProps) {
  const t = useT();
  return (
    <BarChart {...horizontalChart(title, bars, ROW_HEIGHT)}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={[(lowest: number) => Math.min(0, lowest), 'auto']} tickFormatter={(value: number) => format(value)} />
      <YAxis type="category" dataKey="label" width={220} />
      <Tooltip formatter={(value) => format(Number(value))} />
      <Legend formatter={legendText} />
      <Bar dataKey="baseline" name={t('targets.baseline')} fill={CHART_COLOURS.band} isAnimationActive={false} />
      <Bar dataKey="latest" name={t('targets.latest')} fill={CHART_COLOURS.mean} isAnimationActive={false} />
      {level !== null && (
        <ReferenceLine
          x={level}
          stroke={CHART_COLOURS.own}
          strokeDasharray="6 3"
          label={{ value: `${t('targets.target')}: ${format(level)}`, position: 'top', fill: CHART_COLOURS.own }}
          ifOverflow="extendDomain"
        />
      )}
    </BarChart>
  );
}
