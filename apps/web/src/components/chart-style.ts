import { createElement } from 'react';

/** The benchmark charts' colours (the legend and the table view name every series, so colour is never the only cue). */
export const CHART_COLOURS = {
  own: '#1b1f24',
  band: '#a9c1e3',
  mean: '#1d4f91',
  median: '#b35900',
} as const;

/** Legend entries in the text colour: a light series colour would be hard to read as text. */
export function legendText(value: string) {
  return createElement('span', { className: 'chart-legend__text' }, value);
}

const AXIS_AND_LEGEND_HEIGHT = 80;

/**
 * The frame of a horizontal benchmark chart (one row per category, so that long office and group names
 * stay readable): Recharts props for the chart element, its height following the number of rows.
 */
export function horizontalChart<R>(title: string, rows: readonly R[], rowHeight: number) {
  return {
    responsive: true,
    layout: 'vertical' as const,
    title,
    data: [...rows],
    style: { width: '100%', height: rows.length * rowHeight + AXIS_AND_LEGEND_HEIGHT },
    margin: { top: 16, right: 32, bottom: 8, left: 8 },
  };
}
