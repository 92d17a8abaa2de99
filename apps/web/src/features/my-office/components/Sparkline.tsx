import { sparklineRuns } from '../utils/scorecard';

const WIDTH = 120;
const HEIGHT = 32;

interface SparklineProps {
  own: ReadonlyArray<number | null>;
  peerMean: ReadonlyArray<number | null>;
  /** What it shows, for screen readers (the values in words). */
  label: string;
}

/**
 * A tile's small trend: the office's values (solid) and the group's mean (dashed), no axes. Drawn by hand
 * as two polylines rather than with Recharts: the home page would otherwise load the chart library's
 * 360 KB for 26 lines of a few points each, against the page's JavaScript budget.
 */
export function Sparkline({ own, peerMean, label }: SparklineProps) {
  const [ownRuns, meanRuns] = sparklineRuns([own, peerMean], WIDTH, HEIGHT);
  return (
    <svg className="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
      {meanRuns.map((points) => (
        <polyline key={`mean-${points}`} points={points} className="sparkline__mean" />
      ))}
      {ownRuns.map((points) => (
        <polyline key={`own-${points}`} points={points} className="sparkline__own" />
      ))}
      {ownRuns
        .flatMap((points) => points.split(' '))
        .slice(-1)
        .map((point) => {
          const [cx, cy] = point.split(',');
          return <circle key="last" cx={cx} cy={cy} r={2.5} className="sparkline__last" />;
        })}
    </svg>
  );
}
