import request from 'supertest';
import { DEMO_LEAD_EMAIL } from '../src/database/seed/demo-seed';
import { startTestApi, type TestApi, type TestApiOptions } from './support/test-api';

/** Six levels: me > roles > programme > peerGroups > members > id. */
const SIX_LEVELS = '{ me { roles { programme { peerGroups { members { id } } } } } }';
const SIX_LEVELS_IN_FRAGMENTS = `
  query { me { ...A } }
  fragment A on User { roles { ...B } }
  fragment B on RoleGrant { programme { ...C } }
  fragment C on Programme { peerGroups { ...D } }
  fragment D on PeerGroup { members { id } }`;
const FIVE_LEVELS = '{ me { roles { programme { peerGroups { id } } } } }';

const errorOf = (response: request.Response) => response.body.errors?.[0];

/**
 * An API of the enclosing describe block's own (started before its tests, closed after them, no demo
 * data): `api()` gives it, `post` sends it a raw body as POST /graphql.
 */
function apiOfBlock(options: TestApiOptions) {
  let started: TestApi | undefined;
  beforeAll(async () => {
    started = await startTestApi({ demoData: false, ...options });
  });
  afterAll(() => started?.close());
  const api = () => {
    if (!started) throw new Error('the API of this block starts in its beforeAll');
    return started;
  };
  const post = (body: unknown, language = 'en') =>
    request(api().app.getHttpServer())
      .post('/graphql')
      .set('Accept-Language', language)
      .send(body as object);
  return { api, post };
}

