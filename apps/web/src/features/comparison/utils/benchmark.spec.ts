import { SUPPRESSION_REASONS } from '@officebench/domain';
import { translator } from '../../../app/i18n';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import type { TrendPoint } from '../graphql/trend.query';
import {
  cellState,
  cellTableColumns,
  cellTableRows,
  quartileText,
  rangeRows,
  trendRows,
  trendTableRows,
  type Translate,
} from './benchmark';

const t: Translate = translator('pl');
const format = (value: number) => `${value} %`;

const published: BenchmarkCell = {
  indicator: { code: 'CLIENT_SATISFIED_PCT' },
  peerGroup: { id: 'all', name: 'Wszystkie urzędy' },
  own: 87.5,
  suppressed: false,
  suppressionReason: null,
  contributorsBand: '20+',
  mean: 80.1,
  pooledRate: 79.9,
  median: 81.2,
  p25: 74.4,
  p75: 86.6,
  ownQuartile: 4,
};
/** A suppressed cell that (wrongly) still carries numbers: none of them may be shown. */
const suppressed: BenchmarkCell = {
  ...published,
  peerGroup: { id: 'county', name: 'Starostwa powiatowe' },
  suppressed: true,
  suppressionReason: 'TOO_FEW_OFFICES',
  contributorsBand: '3-4',
  mean: 61.3,
  pooledRate: 62.4,
  median: 63.5,
  p25: 55.6,
  p75: 66.7,
  ownQuartile: 3,
};

describe('cellState', () => {
  it('keeps a published cell’s statistics', () => {
    expect(cellState(published)).toEqual({
      published: true,
      statistics: { mean: 80.1, median: 81.2, p25: 74.4, p75: 86.6, pooledRate: 79.9, contributorsBand: '20+', ownQuartile: 4 },
    });
  });

  it('drops every number of a suppressed cell and keeps only its reason', () => {
    expect(cellState(suppressed)).toEqual({ published: false, reason: 'TOO_FEW_OFFICES' });
  });
});

describe('quartileText', () => {
  it('explains the quartile in words and names the good end by the indicator’s direction', () => {
    expect(quartileText(4, 'HIGHER_BETTER', t)).toBe(
      'Wartość urzędu jest w 4. kwartylu: należy do ćwiartki najwyższych wartości w grupie. Dla tego wskaźnika to najlepsza ćwiartka.',
    );
    expect(quartileText(4, 'LOWER_BETTER', t)).toBe(
      'Wartość urzędu jest w 4. kwartylu: należy do ćwiartki najwyższych wartości w grupie. Dla tego wskaźnika to najsłabsza ćwiartka.',
    );
    expect(quartileText(1, 'LOWER_BETTER', t)).toMatch(/ćwiartki najniższych wartości.*najlepsza ćwiartka\.$/);
    expect(quartileText(2, 'HIGHER_BETTER', t)).toBe(
      'Wartość urzędu jest w 2. kwartylu: jest poniżej mediany, ale nie w ćwiartce najniższych wartości.',
    );
    expect(quartileText(3, 'HIGHER_BETTER', translator('en'))).toBe(
      'The office’s value is in quartile 3: above the median, but not in the highest quarter.',
    );
  });

  it('says nothing where no quartile is published', () => {
    expect(quartileText(null, 'HIGHER_BETTER', t)).toBeNull();
    expect(quartileText(5, 'HIGHER_BETTER', t)).toBeNull();
  });
});

describe('range chart and its table', () => {
  const cells = [published, suppressed];

  it('plots the band, mean and median of published cells and nothing for suppressed ones', () => {
    expect(rangeRows(cells)).toEqual([
      { key: 'all', label: 'Wszystkie urzędy', band: [74.4, 86.6], mean: 80.1, median: 81.2 },
      { key: 'county', label: 'Starostwa powiatowe', band: null, mean: null, median: null },
    ]);
  });

  it('shows in the table every number the chart plots, with the verdict in words', () => {
    const rows = cellTableRows(cells, 'HIGHER_BETTER', format, t);
    expect(rows.map(({ cells }) => cells.length)).toEqual([cellTableColumns(t).length, cellTableColumns(t).length]);
    const [first] = rows;
    const plotted = rangeRows(cells)[0];
    for (const value of [plotted?.mean, plotted?.median, ...(plotted?.band ?? [])]) expect(first?.cells).toContain(format(value as number));
    expect(first?.cells).toEqual([
      'Wszystkie urzędy',
      '87.5 %',
      '80.1 %',
      '81.2 %',
      '74.4 %',
      '86.6 %',
      '79.9 %',
      '20+',
      'lepiej niż średnia',
    ]);
    expect(cellTableRows([published], 'LOWER_BETTER', format, t)[0]?.cells.at(-1)).toBe('gorzej niż średnia');
  });

  it('gives a suppressed cell its reason in words and none of its numbers', () => {
    const row = cellTableRows(cells, 'HIGHER_BETTER', format, t)[1];
    expect(row?.cells.at(-1)).toBe('Statystyki ukryte: za mało urzędów.');
    const text = row?.cells.join(' | ') ?? '';
    for (const value of ['61.3', '62.4', '63.5', '55.6', '66.7', '3-4']) expect(text).not.toContain(value);
  });

  it('names every suppression reason', () => {
    const reasons = SUPPRESSION_REASONS.map((reason) =>
      cellTableRows([{ ...suppressed, suppressionReason: reason }], 'HIGHER_BETTER', format, t)[0]?.cells.at(-1),
    );
    expect(reasons).toEqual([
      'Statystyki ukryte: za mało urzędów.',
      'Statystyki ukryte: jeden urząd dominuje.',
      'Statystyki ukryte: chroni dane mniejszej grupy.',
      'Statystyki ukryte: wyniki okresu nie zostały jeszcze opublikowane.',
    ]);
  });
});

describe('trend chart and its table', () => {
  const point = (
    label: string,
    own: number | null,
    peerMean: number | null,
    peerMedian: number | null,
    reason: TrendPoint['suppressionReason'] = null,
  ): TrendPoint => ({
    period: { id: label, label },
    own,
    peerMean,
    peerMedian,
    suppressed: reason !== null,
    suppressionReason: reason,
  });
  const points = [point('2010-Q4', 70, 75.5, 76), point('2011-Q1', 72, 74.9, null), point('2011-Q2', 73, 99, 98, 'NOT_RELEASED')];

  it('leaves suppressed periods out of the peer lines', () => {
    expect(trendRows(points).map(({ mean, median }) => [mean, median])).toEqual([
      [75.5, 76],
      [74.9, null],
      [null, null],
    ]);
  });

  it('has the chart’s numbers in its table, and the reason where a period is suppressed', () => {
    expect(trendTableRows(points, format, t).map(({ cells }) => cells)).toEqual([
      ['2010-Q4', '70 %', '75.5 %', '76 %', ''],
      ['2011-Q1', '72 %', '74.9 %', '–', 'bez mediany i kwartyli (za mała grupa)'],
      ['2011-Q2', '73 %', '–', '–', 'Statystyki ukryte: wyniki okresu nie zostały jeszcze opublikowane.'],
    ]);
  });
});
