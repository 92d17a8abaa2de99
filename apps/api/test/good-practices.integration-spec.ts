import { setAccessScope } from '../src/database/access-context';
import practicesFile from '../src/database/seed/data/good-practices.json';
import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { coordinator, createUser, demoIds, type DemoIds, lead, practiceIn } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The good-practice database through GraphQL on a real PostgreSQL with the demo's 33 practices:
 * search relevance in Polish, filters and pages, sanitising, who may write and publish, and the
 * "learn from peers" suggestions, which must not tell anything about another office's numbers.
 */

const PASSWORD = 'officebench-demo';
let api: TestApi;
let demo: DemoIds;
let coordinatorCookie: string;
let otherCoordinatorCookie: string;
let leadCookie: string;

beforeAll(async () => {
  api = await startTestApi({ rateLimits: { loginPerIp: 10_000, loginPerAccount: 10_000 } });
  demo = await demoIds(api.owner);
  coordinatorCookie = await api.signIn(demoCoordinatorEmail(1));
  otherCoordinatorCookie = await api.signIn(demoCoordinatorEmail(2));
  leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
});
afterAll(() => api?.close());

const SEARCH = `query($q: String, $f: GoodPracticeFilter, $first: Int, $after: String) {
  goodPractices(query: $q, filter: $f, first: $first, after: $after) {
    totalCount terms corrections pageInfo { hasNextPage endCursor }
    edges { cursor highlight node { id title year cafCriteria tags featured office { name kind region } indicators { code } } }
  }
}`;

interface Edge {
  highlight: string | null;
  node: {
    id: string;
    title: string;
    year: number | null;
    cafCriteria: number[];
    tags: string[];
    featured: boolean;
    office: { name: string; kind: string; region: string };
    indicators: Array<{ code: string }>;
  };
}

