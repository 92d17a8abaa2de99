import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { I18nProvider } from '../../../app/i18n';
import { AuthContext, type AuthContextValue } from '../../../lib/session/auth-context';
import type { SessionUser } from '../../../lib/session/graphql/session-user.fragment';
import type { Practice } from '../graphql/practice-fields.fragment';
import { practiceFixture } from '../utils/practice-fixture';
import { FeatureControl, ledProgrammes } from './FeatureControl';
import { PracticeActions } from './PracticeActions';

const practice = (overrides: Partial<Practice> = {}): Practice =>
  practiceFixture({ id: 'p-1', title: 'Karta Różnorodności', canEdit: true, ...overrides });

const grant = (role: SessionUser['roles'][number]['role'], programme: string | null, office: string | null) => ({
  id: `${role}-${programme}-${office}`,
  role,
  programme: programme ? { id: programme, name: `Program ${programme}` } : null,
  office: office ? { id: office, name: `Urząd ${office}` } : null,
});

function render(element: ReactElement, roles: SessionUser['roles'] = []): string {
  const user: SessionUser = { id: 'u-1', email: 'a@b.pl', displayName: 'A', roles };
  const auth: AuthContextValue = {
    status: 'ready',
    user,
    notice: null,
    retry: async () => undefined,
    signIn: async () => user,
    signOut: async () => undefined,
  };
  const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });
  const page = createElement(
    I18nProvider,
    null,
    createElement(AuthContext.Provider, { value: auth }, createElement(StaticRouter, { location: '/praktyki/p-1' }, element)),
  );
  return renderToStaticMarkup(createElement(ApolloProvider, { client, children: page }));
}

describe('the author’s actions on a practice', () => {
  it('offer edit, publish and delete (asked twice) for a draft', () => {
    const html = render(createElement(PracticeActions, { practice: practice({ status: 'DRAFT', publishedAt: null }) }));
    expect(html).toMatch(/<a [^>]*href="\/praktyki\/p-1\/edycja"[^>]*>Edytuj<\/a>/);
    expect(html).toContain('>Opublikuj</button>');
    expect(html).toContain('aria-label="Usuń szkic: Karta Różnorodności">Usuń szkic</button>');
    expect(html).not.toContain('Wycofaj publikację');
  });

  it('offer edit and withdraw, never delete, for a published practice', () => {
    const html = render(createElement(PracticeActions, { practice: practice() }));
    expect(html).toContain('>Wycofaj publikację</button>');
    expect(html).not.toContain('Usuń szkic');
    expect(html).not.toContain('>Opublikuj</button>');
  });
});

describe('featuring a practice for a programme', () => {
  it('is for the programmes the user leads, each once', () => {
    const roles = [
      grant('PROGRAMME_LEAD', 'a', null),
      grant('OFFICE_COORDINATOR', 'b', 'o'),
      grant('PROGRAMME_LEAD', 'a', null),
      grant('PROGRAMME_LEAD', 'c', null),
    ];
    expect(ledProgrammes({ id: 'u', email: '', displayName: '', roles })).toEqual([
      { id: 'a', name: 'Program a' },
      { id: 'c', name: 'Program c' },
    ]);
  });

  it('is a checkbox for a lead of one programme, checked when the practice is featured', () => {
    const lead = [grant('PROGRAMME_LEAD', 'a', null)];
    const html = render(createElement(FeatureControl, { practice: practice({ featured: true }) }), lead);
    expect(html).toMatch(/<input id="practice-featured" type="checkbox" checked=""/);
    expect(html).toContain('<label for="practice-featured">Wyróżnij dla mojego programu (Program a)</label>');
    expect(render(createElement(FeatureControl, { practice: practice() }), lead)).not.toMatch(/checked=""/);
  });

  it('is a pair of buttons per programme for a lead of several', () => {
    const html = render(createElement(FeatureControl, { practice: practice() }), [
      grant('PROGRAMME_LEAD', 'a', null),
      grant('PROGRAMME_LEAD', 'c', null),
    ]);
    expect(html).toContain('>Wyróżnij dla programu Program a</button>');
    expect(html).toContain('>Przestań wyróżniać dla programu Program c</button>');
  });

  it('is not offered for a draft, nor to anyone who leads no programme', () => {
    expect(render(createElement(FeatureControl, { practice: practice({ status: 'DRAFT' }) }), [grant('PROGRAMME_LEAD', 'a', null)])).toBe(
      '',
    );
    expect(render(createElement(FeatureControl, { practice: practice() }), [grant('OFFICE_COORDINATOR', 'a', 'o')])).toBe('');
  });
});
