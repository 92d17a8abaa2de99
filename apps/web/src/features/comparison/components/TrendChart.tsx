import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../../app/i18n';
import type { FormatValue, TrendRow } from '../utils/benchmark';
import { CHART_COLOURS, legendText } from '../../../components/chart-style';

interface TrendChartProps {
  title: string;
  rows: readonly TrendRow[];
  format: FormatValue;
}

/** The office's value and the peer mean and median over the periods; suppressed periods are gaps. */
export function TrendChart({ title, rows, format }: TrendChartProps) {
  const t = useT();
  const line = (dataKey: 'own' | 'mean' | 'median', name: string, colour: string, dashed = false) => (
    <Line
      type="linear"
      dataKey={dataKey}
      name={name}
      stroke={colour}
      strokeWidth={dataKey === 'own' ? 3 : 2}
      strokeDasharray={dashed ? '6 3' : undefined}
      dot={{ r: 4, fill: colour }}
      connectNulls={false}
      isAnimationActive={false}
    />
  );
  return (
    <LineChart
      responsive
      title={title}
      data={[...rows]}
      style={{ width: '100%', height: 320 }}
      margin={{ top: 16, right: 32, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="label" />
      <YAxis domain={['auto', 'auto']} width={80} tickFormatter={(value: number) => format(value)} />
      <Tooltip formatter={(value) => format(Number(value))} />
      <Legend formatter={legendText} />
      {line('own', t('comparison.own'), CHART_COLOURS.own)}
      {line('mean', t('comparison.peerMean'), CHART_COLOURS.mean)}
      {line('median', t('comparison.peerMedian'), CHART_COLOURS.median, true)}
    </LineChart>
  );
}
