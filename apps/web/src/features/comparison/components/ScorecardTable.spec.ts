import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../../../app/i18n';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import type { ComparisonIndicator } from '../graphql/comparison-programme.query';
import { ScorecardTable } from './ScorecardTable';

const indicator = (code: string, name: string, direction: ComparisonIndicator['direction'], cafCriterion: number): ComparisonIndicator => ({
  code,
  name,
  nameEn: name,
  unit: 'pct',
  direction,
  periodicity: 'QUARTERLY',
  isRatio: false,
  cafCriterion,
});
const ON_TIME = indicator('ON_TIME', 'Sprawy w terminie', 'HIGHER_BETTER', 9);
const APPEALS = indicator('APPEALS', 'Decyzje uchylone', 'LOWER_BETTER', 9);
const TRAINED = indicator('TRAINED', 'Pracownicy przeszkoleni', 'HIGHER_BETTER', 3);
const UNUSED = indicator('UNUSED', 'Wskaźnik roczny', 'HIGHER_BETTER', 3);

const cell = (code: string, overrides: Partial<BenchmarkCell> = {}): BenchmarkCell => ({
  indicator: { code },
  peerGroup: { id: 'all', name: 'Wszystkie urzędy' },
  own: 90,
  suppressed: false,
  suppressionReason: null,
  contributorsBand: '20+',
  mean: 80,
  pooledRate: null,
  median: 82,
  p25: 70,
  p75: 88,
  ownQuartile: 4,
  ...overrides,
});

function render(cells: BenchmarkCell[]): string {
  return renderToStaticMarkup(
    createElement(
      MemoryRouter,
      null,
      createElement(
        I18nProvider,
        null,
        createElement(ScorecardTable, {
          indicators: [ON_TIME, APPEALS, TRAINED, UNUSED],
          cells,
          caption: 'Wskaźniki urzędu na tle grupy „Wszystkie urzędy”',
          detailHref: (code: string) => `?indicator=${code}`,
        }),
      ),
    ),
  );
}

/** Each body row's cells as text, the criteria's header rows included. */
function rows(html: string): string[][] {
  const body = html.slice(html.indexOf('</thead>'));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map(([, row]) =>
    [...(row ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, inner]) =>
      (inner ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

describe('ScorecardTable', () => {
  it('shows every indicator with a cell, by CAF criterion, with its quarter in words by its direction', () => {
    const html = render([cell('ON_TIME'), cell('APPEALS'), cell('TRAINED', { own: 60, ownQuartile: 1 })]);
    expect(rows(html)).toEqual([
      ['Kryterium CAF 3. Pracownicy'],
      ['Pracownicy przeszkoleni wyższe wartości są lepsze', '60 %', '80 %', '82 %', 'najsłabsza ćwiartka', 'gorzej niż średnia'],
      ['Kryterium CAF 9. Kluczowe wyniki działalności'],
      ['Sprawy w terminie wyższe wartości są lepsze', '90 %', '80 %', '82 %', 'najlepsza ćwiartka', 'lepiej niż średnia'],
      ['Decyzje uchylone niższe wartości są lepsze', '90 %', '80 %', '82 %', 'najsłabsza ćwiartka', 'gorzej niż średnia'],
    ]);
    expect(html).toContain('href="/?indicator=ON_TIME"');
    expect(html).toContain('class="peer-scorecard__quartile peer-scorecard__quartile--best"');
  });

  it('gives a hidden cell’s reason in one cell and no figure of the group', () => {
    const html = render([cell('ON_TIME', { suppressed: true, suppressionReason: 'TOO_FEW_OFFICES' }), cell('APPEALS')]);
    const hidden = rows(html).find(([name]) => name?.startsWith('Sprawy w terminie'));
    expect(hidden).toEqual(['Sprawy w terminie wyższe wartości są lepsze', '90 %', 'Statystyki ukryte: za mało urzędów.']);
    expect(html).toContain('Ukryte statystyki: 1.');
  });

  it('drops the median column when the group publishes no median, and says why', () => {
    const small = { median: null, p25: null, p75: null, ownQuartile: null };
    const html = render([cell('ON_TIME', small), cell('APPEALS', { ...small, own: null })]);
    expect(html).not.toContain('Mediana grupy');
    expect(html).toContain('Mediana i kwartyle nie są publikowane');
    const [, onTime, appeals] = rows(html);
    expect(onTime).toEqual([
      'Sprawy w terminie wyższe wartości są lepsze',
      '90 %',
      '80 %',
      'bez kwartyli: grupa za mała',
      'lepiej niż średnia',
    ]);
    expect(appeals).toEqual(['Decyzje uchylone niższe wartości są lepsze', '–', '80 %', 'brak wartości urzędu', 'brak wartości urzędu']);
  });
});
