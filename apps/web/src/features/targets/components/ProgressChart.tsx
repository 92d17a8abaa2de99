import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../../app/i18n';
import { CHART_COLOURS, horizontalChart } from '../../../components/chart-style';
import { STATUS_LOOK } from '../../../lib/targets';
import type { ProgressBar } from '../utils/progress';

interface ProgressChartProps {
  title: string;
  bars: readonly ProgressBar[];
  /** What the bars show: "Zmiana" or "Ostatnia wartość". */
  valueName: string;
  /** A bar's value as written: "+12 p.p.", "78 %", "+7,5 % wartości bazowej". */
  format: (value: number) => string;
  /** The value axis's ticks, where shorter than `format`; `format` without it. */
  tickFormat?: (value: number) => string;
  /**
   * The target's value, where the target line is drawn: a change for a CHANGE target, a per cent of the
   * baseline for a RELATIVE_CHANGE one (the bars are each office's change in per cent of its own
   * baseline, so one line fits all), a level for a LEVEL one.
   */
  target: number;
  /** The target as written: "+15 p.p.". */
  targetLabel: string;
}

const ROW_HEIGHT = 36;

/**
 * Each office's bar against the target line, horizontal so that office names stay readable. A bar has
 * its status's colour and its icon at its end (✓ met, ✗ missed, ...): the status list above the chart
 * and the table view say the same in words.
 */
export function ProgressChart({ title, bars, valueName, format, tickFormat = format, target, targetLabel }: ProgressChartProps) {
  const t = useT();
  return (
    <BarChart {...horizontalChart(title, bars, ROW_HEIGHT)}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={[(lowest: number) => Math.min(0, lowest), 'auto']}
        tickFormatter={(value: number) => tickFormat(value)}
      />
      <YAxis type="category" dataKey="label" width={180} />
      <Tooltip
        formatter={(value, _name, item) => [
          `${format(Number(value))} (${t(`progressStatus.${(item.payload as ProgressBar).status}`)})`,
          valueName,
        ]}
      />
      <Bar dataKey="value" name={valueName} isAnimationActive={false}>
        {bars.map((bar) => (
          <Cell key={bar.key} fill={STATUS_LOOK[bar.status].colour} />
        ))}
        <LabelList dataKey="icon" position="right" fill={CHART_COLOURS.own} />
      </Bar>
      <ReferenceLine
        x={target}
        stroke={CHART_COLOURS.own}
        strokeWidth={2}
        strokeDasharray="6 3"
        label={{ value: t('targets.targetLine', { value: targetLabel }), position: 'top', fill: CHART_COLOURS.own }}
        ifOverflow="extendDomain"
      />
    </BarChart>
  );
}
