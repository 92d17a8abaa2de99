import type { CanvasElement, Content } from 'pdfmake/interfaces';

/**
 * Small vector charts for the reports, as pdfmake `canvas` content (no images, so the PDF stays small and sharp). Colours as the web's
 * benchmark charts (apps/web/src/components/chart-style.ts). A chart never stands alone: the report puts a table with the same numbers
 * beside it (house rule: every chart has a table view), so the charts carry only short axis labels.
 */
export const PDF_CHART_COLOURS = {
  own: '#1b1f24',
  band: '#a9c1e3',
  mean: '#1d4f91',
  median: '#b35900',
  axis: '#8a9099',
  bar: '#1d4f91',
  track: '#e6eaf0',
} as const;

const LABEL = { fontSize: 7, color: '#555555' } as const;

/** The scale of an axis: a position in [0, size] for a value in [min, max] (the middle when the range is empty). */
function scale(min: number, max: number, size: number): (value: number) => number {
  if (!(max > min)) return () => size / 2;
  return (value) => ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * size;
}

export interface RangeBarData {
  min: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  max: number | null;
  /** The office's own value (null: none). */
  own: number | null;
  /** The group's mean, drawn as a thin blue tick (optional). */
  mean?: number | null;
}

/**
 * A range bar: the axis from the lowest to the highest value drawn, the p25–p75 band, the median as a tick, the mean (if given) as a thin
 * tick and the office's own value as a marker; the axis's ends written below (formatted by the caller). Null when there is no group
 * figure to draw (the own value alone compares with nothing).
 */
export function rangeBar(data: RangeBarData, format: (value: number) => string, width = 150): Content | null {
  const mean = data.mean ?? null;
  const values = [data.min, data.p25, data.median, data.p75, data.max, mean, data.own].filter((value): value is number => value !== null);
  if ([data.min, data.p25, data.median, data.p75, data.max, mean].every((value) => value === null)) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = scale(low, high, width);
  const height = 14;
  const middle = height / 2;
  const canvas: CanvasElement[] = [
    { type: 'line', x1: 0, y1: middle, x2: width, y2: middle, lineWidth: 1, lineColor: PDF_CHART_COLOURS.axis },
    { type: 'line', x1: 0, y1: middle - 3, x2: 0, y2: middle + 3, lineWidth: 1, lineColor: PDF_CHART_COLOURS.axis },
    { type: 'line', x1: width, y1: middle - 3, x2: width, y2: middle + 3, lineWidth: 1, lineColor: PDF_CHART_COLOURS.axis },
  ];
  if (data.p25 !== null && data.p75 !== null) {
    const from = x(data.p25);
    canvas.push({ type: 'rect', x: from, y: middle - 4, w: Math.max(1, x(data.p75) - from), h: 8, color: PDF_CHART_COLOURS.band });
  }
  if (data.median !== null) {
    const at = x(data.median);
    canvas.push({ type: 'line', x1: at, y1: middle - 6, x2: at, y2: middle + 6, lineWidth: 2, lineColor: PDF_CHART_COLOURS.median });
  }
  if (mean !== null) {
    const at = x(mean);
    canvas.push({ type: 'line', x1: at, y1: middle - 5, x2: at, y2: middle + 5, lineWidth: 1, lineColor: PDF_CHART_COLOURS.mean });
  }
  if (data.own !== null) {
    const at = x(data.own);
    canvas.push({
      type: 'polyline',
      closePath: true,
      points: [
        { x: at, y: middle - 5 },
        { x: at + 4, y: middle },
        { x: at, y: middle + 5 },
        { x: at - 4, y: middle },
      ],
      color: PDF_CHART_COLOURS.own,
      lineColor: PDF_CHART_COLOURS.own,
    });
  }
  return {
    stack: [
      { canvas },
      {
        columns: [
          { text: format(low), ...LABEL, width: width / 2 },
          { text: format(high), ...LABEL, width: width / 2, alignment: 'right' },
        ],
      },
    ],
  };
}

export interface TrendSeries {
  /** One value per period, in the order of the labels; null where there is none. */
  values: (number | null)[];
  colour: string;
  dashed?: boolean;
}

/**
 * A trend line over periods: one polyline per series (with a dot at each value; a missing value breaks the line), the value range written
 * at the left, the first and last period below. Null when no series has a value.
 */
export function trendLine(
  periods: string[],
  series: TrendSeries[],
  format: (value: number) => string,
  size: { width: number; height: number } = { width: 220, height: 70 },
): Content | null {
  const values = series.flatMap((one) => one.values).filter((value): value is number => value !== null);
  if (values.length === 0 || periods.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const { width, height } = size;
  const inset = 4;
  const y = (value: number) => height - inset - scale(low, high, height - 2 * inset)(value);
  const x = (index: number) => (periods.length === 1 ? width / 2 : inset + (index / (periods.length - 1)) * (width - 2 * inset));
  const canvas: CanvasElement[] = [
    { type: 'line', x1: 0, y1: height, x2: width, y2: height, lineWidth: 0.5, lineColor: PDF_CHART_COLOURS.axis },
    { type: 'line', x1: 0, y1: 0, x2: 0, y2: height, lineWidth: 0.5, lineColor: PDF_CHART_COLOURS.axis },
  ];
  for (const one of series) {
    let run: { x: number; y: number }[] = [];
    const flush = () => {
      if (run.length > 1) {
        canvas.push({
          type: 'polyline',
          points: run,
          lineWidth: 1.5,
          lineColor: one.colour,
          ...(one.dashed ? { dash: { length: 3, space: 2 } } : {}),
        });
      }
      run = [];
    };
    one.values.forEach((value, index) => {
      if (value === null) {
        flush();
        return;
      }
      const point = { x: x(index), y: y(value) };
      run.push(point);
      canvas.push({ type: 'ellipse', x: point.x, y: point.y, r1: 2, r2: 2, color: one.colour });
    });
    flush();
  }
  const labelWidth = 44;
  return {
    stack: [
      {
        columns: [
          {
            width: labelWidth,
            stack: [
              { text: format(high), ...LABEL, alignment: 'right', margin: [0, 0, 4, 0] },
              { text: format(low), ...LABEL, alignment: 'right', margin: [0, height - 18, 4, 0] },
            ],
          },
          { width, canvas },
        ],
      },
      {
        margin: [labelWidth, 2, 0, 0],
        columns: [
          { width: width / 2, text: periods[0], ...LABEL },
          { width: width / 2, text: periods.length > 1 ? periods[periods.length - 1] : '', ...LABEL, alignment: 'right' },
        ],
      },
    ],
  };
}

export interface BarItem {
  label: string;
  value: number | null;
  /** The value as written beside the bar. */
  text: string;
  colour?: string;
}

/** A horizontal bar chart: one row per item (label, a bar on a track from 0 to `max`, the value written). */
export function horizontalBars(items: BarItem[], max: number, barWidth = 200, labelWidth = 170): Content {
  const x = scale(0, max, barWidth);
  return {
    table: {
      widths: [labelWidth, barWidth, '*'],
      body: items.map((item) => [
        { text: item.label, fontSize: 8 },
        {
          canvas: [
            { type: 'rect', x: 0, y: 2, w: barWidth, h: 8, color: PDF_CHART_COLOURS.track },
            ...(item.value !== null && item.value > 0
              ? [{ type: 'rect' as const, x: 0, y: 2, w: Math.max(0.5, x(item.value)), h: 8, color: item.colour ?? PDF_CHART_COLOURS.bar }]
              : []),
          ],
        },
        { text: item.text, fontSize: 8 },
      ]),
    },
    layout: 'noBorders',
  };
}
