import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth, useElementWidth } from './useElementWidth';

export interface LabelledValue {
  label: string;
  value: number;
}

interface BarChartViewProps {
  title: string;
  data: readonly LabelledValue[];
  /** What the values count, shown in the tooltip. */
  valueName: string;
}

const BAR_HEIGHT = 36;
const AXIS_HEIGHT = 40;

/** Horizontal bars, so that long category labels stay readable; on a phone the labels wrap in a narrower column. */
export function BarChartView({ title, data, valueName }: BarChartViewProps) {
  const [frameRef, width] = useElementWidth();
  return (
    <div ref={frameRef}>
      <BarChart
        responsive
        layout="vertical"
        title={title}
        data={[...data]}
        style={{ width: '100%', height: data.length * BAR_HEIGHT + AXIS_HEIGHT }}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={categoryAxisWidth(width)} />
        <Tooltip />
        <Bar dataKey="value" name={valueName} fill="var(--chart-bar)" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
