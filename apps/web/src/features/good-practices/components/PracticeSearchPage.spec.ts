import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { I18nProvider } from '../../../app/i18n';
import { AuthContext, type AuthContextValue } from '../../../lib/session/auth-context';
import type { SessionUser } from '../../../lib/session/graphql/session-user.fragment';
import { GOOD_PRACTICES_QUERY, type PracticeConnection } from '../graphql/good-practices.query';
import { PRACTICES_PAGE_SIZE } from '../hooks/usePractices';
import { practiceFixture } from '../utils/practice-fixture';
import { PracticeSearchPage } from './PracticeSearchPage';

const coordinator: SessionUser = {
  id: 'user-1',
  email: 'coordinator.5@demo.officebench.local',
  displayName: 'Koordynator',
  roles: [
    {
      id: 'grant-1',
      role: 'OFFICE_COORDINATOR',
      programme: { id: 'programme-1', name: 'Program' },
      office: { id: 'office-1', name: 'Urząd Gminy Łagiewniki' },
    },
  ],
};

const auth: AuthContextValue = {
  status: 'ready',
  user: coordinator,
  notice: null,
  retry: async () => undefined,
  signIn: async () => coordinator,
  signOut: async () => undefined,
};

/** The search page at `url`, with the API's answer for its search already in the cache (the server render reads only the cache). */
function renderSearchPage(
  url: string,
  variables: { query: string | null; filter: Record<string, unknown> | null },
  answer: Omit<PracticeConnection, 'edges'>,
  edges: PracticeConnection['edges'] = [],
): string {
  const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });
  client.writeQuery({
    query: GOOD_PRACTICES_QUERY,
    variables: { ...variables, first: PRACTICES_PAGE_SIZE, after: null },
    data: {
      goodPractices: {
        __typename: 'GoodPracticeConnection',
        edges,
        ...answer,
        pageInfo: { __typename: 'PageInfo', ...answer.pageInfo },
      } as PracticeConnection,
    },
  });
  const page = createElement(
    I18nProvider,
    null,
    createElement(AuthContext.Provider, { value: auth }, createElement(StaticRouter, { location: url }, createElement(PracticeSearchPage))),
  );
  return renderToStaticMarkup(createElement(ApolloProvider, { client, children: page }));
}

const NOTHING = { pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0, allTermsCount: 0, countLimit: 200, corrections: [] };

describe('the practice search page', () => {
  it('shows the empty state, not an error, when nothing matches: advice, filters to drop, CAF criteria to browse', () => {
    const html = renderSearchPage(
      '/praktyki?q=xyzzy&caf=2',
      { query: 'xyzzy', filter: { cafCriterion: 2 } },
      { ...NOTHING, terms: ['xyzzy'] },
    );
    expect(html).not.toContain('role="alert"');
    expect(html).toMatch(/<p role="status" aria-live="polite"[^>]*>Znalezione praktyki dla „xyzzy”: 0<\/p>/);
    expect(html).toContain('<h2>Nie znaleziono praktyk</h2>');
    expect(html).toContain('sprawdzić pisownię słów');
    expect(html).toMatch(/<a href="\/praktyki\?q=xyzzy"[^>]*>szukaj bez filtrów<\/a>/);
    expect(html).toContain('Przeglądaj praktyki według kryteriów CAF');
    expect(html).toMatch(/<a href="\/praktyki\?caf=9"[^>]*>9\. Kluczowe wyniki działalności<\/a>/);
    // The form starts from the URL's search.
    expect(html).toMatch(/<input[^>]*id="practice-query"[^>]*value="xyzzy"/);
    expect(html).toMatch(/<option value="2" selected="">2\. Strategia i planowanie<\/option>/);
  });

  it('says so when the query had no words to search by, and shows the words used for likely typos', () => {
    const html = renderSearchPage(
      '/praktyki?q=i+w+z',
      { query: 'i w z', filter: null },
      { ...NOTHING, terms: [], corrections: ['klienta'] },
    );
    expect(html).toContain('Zapytanie „i w z” nie zawiera słów, według których można szukać');
    expect(html).toContain('Pokazano wyniki także dla: klienta');
    expect(html).not.toContain('szukaj bez filtrów');
  });

  it('shows a coordinator the way to write a practice', () => {
    const html = renderSearchPage('/praktyki', { query: null, filter: null }, { ...NOTHING, terms: [] });
    expect(html).toMatch(/<a [^>]*href="\/praktyki\/nowa"[^>]*>Nowa praktyka<\/a>/);
    expect(html).toContain('Tylko wyróżnione przez mój program');
    // Nothing published anywhere yet: no advice about words or filters that were not used.
    expect(html).toContain('Nie ma jeszcze opublikowanych praktyk.');
    expect(html).not.toContain('<ul></ul>');
  });

  it('puts the practices holding every word under a heading of their own, says how many, and links each with the search', () => {
    const edge = (id: string, title: string, matchesAllTerms: boolean) => ({
      __typename: 'GoodPracticeEdge' as const,
      cursor: id,
      highlight: null,
      matchesAllTerms,
      node: { ...practiceFixture({ id, title }), __typename: 'GoodPractice' as const },
    });
    const html = renderSearchPage(
      '/praktyki?q=elektroniczny+obieg+dokument%C3%B3w',
      { query: 'elektroniczny obieg dokumentów', filter: null },
      { ...NOTHING, totalCount: 15, allTermsCount: 3, terms: ['elektroniczny', 'obieg', 'dokumentow'] },
      [edge('p1', 'Pierwsza', true), edge('p2', 'Druga', true), edge('p3', 'Trzecia', true), edge('p4', 'Czwarta', false)],
    );
    expect(html).toContain(
      'Znalezione praktyki dla „elektroniczny obieg dokumentów”: 15. 3 praktyki zawierają wszystkie słowa, dalej 12 zawierających część.',
    );
    expect(html).toMatch(
      /<h3[^>]*>Zawierające wszystkie słowa<\/h3><ol[^>]*>(<li>.*?<\/li>){3}<\/ol><h3[^>]*>Zawierające część słów<\/h3><ol[^>]*start="4"/,
    );
    expect(html).toMatch(/<h4[^>]*><a href="\/praktyki\/p4\?q=elektroniczny\+obieg\+dokument%C3%B3w"[^>]*>Czwarta<\/a><\/h4>/);
  });

  it('says "more than" where the API stopped counting', () => {
    const many = (allTermsCount: number) =>
      renderSearchPage(
        '/praktyki?q=obs%C5%82uga+klienta',
        { query: 'obsługa klienta', filter: null },
        { ...NOTHING, totalCount: 201, allTermsCount, terms: ['obsluga', 'klienta'] },
        [],
      );
    expect(many(201)).toContain(
      'Znalezione praktyki dla „obsługa klienta”: ponad 200. Ponad 200 z nich zawiera wszystkie słowa i są pokazane jako pierwsze.',
    );
    expect(many(40)).toContain('ponad 200. Zawierające wszystkie słowa (40) są pokazane jako pierwsze, dalej te zawierające część.');
    expect(many(0)).toContain('ponad 200. Żadna praktyka nie zawiera wszystkich słów; pokazane zawierają część z nich.');
  });
});
