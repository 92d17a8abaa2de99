import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { prepareDatabase } from '../src/database/open-database';
import { type BuiltApi, startBuiltApi } from './support/built-api';
import { startTestApi, type TestApi } from './support/test-api';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const errorOf = (response: request.Response) => response.body.errors?.[0];

interface GraphQLBody {
  errors: Array<{ message: string; extensions: { code: string } }>;
}

/** The headers every page and answer carries (docs/security.md). */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

describe('the error pipeline, in the built API', () => {
  let database: TestDatabase;
  let web: string;
  let api: BuiltApi;

  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase({ databaseUrl: database.url, appDatabaseUrl: null, demoData: false });
    web = mkdtempSync(join(tmpdir(), 'officebench-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>OfficeBench</title>');
    api = await startBuiltApi({ DATABASE_URL: database.url, WEB_DIST: web, RELEASE_SWEEP_MINUTES: '0' });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    rmSync(web, { recursive: true, force: true });
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('sends the security headers with pages, GraphQL answers, health and unknown routes', async () => {
    for (const path of ['/', '/praktyki', '/health', '/nothing-here']) {
      const response = await fetch(`${api.base}${path}`, {
        headers: { Accept: path === '/nothing-here' ? 'application/json' : 'text/html' },
      });
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect([path, name, response.headers.get(name)]).toEqual([path, name, value]);
    }
    const answer = await post({ query: '{ me { id } }' });
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers.get(name)).toBe(value);
  });

  it('gives every answer a request id, keeping a proxy’s well-formed one and replacing anything else', async () => {
    expect((await post({ query: '{ me { id } }' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await post({ query: '{ me { id } }' }, { 'X-Request-Id': 'proxy-1234abcd' })).headers.get('x-request-id')).toBe(
      'proxy-1234abcd',
    );
    expect((await post({ query: '{ me { id } }' }, { 'X-Request-Id': 'a b\u00e9'.repeat(3) })).headers.get('x-request-id')).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('answers 401 when nothing could be answered for want of a session, with the code in the body', async () => {
    const response = await post({ query: '{ programmes { id } }' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as GraphQLBody).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a malformed body with 400 and a GraphQL-shaped error', async () => {
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphQLBody).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('logs a refusal once, in one line with its request id, and never a stack trace for one', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const refused = await post({ query: `{ ${aliases} }` }, { 'Accept-Language': 'en' });
    expect(refused.status).toBe(400);
    const requestId = refused.headers.get('x-request-id') ?? '';
    // Everyday refusals (a wrong id, a missing session) are logged at info, which production leaves out.
    await post({ query: '{ goodPractice(id: "") { id } }' });
    await post({ query: '{ programmes { id } }' });
    // The next request's answer is written after the previous ones' log lines: no waiting on time.
    await post({ query: '{ me { id } }' });
    const lines = api.output().split('\n');
    expect(lines.filter((line) => line.includes(requestId))).toEqual([
      expect.stringMatching(/WARN.*TOO_MANY_ALIASES: The query uses 16 aliases; at most 15 are allowed\./),
    ]);
    expect(lines.filter((line) => /^\s+at /.test(line))).toEqual([]);
    expect(lines.filter((line) => /UNAUTHENTICATED|NOT_AN_ID|ERROR/.test(line))).toEqual([]);
  });
});

describe('input checks before any resolver runs', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ demoData: false });
  });
  afterAll(() => api.close());

  it.each([
    [
      'a NUL in a variable (the login e-mail)',
      'mutation($e: String!) { login(email: $e, password: "whatever-long") { id } }',
      { e: 'a\u0000@b.pl' },
      'email',
      'CONTROL_CHARACTER',
    ],
    ['a NUL in a literal (a practice search)', '{ goodPractices(query: "a\\u0000b") { totalCount } }', {}, 'query', 'CONTROL_CHARACTER'],
    ['an empty id', '{ goodPractice(id: "") { id } }', {}, 'id', 'NOT_AN_ID'],
    ['a number as an id', 'query($id: ID!) { goodPractice(id: $id) { id } }', { id: 12 }, 'id', 'NOT_AN_ID'],
    [
      'an id inside an input object',
      'mutation($i: TargetInput!) { setTarget(input: $i) { id } }',
      { i: { programmeId: 'x', indicatorCode: 'A', kind: 'LEVEL', value: 1 } },
      'programmeId',
      'NOT_AN_ID',
    ],
    [
      'a date in year -1',
      'mutation($i: TargetInput!) { setTarget(input: $i) { id } }',
      {
        i: {
          programmeId: '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a01',
          indicatorCode: 'A',
          kind: 'LEVEL',
          value: 1,
          dueOn: '-000001-01-01T00:00:00Z',
        },
      },
      'dueOn',
      'DATE_OUT_OF_RANGE',
    ],
    [
      'a level of 2^53',
      'mutation($i: TargetInput!) { setTarget(input: $i) { id } }',
      { i: { programmeId: '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a01', indicatorCode: 'A', kind: 'LEVEL', value: 2 ** 53 } },
      'value',
      'NUMBER_OUT_OF_RANGE',
    ],
    [
      'a 90 kB reason',
      'mutation($r: String!) { reopenSubmission(submissionId: "3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a01", reason: $r) { id } }',
      { r: 'x'.repeat(90_000) },
      'reason',
      'TOO_LONG',
    ],
    [
      'a NUL deep in an input object',
      'mutation($i: SaveValuesInput!) { saveValues(input: $i) { id } }',
      {
        i: {
          officeId: '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a01',
          periodId: '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a01',
          values: [{ indicatorCode: 'A', value: 1, comment: 'ok\u0000' }],
        },
      },
      'comment',
      'CONTROL_CHARACTER',
    ],
  ])('refuses %s with 400 BAD_USER_INPUT naming the field', async (_what, query, variables, field, problem) => {
    const response = await api.graphql(query, variables);
    expect(response.status).toBe(400);
    expect(errorOf(response).extensions).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    expect(response.text).not.toMatch(/Internal server error|invalid byte sequence|x{1000}/);
  });

  it('holds a variable to the limit of the argument it is passed to, not to its own name', async () => {
    const reason = 'x'.repeat(1_500);
    const response = await api.graphql(
      'mutation($r: String!) { reopenSubmission(submissionId: "3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a01", reason: $r) { id } }',
      { r: reason },
    );
    expect(errorOf(response).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('words the refusal in the language the client asks for', async () => {
    const ask = (language: string) =>
      request(api.app.getHttpServer())
        .post('/graphql')
        .set('Accept-Language', language)
        .send({ query: '{ goodPractice(id: "nope") { id } }' });
    expect(errorOf(await ask('pl')).message).toBe('Pole id nie jest poprawnym identyfikatorem.');
    expect(errorOf(await ask('en-GB,en;q=0.8')).message).toBe('id is not a valid id.');
  });
});

describe('query rate limit', () => {
  it('limits the queries of one address with RATE_LIMITED, HTTP 429 and Retry-After', async () => {
    const api = await startTestApi({ demoData: false, rateLimits: { queriesPerIp: 5 } });
    try {
      for (let i = 0; i < 5; i++) expect((await api.graphql('{ me { id } }')).status).toBe(200);
      const refused = await api.graphql('{ me { id } }');
      expect(refused.status).toBe(429);
      expect(errorOf(refused).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(refused.headers['retry-after']).toBe(String(errorOf(refused).extensions.retryAfterSeconds));
    } finally {
      await api.close();
    }
  });
});