async function search(variables: Record<string, unknown>, cookie = coordinatorCookie) {
  const { body } = await api.graphql(SEARCH, { first: 20, ...variables }, cookie);
  expect(body.errors).toBeUndefined();
  return body.data.goodPractices as {
    totalCount: number;
    terms: string[];
    corrections: string[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Edge[];
  };
}

const sourceOf = new Map(practicesFile.practices.map((practice) => [practice.title, practice.source]));
const sources = (edges: Edge[]) => edges.map((edge) => sourceOf.get(edge.node.title));

describe('search relevance (the demo practices; each expected practice in the top 3)', () => {
  // query → the practices (by their row in the sources) that must be among the first three
  const CASES: Array<[string, string, number[]]> = [
    ['exact', 'obsługa klienta', [18]],
    ['without diacritics', 'obsluga klienta', [18]],
    ['inflected', 'obsługi klientów', [18]],
    ['misspelt', 'obsluga klijenta', [18]],
    ['exact', 'samoocena CAF', [22, 4]],
    ['misspelt', 'samoocenna', [22]],
    ['inflected, without diacritics', 'elektronicznego obiegu dokumentow', [7, 31]],
    ['without diacritics', 'zarzadzanie ryzykiem', [25]],
    ['inflected', 'zarządzania ryzykiem', [25]],
    ['exact', 'badanie satysfakcji', [5, 20]],
    ['inflected, without diacritics', 'ankiety satysfakcji klientow', [20, 5]],
    ['inflected, without diacritics', 'szkolen pracownikow', [33]],
    ['without diacritics', 'bezpieczenstwo informacji', [3]],
    ['inflected, without diacritics', 'karty roznorodnosci', [30]],
    ['inflected', 'kontroli zarządczej', [11, 26]],
    ['misspelt, inflected', 'sysstem zarzadzania jakoscia', [13, 1]],
    ['hyphenated', 'e-usługi ePUAP', [24]],
    ['a method name', 'PRINCE2', [14]],
    ['inflected', 'inwestorów', [15]],
    ['exact', 'prawo miejscowe', [23]],
  ];

  it.each(CASES)('%s: "%s"', async (_kind, query, expected) => {
    const result = await search({ q: query });
    expect(sources(result.edges.slice(0, 3))).toEqual(expect.arrayContaining(expected));
  });

  it('highlights the matching words in a snippet, whatever form the query used', async () => {
    const [first] = (await search({ q: 'obsluga klijenta' })).edges;
    expect(first.highlight).toMatch(/<mark>obsługi<\/mark> <mark>klienta<\/mark>/);
  });

  it('says which words it searched for and which it read as typos', async () => {
    const result = await search({ q: 'Obsługa KLIJENTA w urzędzie' });
    expect(result.terms).toEqual(['obsluga', 'klijenta', 'urzedzie']);
    expect(result.corrections).toEqual(['klienta']);
  });

  it('finds practices by the office’s name', async () => {
    const result = await search({ q: 'Poznań' });
    expect(result.edges.length).toBeGreaterThan(0);
    expect(result.edges.every((edge) => edge.node.office.name === 'Urząd Miasta Poznania')).toBe(true);
  });
});

describe('empty and nonsense queries', () => {
  it('an empty query lists every published practice, newest first', async () => {
    const result = await search({ q: '   ', first: 50 });
    expect(result.totalCount).toBeGreaterThanOrEqual(33);
    expect(result.terms).toEqual([]);
    expect(result.edges.every((edge) => edge.highlight === null)).toBe(true);
  });

  it('nonsense finds nothing, without an error', async () => {
    const result = await search({ q: 'xqzzyv qqxjw' });
    expect(result).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('a query of punctuation only has no words to search for', async () => {
    const result = await search({ q: '!!! ??? -- "' });
    expect(result.terms).toEqual([]);
    expect(result.totalCount).toBeGreaterThanOrEqual(33);
  });

  it('tsquery syntax in a query is only words', async () => {
    const result = await search({ q: "obsluga & | ! :* ' ( klienta" });
    expect(sources(result.edges.slice(0, 3))).toContain(18);
  });
});

describe('filters and pages', () => {
  it('by CAF criterion', async () => {
    const result = await search({ q: 'samoocena', f: { cafCriterion: 2 } });
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.edges.every((edge) => edge.node.cafCriteria.includes(2))).toBe(true);
    expect(sources(result.edges)).toEqual(expect.arrayContaining([22, 4]));
  });

  it('by office kind and region (region without regard to case and diacritics)', async () => {
    const associations = await search({ f: { officeKind: 'ASSOCIATION' } });
    expect(associations.totalCount).toBe(7);
    expect(associations.edges.every((edge) => edge.node.office.name === 'Związek Powiatów Polskich')).toBe(true);
    const poznan = await search({ f: { region: 'Wielkopolskie' } });
    const slask = await search({ f: { region: 'slaskie' } });
    expect(poznan.totalCount).toBe(9);
    expect(slask.edges.every((edge) => edge.node.office.region === 'śląskie')).toBe(true);
    expect(slask.totalCount).toBe(7);
  });

  it('by year introduced and by linked indicator', async () => {
    const year = await search({ f: { year: 2012 } });
    expect(year.edges.map((edge) => edge.node.year)).toEqual(year.edges.map(() => 2012));
    expect(sources(year.edges).sort()).toEqual([6, 8]);
    const indicator = await search({ q: 'klient', f: { indicatorCode: 'DESK_WAIT_MINUTES' } });
    expect(indicator.totalCount).toBeGreaterThan(0);
    expect(indicator.edges.every((edge) => edge.node.indicators.some((i) => i.code === 'DESK_WAIT_MINUTES'))).toBe(true);
  });

  it('featured: what the lead of the viewer’s programme featured', async () => {
    const featured = await search({ f: { featured: true } });
    expect(sources(featured.edges).sort()).toEqual([18, 22]);
    expect(featured.edges.every((edge) => edge.node.featured)).toBe(true);
    // Someone outside the programme sees the practices, but not as featured for them.
    await createUser(api.owner, 'outsider@practices.test', [], PASSWORD);
    const outsider = await api.signIn('outsider@practices.test', PASSWORD);
    expect((await search({ f: { featured: true } }, outsider)).totalCount).toBe(0);
    expect((await search({ q: 'obsluga klienta' }, outsider)).edges[0].node.featured).toBe(false);
  });

  it('pages through every result with cursors, each once', async () => {
    const all = await search({ q: 'urząd', first: 50 });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await search({ q: 'urząd', first: 4, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    expect(pages).toBe(Math.ceil(all.totalCount / 4));
    // Past the last practice: an empty page that still counts every match.
    const past = await search({ q: 'urząd', first: 50, after: (await search({ q: 'urząd', first: 50 })).pageInfo.endCursor });
    expect(past).toMatchObject({ totalCount: all.totalCount, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([
    ['a made-up cursor', { after: 'bm90IGEgY3Vyc29y' }, 'after'],
    ['a page of 0', { first: 0 }, 'first'],
    ['a page of 51', { first: 51 }, 'first'],
    ['CAF criterion 10', { f: { cafCriterion: 10 } }, 'filter.cafCriterion'],
  ])('refuses %s with a clear error', async (_what, variables, field) => {
    const { body } = await api.graphql(SEARCH, { first: 20, ...variables }, coordinatorCookie);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('needs a session', async () => {
    const { body } = await api.graphql(SEARCH, { q: 'CAF' });
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

const CREATE =
  'mutation($i: GoodPracticeInput!) { createGoodPractice(input: $i) { id status version title tags body canEdit office { id } } }';
const UPDATE =
  'mutation($id: ID!, $i: GoodPracticeInput!, $v: Int) { updateGoodPractice(id: $id, input: $i, expectedVersion: $v) { id version title } }';
const PUBLISH = 'mutation($id: ID!) { publishGoodPractice(id: $id) { status publishedAt version } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawGoodPractice(id: $id) { status publishedAt featured } }';
const GET = 'query($id: ID!) { goodPractice(id: $id) { id title status canEdit } }';

const input = (overrides: Record<string, unknown> = {}) => ({
  title: 'Kolejkowanie w biurze obsługi',
  summary: 'System biletowy skrócił kolejki.',
  body: '## Problem\n\nDługie kolejki.',
  cafCriteria: [5],
  indicatorCodes: ['DESK_WAIT_MINUTES'],
  tags: ['kolejki'],
  ...overrides,
});

describe('writing and publishing', () => {
  it('a coordinator writes a draft only its office sees, then publishes it to everyone', async () => {
    const { body } = await api.graphql(CREATE, { i: input({ title: 'Zupełnie nowa praktyka biletowa' }) }, coordinatorCookie);
    expect(body.errors).toBeUndefined();
    const practice = body.data.createGoodPractice;
    expect(practice).toMatchObject({ status: 'DRAFT', version: 1, canEdit: true, office: { id: demo.officeIds[0] } });
    expect((await api.graphql(GET, { id: practice.id }, otherCoordinatorCookie)).body.data.goodPractice).toBeNull();
    expect((await api.graphql(GET, { id: practice.id }, leadCookie)).body.data.goodPractice).toBeNull();
    expect((await search({ q: 'biletowa' })).totalCount).toBe(0);

    const published = (await api.graphql(PUBLISH, { id: practice.id }, coordinatorCookie)).body.data.publishGoodPractice;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect(published.publishedAt).toBeTruthy();
    expect((await api.graphql(GET, { id: practice.id }, otherCoordinatorCookie)).body.data.goodPractice).toMatchObject({
      status: 'PUBLISHED',
      canEdit: false,
    });
    expect(sources((await search({ q: 'biletowa' })).edges)).toEqual([undefined]);
  });

  it('only the authoring office’s coordinators may edit, publish or withdraw', async () => {
    const id = await practiceIn(api.owner, demo.officeIds[0], 'PUBLISHED');
    for (const cookie of [otherCoordinatorCookie, leadCookie]) {
      for (const [query, variables] of [
        [UPDATE, { id, i: input() }],
        [WITHDRAW, { id }],
        [PUBLISH, { id }],
      ] as const) {
        const { body } = await api.graphql(query, variables, cookie);
        expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      }
    }
    const [row] = await api.owner.query('SELECT title, status FROM good_practice WHERE id = $1', [id]);
    expect(row).toEqual({ title: 'Praktyka testowa', status: 'PUBLISHED' });
  });

  it('a draft of another office is not even found', async () => {
    const id = await practiceIn(api.owner, demo.officeIds[1], 'DRAFT');
    const { body } = await api.graphql(UPDATE, { id, i: input() }, coordinatorCookie);
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    const drafts = await api.appDataSource.transaction(async (manager) => {
      await setAccessScope(manager, {
        leadProgrammes: [demo.programmeId],
        coordinatedOffices: [{ programmeId: demo.programmeId, officeId: demo.officeIds[0] }],
        assessedOffices: [],
        userId: null,
      });
      return manager.query(`SELECT id FROM good_practice WHERE status = 'DRAFT' AND office_id = $1`, [demo.officeIds[1]]);
    });
    expect(drafts).toEqual([]);
  });

  it('refuses a stale edit and keeps the newer text', async () => {
    const { body } = await api.graphql(CREATE, { i: input() }, coordinatorCookie);
    const { id } = body.data.createGoodPractice;
    expect(
      (await api.graphql(UPDATE, { id, i: input({ title: 'Pierwsza zmiana' }), v: 1 }, coordinatorCookie)).body.data.updateGoodPractice
        .version,
    ).toBe(2);
    const stale = await api.graphql(UPDATE, { id, i: input({ title: 'Spóźniona zmiana' }), v: 1 }, coordinatorCookie);
    expect(stale.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await api.owner.query('SELECT title FROM good_practice WHERE id = $1', [id]))[0].title).toBe('Pierwsza zmiana');
  });

  it('says every problem with the input, in Polish or English, and stores nothing', async () => {
    const before = Number((await api.owner.query('SELECT count(*) FROM good_practice'))[0].count);
    const bad = input({ title: '  ', cafCriteria: [0, 3], indicatorCodes: ['NO_SUCH_INDICATOR'], tags: ['x'.repeat(41)], year: 1800 });
    const pl = await api.graphql(CREATE, { i: bad }, coordinatorCookie);
    expect(pl.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(pl.body.errors[0].extensions.problems.map((p: { field: string }) => p.field)).toEqual([
      'title',
      'year',
      'cafCriteria',
      'indicatorCodes',
      'tags',
    ]);
    expect(pl.body.errors[0].message).toContain('Tytuł: pole jest wymagane.');
    const en = await api.graphql(CREATE, { i: bad }, coordinatorCookie).set('Accept-Language', 'en');
    expect(en.body.errors[0].message).toContain('Title: this field is required.');
    expect(Number((await api.owner.query('SELECT count(*) FROM good_practice'))[0].count)).toBe(before);
  });

  it('the database refuses what the checks refuse, whoever writes', async () => {
    const office = demo.officeIds[0];
    const attempts = [
      ['caf_criteria', `INSERT INTO good_practice (office_id, title, summary, body, caf_criteria) VALUES ($1, 't', 's', 'b', '{10}')`],
      ['tags', `INSERT INTO good_practice (office_id, title, summary, body, tags) VALUES ($1, 't', 's', 'b', ARRAY[repeat('x', 41)])`],
      ['published_at', `INSERT INTO good_practice (office_id, title, summary, body, status) VALUES ($1, 't', 's', 'b', 'PUBLISHED')`],
      ['year', `INSERT INTO good_practice (office_id, title, summary, body, year_introduced) VALUES ($1, 't', 's', 'b', 1800)`],
    ];
    for (const [, sql] of attempts) await expect(api.owner.query(sql, [office])).rejects.toThrow(/violates check constraint/);
  });

  it('a published practice is withdrawn, not deleted; withdrawing ends its featuring', async () => {
    const id = await practiceIn(api.owner, demo.officeIds[0], 'PUBLISHED', { title: 'Praktyka do wyróżnienia' });
    const featured = await api.graphql(
      'mutation($id: ID!, $p: ID!) { featureGoodPractice(id: $id, programmeId: $p, featured: true) { featured } }',
      { id, p: demo.programmeId },
      leadCookie,
    );
    expect(featured.body.data.featureGoodPractice.featured).toBe(true);
    const refused = await api.graphql('mutation($id: ID!) { deleteGoodPractice(id: $id) }', { id }, coordinatorCookie);
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await api.graphql(WITHDRAW, { id }, coordinatorCookie)).body.data.withdrawGoodPractice).toEqual({
      status: 'DRAFT',
      publishedAt: null,
      featured: false,
    });
    expect(
      (await api.graphql('mutation($id: ID!) { deleteGoodPractice(id: $id) }', { id }, coordinatorCookie)).body.data.deleteGoodPractice,
    ).toBe(true);
    expect(await api.owner.query('SELECT id FROM good_practice WHERE id = $1', [id])).toEqual([]);
  });

  it('lists the coordinator’s own drafts and published practices', async () => {
    const draft = await practiceIn(api.owner, demo.officeIds[0], 'DRAFT', { title: 'Mój szkic' });
    const { body } = await api.graphql('{ myGoodPractices { id status office { id } } }', {}, coordinatorCookie);
    expect(body.data.myGoodPractices.map((p: { id: string }) => p.id)).toContain(draft);
    expect(body.data.myGoodPractices.every((p: { office: { id: string } }) => p.office.id === demo.officeIds[0])).toBe(true);
    expect((await api.graphql('{ myGoodPractices { id } }', {}, leadCookie)).body.data.myGoodPractices).toEqual([]);
  });
});

describe('sanitising: an XSS corpus in title, body and tags', () => {
  const CORPUS = [
    '<script>alert("xss")</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">klik</a>',
    '[klik](javascript:alert(1))',
    '<iframe src="https://example.org"></iframe>',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    "' onmouseover='alert(1)",
  ];

  it('is stored as text and comes back as text; the snippet carries no markup but <mark>', async () => {
    const body = CORPUS.map((payload) => `Kolejkowanie ${payload} kolejkowanie`).join('\n\n');
    const created = await api.graphql(
      CREATE,
      { i: input({ title: `Kolejkowanie ${CORPUS[0]}`, body, tags: CORPUS.map((payload) => payload.slice(0, 40)) }) },
      coordinatorCookie,
    );
    expect(created.body.errors).toBeUndefined();
    const practice = created.body.data.createGoodPractice;
    expect(practice.body).toBe(body);
    await api.graphql(PUBLISH, { id: practice.id }, coordinatorCookie);
    const [hit] = (await search({ q: 'kolejkowanie' })).edges.filter((edge) => edge.node.id === practice.id);
    expect(hit.node.title).toBe(`Kolejkowanie ${CORPUS[0]}`);
    expect(hit.highlight).toContain('<mark>');
    const withoutMarks = (hit.highlight as string).replace(/<\/?mark>/g, '');
    expect(withoutMarks).not.toMatch(/[<>]/);
    // The encoded payload stays encoded text: its ampersands are escaped again, never decoded into markup.
    expect(withoutMarks).toContain('&amp;lt;script&amp;gt;');
  });
});

describe('learn from peers: suggestions without anyone’s numbers', () => {
  const SUGGESTIONS = `query($pr: ID!, $p: ID!, $o: ID!) {
    practiceSuggestions(programmeId: $pr, periodId: $p, officeId: $o) {
      indicator { code } practices { officeImproved practice { id title office { name } } }
    }
  }`;

  interface World {
    programmeId: string;
    offices: string[];
    periods: string[];
    viewerCookie: string;
    practices: Record<'own' | 'a' | 'b' | 'c' | 'd', string>;
  }

  /** Approved E_SERVICES_COUNT and CASES_ON_TIME_PCT values of one office in one period. */
  async function approved(programmeId: string, officeId: string, periodId: string, services: number, onTime: number) {
    const [{ id }] = await api.owner.query(
      `INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3)
       ON CONFLICT (office_id, period_id) DO UPDATE SET status = 'DRAFT', submitted_at = NULL, approved_at = NULL RETURNING id`,
      [programmeId, officeId, periodId],
    );
    await api.owner.query(
      `INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator)
       SELECT $1, id, CASE code WHEN 'E_SERVICES_COUNT' THEN $2::numeric ELSE $3::numeric END,
              CASE code WHEN 'E_SERVICES_COUNT' THEN NULL ELSE $3::numeric END, CASE code WHEN 'E_SERVICES_COUNT' THEN NULL ELSE 100 END
         FROM indicator WHERE code IN ('E_SERVICES_COUNT', 'CASES_ON_TIME_PCT')
       ON CONFLICT (submission_id, indicator_id) DO UPDATE SET value = EXCLUDED.value, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator`,
      [id, services, onTime],
    );
    await api.owner.query(`UPDATE submission SET status = 'APPROVED', submitted_at = now(), approved_at = now() WHERE id = $1`, [id]);
  }

  /**
   * Eight offices, two past quarters. The viewer (office 0) has the fewest e-services in the second
   * quarter (it lags) and the best on-time share (it does not). Offices 1-4 (A-D) wrote practices on
   * e-services: A opted in and improved, B opted in and did not, C improved and D did not, neither opted in.
   */
  async function world(): Promise<World> {
    const { owner } = api;
    const [{ id: programmeId }] = await owner.query(
      `INSERT INTO programme (code, name, anonymity_threshold) VALUES ('peers', 'Ucz się od innych', 3) RETURNING id`,
    );
    const offices: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const [{ id }] = await owner.query(`INSERT INTO office (name, kind, region) VALUES ($1, 'URBAN_GMINA', 'opolskie') RETURNING id`, [
        `Urząd peers ${i}`,
      ]);
      await owner.query('INSERT INTO programme_office (programme_id, office_id, position) VALUES ($1, $2, $3)', [programmeId, id, i + 1]);
      offices.push(id);
    }
    await owner.query(
      `INSERT INTO programme_indicator (programme_id, indicator_id, position) SELECT $1, id, row_number() OVER (ORDER BY code) FROM indicator WHERE code IN ('E_SERVICES_COUNT', 'CASES_ON_TIME_PCT')`,
      [programmeId],
    );
    const [{ id: group }] = await owner.query(
      `INSERT INTO peer_group (programme_id, name, basis) VALUES ($1, 'Wszystkie', 'ALL') RETURNING id`,
      [programmeId],
    );
    await owner.query('INSERT INTO peer_group_member (peer_group_id, programme_id, office_id) SELECT $1, $2, unnest($3::uuid[])', [
      group,
      programmeId,
      offices,
    ]);
    const periods: string[] = [];
    for (const [label, starts, ends] of [
      ['2020-Q1', '2020-01-01', '2020-03-31'],
      ['2020-Q2', '2020-04-01', '2020-06-30'],
    ]) {
      const [{ id }] = await owner.query(
        `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline) VALUES ($1, 'QUARTER', $2, $3::date, $4::date, $4::date, $4::date + 20) RETURNING id`,
        [programmeId, label, starts, ends],
      );
      periods.push(id);
    }
    const first = [10, 10, 14, 10, 14, 12, 12, 12];
    const second = [8, 14, 12, 14, 10, 12, 13, 11];
    for (const [i, office] of offices.entries()) {
      await approved(programmeId, office, periods[0], first[i], 90);
      await approved(programmeId, office, periods[1], second[i], i === 0 ? 99 : 90 - i);
    }
    await createUser(owner, 'lead@peers.test', [lead(programmeId)], PASSWORD);
    await createUser(owner, 'office@peers.test', [coordinator(programmeId, offices[0])], PASSWORD);
    const released = await api.graphql(
      'mutation($p: ID!) { releasePeriod(periodId: $p) { id } }',
      { p: periods[1] },
      await api.signIn('lead@peers.test', PASSWORD),
    );
    expect(released.body.errors).toBeUndefined();
    await owner.query('INSERT INTO office_practice_disclosure (office_id, show_improvement) VALUES ($1, true), ($2, true), ($3, false)', [
      offices[1],
      offices[2],
      offices[3],
    ]);
    // Published after the demo's practices on e-services, so that those come after these four.
    const practice = async (office: string, title: string, minutesLater: number) => {
      const id = await practiceIn(owner, office, 'PUBLISHED', { title, indicatorCodes: ['E_SERVICES_COUNT'] });
      await owner.query(`UPDATE good_practice SET published_at = now() + $2 * interval '1 minute' WHERE id = $1`, [id, minutesLater]);
      return id;
    };
    // A is the oldest: it comes first only because it improved and said so.
    const practices = {
      a: await practice(offices[1], 'A: e-usługi', 1),
      b: await practice(offices[2], 'B: e-usługi', 2),
      c: await practice(offices[3], 'C: e-usługi', 3),
      d: await practice(offices[4], 'D: e-usługi', 4),
      own: await practice(offices[0], 'Własna: e-usługi', 5),
    };
    return { programmeId, offices, periods, viewerCookie: await api.signIn('office@peers.test', PASSWORD), practices };
  }

  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  const suggestions = async () => {
    const { body } = await api.graphql(SUGGESTIONS, { pr: w.programmeId, p: w.periods[1], o: w.offices[0] }, w.viewerCookie);
    expect(body.errors).toBeUndefined();
    return body.data.practiceSuggestions as Array<{
      indicator: { code: string };
      practices: Array<{ officeImproved: boolean; practice: { id: string; title: string } }>;
    }>;
  };

  it('suggests practices only where the office lags, opted-in improvers first, then newest, never its own', async () => {
    const result = await suggestions();
    expect(result.map((s) => s.indicator.code)).toEqual(['E_SERVICES_COUNT']);
    expect(result[0].practices.map((p) => [p.practice.title, p.officeImproved])).toEqual([
      ['A: e-usługi', true],
      ['D: e-usługi', false],
      ['C: e-usługi', false],
    ]);
  });

  it('answers exactly the same whatever the offices that did not opt in did', async () => {
    const before = JSON.stringify(await suggestions());
    // C now worsened and D improved (first-quarter values swapped): neither opted in, so nothing may move.
    await approved(w.programmeId, w.offices[3], w.periods[0], 16, 90);
    await approved(w.programmeId, w.offices[4], w.periods[0], 6, 90);
    expect(JSON.stringify(await suggestions())).toBe(before);
    // B opted in: once it improves, it says so.
    await approved(w.programmeId, w.offices[2], w.periods[0], 9, 90);
    const after = await suggestions();
    expect(
      after[0].practices
        .filter((p) => p.officeImproved)
        .map((p) => p.practice.title)
        .sort(),
    ).toEqual(['A: e-usługi', 'B: e-usługi']);
  });

  it('carries no number about any office', async () => {
    const text = JSON.stringify(await suggestions());
    expect(text).not.toMatch(/"(value|own|mean|median|rank|quartile|p25|p75)"/);
    expect(text.replace(/"[0-9a-f-]{36}"/g, '')).not.toMatch(/\d{2,}/);
  });

  it('the database function names only offices that opted in', async () => {
    const rows = await api.appDataSource.query('SELECT * FROM practice_offices_improved($1, $2::uuid[])', ['E_SERVICES_COUNT', w.offices]);
    expect(rows.map((row: { practice_offices_improved: string }) => row.practice_offices_improved).sort()).toEqual(
      [w.offices[1], w.offices[2]].sort(),
    );
  });

  it('opting in is the office’s own decision', async () => {
    const SET = 'mutation($o: ID!) { setPracticeDisclosure(officeId: $o, showImprovement: true) { showImprovement decidedAt } }';
    const own = await api.graphql(SET, { o: w.offices[0] }, w.viewerCookie);
    expect(own.body.data.setPracticeDisclosure.showImprovement).toBe(true);
    const other = await api.graphql(SET, { o: w.offices[4] }, w.viewerCookie);
    expect(other.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const [row] = await api.owner.query('SELECT show_improvement FROM office_practice_disclosure WHERE office_id = $1', [w.offices[4]]);
    expect(row).toBeUndefined();
  });
});
