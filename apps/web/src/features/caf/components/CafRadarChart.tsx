import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { useT } from '../../../app/i18n';
import { CHART_COLOURS, legendText } from '../../../components/chart-style';
import type { RadarRow } from '../utils/radar';

interface CafRadarChartProps {
  title: string;
  rows: readonly RadarRow[];
  /** The chosen peer group's name, or null when its means are not shown. */
  peersName: string | null;
  format: (value: number) => string;
}

/** The 9 criterion scores (0-100) against the previous cycle's and the peer group's means. */
export function CafRadarChart({ title, rows, peersName, format }: CafRadarChartProps) {
  const t = useT();
  const data = rows.map((row) => ({ ...row, label: String(row.criterion) }));
  const hasPrevious = rows.some(({ previous }) => previous !== null);
  return (
    <RadarChart responsive title={title} data={data} style={{ width: '100%', maxWidth: 640, height: 440 }} outerRadius="78%">
      <PolarGrid />
      {/* The spokes carry the criterion's number only, which fits a phone; the tooltip and the table name it. */}
      <PolarAngleAxis dataKey="label" />
      <PolarRadiusAxis domain={[0, 100]} tickCount={6} angle={90} />
      <Tooltip formatter={(value) => format(Number(value))} labelFormatter={(label) => t('caf.radar.spoke', { number: String(label) })} />
      <Legend formatter={legendText} />
      <Radar
        dataKey="own"
        name={t('caf.radar.own')}
        stroke={CHART_COLOURS.own}
        fill={CHART_COLOURS.own}
        fillOpacity={0.15}
        strokeWidth={3}
        isAnimationActive={false}
      />
      {hasPrevious && (
        <Radar
          dataKey="previous"
          name={t('caf.radar.previous')}
          stroke={CHART_COLOURS.median}
          fill="none"
          strokeDasharray="6 3"
          strokeWidth={2}
          isAnimationActive={false}
        />
      )}
      {peersName && (
        <Radar
          dataKey="peers"
          name={t('caf.radar.peers', { group: peersName })}
          stroke={CHART_COLOURS.mean}
          fill={CHART_COLOURS.band}
          fillOpacity={0.25}
          strokeWidth={2}
          isAnimationActive={false}
        />
      )}
    </RadarChart>
  );
}