describe('GraphQL limits', () => {
  const { post } = apiOfBlock({ queryLimits: { maxDepth: 5, maxAliases: 3, maxDirectives: 4 } });

  it('refuses a query nested deeper than the limit with QUERY_TOO_DEEP, also when fragments hide the depth', async () => {
    expect(errorOf(await post({ query: FIVE_LEVELS }))).toBeUndefined();
    for (const query of [SIX_LEVELS, SIX_LEVELS_IN_FRAGMENTS]) {
      const response = await post({ query });
      expect(response.status).toBe(400);
      expect(errorOf(response)).toEqual({
        message: 'The query is nested 6 levels deep; at most 5 are allowed.',
        extensions: { code: 'QUERY_TOO_DEEP', found: 6, limit: 5 },
      });
      expect(response.body.data).toBeUndefined();
    }
    // Polish is the default language of every answer.
    expect(errorOf(await post({ query: SIX_LEVELS }, 'pl')).message).toBe(
      'Zapytanie ma głębokość zagnieżdżenia 6, a dozwolona jest najwyżej 5.',
    );
  });

  it('allows three aliases in an operation and refuses a fourth with TOO_MANY_ALIASES, also in fragments', async () => {
    expect(errorOf(await post({ query: '{ a: me { id } b: me { id } c: me { id } }' }))).toBeUndefined();
    const response = await post({ query: '{ a: me { id } b: me { id } c: me { id } d: me { id } }' });
    expect(response.status).toBe(400);
    expect(errorOf(response).extensions).toEqual({ code: 'TOO_MANY_ALIASES', found: 4, limit: 3 });
    // Aliases hidden in inline fragments count too, and a fragment counts each time it is spread.
    const hidden = await post({ query: '{ me { a: id ... on User { b: id c: id } ... on User { d: id } } }' });
    expect(errorOf(hidden).extensions.code).toBe('TOO_MANY_ALIASES');
    const spread = await post({ query: '{ me { ...F ...F } } fragment F on User { a: id b: id }' });
    expect(errorOf(spread).extensions).toEqual({ code: 'TOO_MANY_ALIASES', found: 4, limit: 3 });
  });

  it('refuses more directives than the limit with TOO_MANY_DIRECTIVES', async () => {
    const directives = (n: number) => `{ me { ${'... @include(if: true) { id } '.repeat(n)} } }`;
    expect(errorOf(await post({ query: directives(4) }))).toBeUndefined();
    const response = await post({ query: directives(5) });
    expect(response.status).toBe(400);
    expect(errorOf(response).extensions).toEqual({ code: 'TOO_MANY_DIRECTIVES', found: 5, limit: 4 });
  });

  it('refuses a document of more than 1,000 tokens while parsing it, whatever its shape', async () => {
    const wide = await post({ query: `{ ${'me { id } '.repeat(300)} }` });
    expect(wide.status).toBe(400);
    expect(errorOf(wide)).toMatchObject({
      message: 'The document has more than 1000 tokens; at most 1000 are allowed.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    const deep = await post({ query: `{ goodPractices(query: ${'['.repeat(20_000)}${']'.repeat(20_000)}) { totalCount } }` });
    expect(deep.status).toBe(400);
    expect(errorOf(deep).extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(deep.text).not.toMatch(/call stack/i);
  });

  it('refuses array batching', async () => {
    const response = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batching/i);
  });

  it('refuses a JSON body over 100 kB with 413', async () => {
    const response = await post({ query: `{ me { id } } # ${'x'.repeat(150_000)}` });
    expect(response.status).toBe(413);
    expect(response.text).not.toMatch(/at .*\.js:\d+/);
  });

  it('allows introspection outside production', async () => {
    expect((await post({ query: '{ __schema { queryType { name } } }' })).body.data.__schema.queryType.name).toBe('Query');
  });

  it('returns a syntax error with a stable code and no stack trace', async () => {
    const response = await post({ query: '{ me { ' });
    expect(errorOf(response).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});

describe('GraphQL in production', () => {
  const { api, post } = apiOfBlock({ env: { NODE_ENV: 'production' } });

  it('turns introspection off', async () => {
    const response = await post({ query: '{ __schema { types { name } } }' });
    expect(errorOf(response).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.data).toBeUndefined();
  });

  it('does not suggest field names', async () => {
    const response = await post({ query: '{ programmez { id } }' });
    expect(errorOf(response).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorOf(response).message).not.toMatch(/did you mean/i);
  });

  it('refuses an expensive query (a large page of nested objects) with QUERY_TOO_COMPLEX', async () => {
    const response = await post({
      query: '{ goodPractices(first: 500) { edges { node { id title summary body office { id name kind region } } } } }',
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', found: expect.any(Number), limit: 5000 });
    expect(errorOf(response).extensions.found).toBeGreaterThan(5000);
  });

  it('measures each fragment once: 23 fragments spreading the next twice (2^23 selections) are refused at once', async () => {
    const fragments = Array.from({ length: 22 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const query = `query { ...F0 }\n${fragments}\nfragment F22 on Query { me { id } }`;
    expect(query.length).toBeLessThan(1000);
    const response = await post({ query });
    expect(response.status).toBe(400);
    expect(errorOf(response).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a genuine fault with HTTP 500, a generic message and the request id, and nothing of the cause', async () => {
    await api().appDataSource.destroy();
    const response = await post({ query: 'mutation { login(email: "a@b.pl", password: "whatever") { id } }' });
    expect(response.status).toBe(500);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(errorOf(response)).toEqual({
      message: 'Internal server error.',
      path: ['login'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
    expect(response.text).not.toMatch(/SELECT|stack|\.ts:|\.js:/);
  });
});

describe('mutation rate limit', () => {
  it('limits the mutations of one account with RATE_LIMITED', async () => {
    const api = await startTestApi({ rateLimits: { mutationsPerAccount: 5 } });
    try {
      const lead = await api.signIn(DEMO_LEAD_EMAIL);
      const revoke = () =>
        api
          .graphql('mutation { revokeRoleGrant(grantId: "00000000-0000-4000-8000-000000000000") }', {}, lead)
          .then((r) => r.body.errors[0].extensions.code);
      for (let i = 0; i < 5; i++) expect(await revoke()).toBe('NOT_FOUND');
      expect(await revoke()).toBe('RATE_LIMITED');
      // Queries are not limited by it.
      expect((await api.graphql('{ me { email } }', {}, lead)).body.data.me.email).toBe(DEMO_LEAD_EMAIL);
    } finally {
      await api.close();
    }
  });
});
