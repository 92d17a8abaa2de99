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
