import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { createI18n, I18nProvider } from '../../../app/i18n';
import type { PracticeSuggestion, SuggestedPracticeItem } from '../graphql/practice-suggestions.query';
import { PeerPractices } from './PeerPractices';

const ON_TIME = { code: 'CASES_ON_TIME_PCT', name: 'Odsetek spraw załatwionych w terminie', nameEn: 'Cases settled on time' };
const SATISFIED = { code: 'CLIENTS_SATISFIED_PCT', name: 'Odsetek zadowolonych klientów', nameEn: 'Satisfied clients' };

const suggested = (
  id: string,
  officeName: string,
  officeImproved: boolean,
  overrides: Partial<SuggestedPracticeItem['practice']> = {},
): SuggestedPracticeItem => ({
  practice: {
    id,
    title: `Praktyka ${officeName}`,
    summary: 'Krótki opis tego, co urząd zrobił.',
    cafCriteria: [],
    office: { id: `office-${id}`, name: officeName },
    ...overrides,
  },
  officeImproved,
});

const SAMPLE: PracticeSuggestion[] = [
  {
    indicator: ON_TIME,
    practices: [
      suggested('p-a', 'Urząd Miasta Bolesławiec', true, { title: 'Elektroniczny obieg spraw', cafCriteria: [5] }),
      suggested('p-b', 'Urząd Gminy Kłodzko', false, { title: 'Kalendarz terminów', cafCriteria: [1, 9] }),
    ],
  },
  { indicator: SATISFIED, practices: [] },
];

const inRouter = (children: ReactNode) => createElement(MemoryRouter, null, children);

/** React Router marks its links for route discovery; the attribute says nothing about the panel. */
const withoutDiscover = (html: string) => html.replace(/ data-discover="true"/g, '');

function render(suggestions: PracticeSuggestion[]): string {
  return withoutDiscover(renderToStaticMarkup(createElement(I18nProvider, null, inRouter(createElement(PeerPractices, { suggestions })))));
}

function renderEnglish(suggestions: PracticeSuggestion[]): string {
  return withoutDiscover(
    renderToStaticMarkup(createElement(I18nProvider, { i18n: createI18n('en') }, inRouter(createElement(PeerPractices, { suggestions })))),
  );
}

/** Each practice's list item, as text (tags dropped). */
function practiceItems(html: string): string[] {
  return [...html.matchAll(/<li class="peer-practice">(.*?)<\/li>/g)].map(([, inner]) =>
    (inner ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('PeerPractices', () => {
  it('lists each lagging indicator by name with its practices: a title linking to the practice, the office, the summary, the CAF criteria', () => {
    const html = render(SAMPLE);
    expect(html).toContain('<h3>Odsetek spraw załatwionych w terminie</h3>');
    expect(html).toContain('<h4><a href="/praktyki/p-a">Elektroniczny obieg spraw</a></h4>');
    expect(html).toContain('<h4><a href="/praktyki/p-b">Kalendarz terminów</a></h4>');
    expect(practiceItems(html)[1]).toBe(
      'Kalendarz terminów Urząd: Urząd Gminy Kłodzko Krótki opis tego, co urząd zrobił. Kryteria CAF: 1. Przywództwo; 9. Kluczowe wyniki działalności',
    );
    // Indicators and practices are lists.
    expect(html).toMatch(/^<ul class="peer-practices"><li class="peer-practices__indicator"><h3>/);
    expect(html).toContain('<ul class="peer-practices__list"><li class="peer-practice">');
  });

  it('shows the improved badge, in words, only for practices whose office opted in to say it improved', () => {
    const [improved, other] = practiceItems(render(SAMPLE));
    expect(improved).toContain('Urząd poprawił ten wskaźnik');
    expect(other).not.toContain('Urząd poprawił ten wskaźnik');
    expect(render(SAMPLE).match(/Urząd poprawił ten wskaźnik/g)).toHaveLength(1);
    expect(render(SAMPLE)).toContain('<span class="badge badge--improved">Urząd poprawił ten wskaźnik</span>');
  });

  it('renders no number about another office: no value, rank or quartile (only the CAF criteria carry digits)', () => {
    const html = render(SAMPLE);
    const text = html.replace(/<p class="peer-practice__caf">.*?<\/p>/g, '').replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/\d/);
    expect(text).not.toMatch(/kwartyl|mediana|średnia|miejsce/i);
  });

  it('links to the practices search filtered by the indicator when no other office has a practice for it', () => {
    const html = render(SAMPLE);
    expect(html).toContain('Inne urzędy nie opublikowały jeszcze praktyk powiązanych z tym wskaźnikiem.');
    expect(html).toContain(
      '<a href="/praktyki?indicator=CLIENTS_SATISFIED_PCT">Szukaj praktyk dla wskaźnika „Odsetek zadowolonych klientów”</a>',
    );
    expect(html).not.toContain('indicator=CASES_ON_TIME_PCT');
  });

  it('says so in one positive sentence when nothing lags', () => {
    expect(render([])).toBe(
      '<p class="peer-practices__none">Dobra wiadomość: w tym okresie żaden wskaźnik urzędu nie wypada gorzej niż mediana ani średnia grupy porównawczej.</p>',
    );
  });

  it('speaks English too: indicator names, the badge and the search link', () => {
    const html = renderEnglish(SAMPLE);
    expect(html).toContain('<h3>Cases settled on time</h3>');
    expect(html).toContain('<span class="badge badge--improved">This office improved on it</span>');
    expect(html).toContain('<a href="/praktyki?indicator=CLIENTS_SATISFIED_PCT">Search practices for “Satisfied clients”</a>');
    expect(html).toContain('CAF criteria: 5.');
  });
});
