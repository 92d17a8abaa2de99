import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, horizontalChart } from '../../../components/chart-style';
import { categoryAxisWidth, useElementWidth } from '../../../components/useElementWidth';

interface ChangeChartProps {
  title: string;
  /** Each office's change since its first self-assessment, largest first. */
  bars: ReadonlyArray<{ label: string; value: number }>;
  valueName: string;
  /** The programme's change target (+150), drawn as a line; null without one. */
  target: number | null;
  targetLabel: string;
  format: (value: number) => string;
}

const ROW_HEIGHT = 32;

/** The offices' CAF change as horizontal bars (long names stay readable) against the target's line. */
export function ChangeChart({ title, bars, valueName, target, targetLabel, format }: ChangeChartProps) {
  const [frameRef, width] = useElementWidth();
  return (
    <div ref={frameRef}>
      <BarChart {...horizontalChart(title, bars, ROW_HEIGHT)}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[(lowest: number) => Math.min(0, lowest), (highest: number) => Math.max(highest, target ?? 0)]} />
        <YAxis type="category" dataKey="label" width={categoryAxisWidth(width)} />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Bar dataKey="value" name={valueName} fill="var(--chart-bar)" isAnimationActive={false} />
        {target !== null && (
          <ReferenceLine
            x={target}
            stroke={CHART_COLOURS.median}
            strokeWidth={2}
            strokeDasharray="6 3"
            label={{ value: targetLabel, position: 'top', fill: CHART_COLOURS.median }}
          />
        )}
      </BarChart>
    </div>
  );
}
