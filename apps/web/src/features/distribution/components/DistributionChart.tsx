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

const ROW_HEIGHT = 40;
/** The height of a line's label row above the plot. */
const LABEL_ROW = 16;
const BAR_COLOUR = 'var(--chart-bar)';

/** Each line's colour and, so that it reads without colour, its own dash pattern (the legend names it). */
const LINE_LOOK: Record<ReferenceMark['key'], { colour: string; dash: string | undefined }> = {
  mean: { colour: '#b35900', dash: undefined },
  median: { colour: '#5b2d8e', dash: '2 3' },
  target: { colour: CHART_COLOURS.own, dash: '6 3' },
};

interface LineLabelProps {
  text: string;
  /** Which row above the plot: the lines' labels are stacked so that close lines do not overlap. */
  row: number;
  /** Written towards the plot's middle, so that a line near an edge keeps its label inside the chart. */
  anchor: 'start' | 'end';
  /** Given by Recharts: the line's place (x) and the plot's top (y). */
  viewBox?: { x?: number; y?: number };
}

/** A line's label above the plot, one row per line, beside its line. */
function LineLabel({ text, row, anchor, viewBox }: LineLabelProps) {
  const x = (viewBox?.x ?? 0) + (anchor === 'start' ? 4 : -4);
  const y = (viewBox?.y ?? 0) - 6 - row * LABEL_ROW;
  return (
    <text className="distribution-line-label" x={x} y={y} textAnchor={anchor} fill={CHART_COLOURS.own} fontSize={13}>
      {text}
    </text>
  );
}

/** Where a line lies along the axis (0 its start, 1 its end), which decides the side of its label. */
function fractionAlong(x: number, bars: readonly DistributionBar[], marks: readonly ReferenceMark[]): number {
  const all = [...bars.map(({ value }) => value), ...marks.map((mark) => mark.x)];
  const low = Math.min(0, ...all);
  const high = Math.max(...all);
  return high === low ? 0 : (x - low) / (high - low);
}

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
      <BarChart {...horizontalChart(title, bars, ROW_HEIGHT)} margin={{ top: 8 + marks.length * LABEL_ROW, right: 32, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[(lowest: number) => Math.min(0, lowest), 'auto']} tickFormatter={(value: number) => format(value)} />
        <YAxis type="category" dataKey="label" width={170} />
        <Tooltip formatter={(_value, _name, item) => [barText(item.payload as DistributionBar, format, t), valueName]} />
        <Bar dataKey="value" name={valueName} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell
              key={bar.key}
              {...markPaint(STATUS_MARK[bar.status], ids)}
              strokeWidth={2}
              role="img"
              aria-label={barText(bar, format, t)}
            />
          ))}
        </Bar>
        {marks.map((mark, row) => (
          <ReferenceLine
            key={mark.key}
            x={mark.x}
            stroke={LINE_LOOK[mark.key].colour}
            strokeWidth={2}
            strokeDasharray={LINE_LOOK[mark.key].dash}
            label={<LineLabel text={mark.label} row={row} anchor={fractionAlong(mark.x, bars, marks) > 0.5 ? 'end' : 'start'} />}
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
