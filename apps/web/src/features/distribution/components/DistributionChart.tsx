import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../../app/i18n';
import { CHART_COLOURS, horizontalChart } from '../../../components/chart-style';
import type { FormatValue } from '../../../lib/indicator-format';
import { STATUS_MARK, barStatuses, barText, type DistributionBar, type MarkStyle, type ReferenceMark } from '../utils/distribution';

interface DistributionChartProps {
  title: string;
  bars: readonly DistributionBar[];
  /** The mean, the median and a LEVEL target. */
  marks: readonly ReferenceMark[];
  /** What the values are: the indicator's name. */
  valueName: string;
  format: FormatValue;
}

const ROW_HEIGHT = 36;
const BAR_COLOUR = 'var(--chart-bar)';

/** Each line's colour and, so that it reads without colour, its own dash pattern (the legend names it). */
const LINE_LOOK: Record<
  ReferenceMark['key'],
  { colour: string; dash: string | undefined; position: 'top' | 'insideBottomLeft' | 'insideTopRight' }
> = {
  mean: { colour: '#b35900', dash: undefined, position: 'top' },
  median: { colour: '#5b2d8e', dash: '2 3', position: 'insideBottomLeft' },
  target: { colour: CHART_COLOURS.own, dash: '6 3', position: 'insideTopRight' },
};

/** A bar's fill and outline by its status's mark style; the patterns are the chart's own (ids from `ids`). */
function markPaint(style: MarkStyle, ids: { hatched: string; dotted: string }) {
  switch (style) {
    case 'filled':
      return { fill: BAR_COLOUR, stroke: BAR_COLOUR };
    case 'outlined':
      return { fill: '#ffffff', stroke: BAR_COLOUR };
    default:
      return { fill: `url(#${ids[style]})`, stroke: BAR_COLOUR };
  }
}

/** The patterns of the hatched and dotted marks, in an SVG of their own that the chart and the legend both use. */
function MarkPatterns({ ids }: { ids: { hatched: string; dotted: string } }) {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" className="distribution-patterns">
      <defs>
        <pattern id={ids.hatched} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={BAR_COLOUR} strokeWidth="2" />
        </pattern>
        <pattern id={ids.dotted} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#ffffff" />
          <circle cx="3" cy="3" r="1.4" fill={BAR_COLOUR} />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * Every office's value as a horizontal bar, best first, its look saying its submission's status (approved
 * filled, submitted outlined, returned dotted, draft hatched), with the mean, the median and a LEVEL
 * target as labelled lines, each in its own dash pattern. The legend below says all of it in words.
 */
export function DistributionChart({ title, bars, marks, valueName, format }: DistributionChartProps) {
  const t = useT();
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = { hatched: `${prefix}-hatched`, dotted: `${prefix}-dotted` };
  return (
    <div className="distribution-chart">
      <MarkPatterns ids={ids} />
      <BarChart {...horizontalChart(title, bars, ROW_HEIGHT)} margin={{ top: 24, right: 32, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[(lowest: number) => Math.min(0, lowest), 'auto']} tickFormatter={(value: number) => format(value)} />
        <YAxis type="category" dataKey="label" width={150} />
        <Tooltip formatter={(_value, _name, item) => [barText(item.payload as DistributionBar, format, t), valueName]} />
        <Bar dataKey="value" name={valueName} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.key} {...markPaint(STATUS_MARK[bar.status], ids)} strokeWidth={2} aria-label={barText(bar, format, t)} />
          ))}
        </Bar>
        {marks.map((mark) => (
          <ReferenceLine
            key={mark.key}
            x={mark.x}
            stroke={LINE_LOOK[mark.key].colour}
            strokeWidth={2}
            strokeDasharray={LINE_LOOK[mark.key].dash}
            label={{ value: mark.label, position: LINE_LOOK[mark.key].position, fill: CHART_COLOURS.own }}
            ifOverflow="extendDomain"
          />
        ))}
      </BarChart>
      <DistributionLegend bars={bars} marks={marks} ids={ids} />
    </div>
  );
}

/** The legend in words beside each swatch: what each bar style and each line style means. */
function DistributionLegend({
  bars,
  marks,
  ids,
}: {
  bars: readonly DistributionBar[];
  marks: readonly ReferenceMark[];
  ids: { hatched: string; dotted: string };
}) {
  const t = useT();
  return (
    <div className="distribution-legend">
      <p className="distribution-legend__title">{t('distribution.legendStatuses')}</p>
      <ul>
        {barStatuses(bars).map((status) => {
          const style = STATUS_MARK[status];
          return (
            <li key={status}>
              <svg aria-hidden="true" focusable="false" width="28" height="14">
                <rect x="1" y="1" width="26" height="12" strokeWidth="2" {...markPaint(style, ids)} />
              </svg>
              {t(`submissionStatus.${status}`)} ({t(`distribution.markStyle.${style}`)})
            </li>
          );
        })}
      </ul>
      {marks.length > 0 && (
        <>
          <p className="distribution-legend__title">{t('distribution.legendLines')}</p>
          <ul>
            {marks.map((mark) => (
              <li key={mark.key}>
                <svg aria-hidden="true" focusable="false" width="28" height="14">
                  <line
                    x1="0"
                    y1="7"
                    x2="28"
                    y2="7"
                    stroke={LINE_LOOK[mark.key].colour}
                    strokeWidth="2"
                    strokeDasharray={LINE_LOOK[mark.key].dash}
                  />
                </svg>
                {mark.label} ({t(`distribution.lineStyle.${mark.key}`)})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
