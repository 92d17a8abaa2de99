import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../../app/i18n';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import { CellSummaries } from './CellSummaries';

const cell = (overrides: Partial<BenchmarkCell>): BenchmarkCell => ({
  indicator: { code: 'CASES_ON_TIME_PCT' },
  peerGroup: { id: 'all', name: 'Wszystkie urzędy' },
  own: 92,
  suppressed: false,
  suppressionReason: null,
  contributorsBand: '20+',
  mean: 88.4,
  pooledRate: null,
  median: 89.1,
  p25: 84.2,
  p75: 93.5,
  ownQuartile: 3,
  ...overrides,
});

/** The list items' text, as a screen reader would read them (Polish, the default language). */
function items(cells: BenchmarkCell[], direction: 'HIGHER_BETTER' | 'LOWER_BETTER' = 'HIGHER_BETTER'): string[] {
  const html = renderToStaticMarkup(
    createElement(I18nProvider, null, createElement(CellSummaries, { cells, direction, format: (value: number) => `${value} %` })),
  );
  return [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map(([, inner]) => (inner ?? '').replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'"));
}

describe('CellSummaries', () => {
  it('says in words how the office compares with the mean, by the indicator’s direction', () => {
    expect(items([cell({})])).toEqual([
      'Wszystkie urzędy: lepiej niż średnia (średnia 88.4 %, liczba urzędów: 20+). Wartość urzędu jest w 3. kwartylu: jest powyżej mediany, ale nie w ćwiartce najwyższych wartości.',
    ]);
    expect(items([cell({})], 'LOWER_BETTER')[0]).toMatch(/^Wszystkie urzędy: gorzej niż średnia/);
  });

  it('marks the verdict with a class for its colour, never with colour alone', () => {
    const html = renderToStaticMarkup(
      createElement(
        I18nProvider,
        null,
        createElement(CellSummaries, { cells: [cell({ own: 70 })], direction: 'HIGHER_BETTER', format: String }),
      ),
    );
    expect(html).toContain('<span class="verdict verdict--worse">gorzej niż średnia</span>');
  });

  it('adds the pooled rate of ratio indicators and explains missing quantiles', () => {
    expect(items([cell({ pooledRate: 87.9, median: null, p25: null, p75: null, ownQuartile: null, contributorsBand: '5-9' })])).toEqual([
      'Wszystkie urzędy: lepiej niż średnia (średnia 88.4 %, wskaźnik łączny grupy 87.9 %, liczba urzędów: 5-9). Mediana i kwartyle nie są publikowane: grupa jest na to za mała.',
    ]);
  });

  it('shows a suppressed cell’s reason in words and not one number, even one the cell carried', () => {
    const texts = items([
      cell({
        peerGroup: { id: 'county', name: 'Starostwa powiatowe' },
        suppressed: true,
        suppressionReason: 'DOMINANCE',
        contributorsBand: '3-4',
      }),
      cell({
        peerGroup: { id: 'nested', name: 'Gminy wiejskie' },
        suppressed: true,
        suppressionReason: 'NESTED_GROUP',
        mean: null,
        median: null,
      }),
    ]);
    expect(texts).toEqual([
      'Starostwa powiatowe: Statystyki ukryte: jeden urząd dominuje.',
      'Gminy wiejskie: Statystyki ukryte: chroni dane mniejszej grupy.',
    ]);
    for (const text of texts) expect(text).not.toMatch(/\d/);
  });
});
