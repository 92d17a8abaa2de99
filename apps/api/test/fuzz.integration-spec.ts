import { parse, validate } from 'graphql';
import { prepareDatabase } from '../src/database/open-database';
import { DEMO_LEAD_EMAIL, DEMO_PASSWORD, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { type BuiltApi, startBuiltApi } from './support/built-api';
import {
  type Answer,
  type Caller,
  collectPools,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD as FUZZ_DEMO_PASSWORD,
  exponentialFragments,
  formatReport,
  generateRequests,
  loadSchema,
  protocolCases,
  rootFields,
  type RunResult,
  runCases,
  send,
  signIn,
  toHttp,
} from './support/schema-fuzz.cjs';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * Issue 13: no 500s, no slow requests, clear answers. The built API in its own process, as `npm start` runs
 * it (so that a request that blocks its event loop fails here with a timeout instead of freezing jest), gets the named
 * regression cases, the fixed protocol cases and RUNS requests generated from schema.gql with SEED.
 * FUZZ_SEED and FUZZ_RUNS override them; `npm run fuzz` is the long run against a running product.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260115);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/**
 * The generator's own checks draw this many: enough that each of the schema's ~60 root fields (drawn
 * uniformly) is almost surely among them (a field is missed with probability about e^(-SAMPLE / 60)).
 */
const SAMPLE = 900;
const CALLERS: Caller[] = ['anonymous', 'coordinator', 'lead'];
const EMAILS: Record<string, string> = { lead: DEMO_LEAD_EMAIL, coordinator: demoCoordinatorEmail(1) };
/** High enough that the fuzzer meets the API, not only its rate limits (login per account stays at 10 a minute). */
const API_ENV = {
  LOGIN_ATTEMPTS_PER_IP: '100000',
  QUERIES_PER_ACCOUNT: '10000000',
  QUERIES_PER_IP: '10000000',
  MUTATIONS_PER_ACCOUNT: '10000000',
  MUTATIONS_PER_IP: '10000000',
  RELEASE_SWEEP_MINUTES: '0',
};
const MAX_RESTARTS = 6;

const FRAGMENTS_23 = exponentialFragments(23);
const CREATE_PERIOD = 'mutation CreatePeriod($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }';
const FIRST_PRACTICES = 'query Practices($first: Int) { goodPractices(first: $first) { totalCount } }';
const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }';
const NESTED_LIST = `query { goodPractices(first: 1, filter: { cafCriterion: ${'['.repeat(20_000)}1${']'.repeat(20_000)} }) { totalCount } }`;

/** What a regression case compares: the status, the error codes, whether it came within 1 s. */
function summary(answer: Answer) {
  let codes: string[] = [];
  try {
    codes = (JSON.parse(answer.text).errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
  } catch {
    codes = [`(not JSON: ${answer.text.slice(0, 80)})`];
  }
  return { status: answer.status, codes, withinOneSecond: answer.ms < 1000, ...(answer.error && { error: answer.error }) };
}

function report(title: string, result: RunResult, seed?: number): string {
  const counts = [
    `sent ${result.sent}; slowest ${result.slowest.ms} ms (${result.slowest.operation})`,
    `by status ${JSON.stringify(result.byStatus)}`,
    `by code ${JSON.stringify(result.byCode)}`,
    `succeeded (data, no error) ${JSON.stringify(result.succeeded)}`,
  ].join('\n');
  console.log(`${title}:\n${counts}`);
  return formatReport(result.failures, { title, seed, stopped: result.stopped });
}

describe('the API under its own fuzzer (issue 13)', () => {
  let database: TestDatabase;
  let api: BuiltApi;
  let restarts = 0;
  const cookies: Record<string, string | undefined> = {};

  const signInAs = async (caller: Caller) => {
    cookies[caller] = await signIn(api.base, EMAILS[caller]);
  };
  const post = (body: unknown, caller?: Caller) =>
    send(
      api.base,
      { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      { cookie: caller && cookies[caller] },
    );
  /** A stuck API is killed and started again on the same database (the run notes it as a failure first). */
  const restart = async () => {
    if (++restarts > MAX_RESTARTS) return false;
    await api.stop();
    api = await startBuiltApi({ DATABASE_URL: database.url, ...API_ENV });
    await signInAs('lead');
    await signInAs('coordinator');
    return true;
  };
  const runOptions = {
    baseUrl: () => api.base,
    cookieFor: (caller: Caller) => cookies[caller],
    signIn: signInAs,
    recover: restart,
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase({ databaseUrl: database.url, appDatabaseUrl: null, demoData: true });
    api = await startBuiltApi({ DATABASE_URL: database.url, ...API_ENV });
    await signInAs('lead');
    await signInAs('coordinator');
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  // A regression case the API could not answer leaves it stuck: the next test gets a fresh one.
  afterEach(async () => {
    if ((await send(api.base, { method: 'GET', path: '/health' }, { timeoutMs: 2000 })).status !== 200) await restart();
  }, 60_000);

  describe('the fuzzer itself', () => {
    it('signs in with the demo accounts of demo-seed.ts', () => {
      expect(DEMO_ACCOUNTS).toEqual({ lead: DEMO_LEAD_EMAIL, coordinator: demoCoordinatorEmail(1) });
      expect(FUZZ_DEMO_PASSWORD).toBe(DEMO_PASSWORD);
    });

    it('calls every Query and Mutation field of schema.gql with a valid document, the same for the same seed', () => {
      const schema = loadSchema();
      const requests = generateRequests({ seed: SEED, numRuns: SAMPLE, callers: CALLERS });
      expect(new Set(requests.map((r) => r.operation))).toEqual(new Set(rootFields(schema).map(({ field }) => field.name)));
      const invalid = requests.map((r) => validate(schema, parse(r.query))).filter((errors) => errors.length > 0);
      expect(invalid).toEqual([]);
      expect(generateRequests({ seed: SEED, numRuns: 20, callers: CALLERS }).map((r) => toHttp(r).body)).toEqual(
        requests.slice(0, 20).map((r) => toHttp(r).body),
      );
    });

    it('draws hostile values too, and a few bodies over 100 kB', () => {
      const bodies = generateRequests({ seed: SEED, numRuns: SAMPLE, callers: CALLERS }).map((r) => String(toHttp(r).body));
      expect(bodies.filter((b) => b.length > 100_000).length).toBeGreaterThan(0);
      expect(bodies.filter((b) => b.length < 100_000).length).toBeGreaterThan(SAMPLE * 0.9);
      // Each hostile kind is a small share of the draws, and which fields a sample reaches moves with the
      // schema: the kinds are looked for in a longer draw of the same generator (drawing costs no request).
      const longer = generateRequests({ seed: SEED, numRuns: SAMPLE * 5, callers: CALLERS }).map((r) => String(toHttp(r).body));
      for (const needle of ['\\u0000', '\\ud800', 'DROP TABLE', '2147483648', '<script>', '[[[[[['])
        expect(longer.some((b) => b.includes(needle))).toBe(true);
    });
  });

  describe('regressions named in the issue', () => {
    it(`refuses the ${Buffer.byteLength(FRAGMENTS_23)}-byte document of 23 fragments each spreading the next twice, quickly, with 400`, async () => {
      expect(Buffer.byteLength(FRAGMENTS_23)).toBeLessThan(1000);
      const answer = summary(await post({ query: FRAGMENTS_23 }, 'lead'));
      expect(answer).toEqual({
        status: 400,
        codes: [expect.stringMatching(/^(QUERY_TOO_COMPLEX|QUERY_TOO_DEEP|GRAPHQL_VALIDATION_FAILED)$/)],
        withinOneSecond: true,
      });
    }, 60_000);

    it('answers null for a CreatePeriodInput! with 400 BAD_USER_INPUT', async () => {
      expect(summary(await post({ query: CREATE_PERIOD, variables: { input: null } }, 'lead'))).toEqual({
        status: 400,
        codes: ['BAD_USER_INPUT'],
        withinOneSecond: true,
      });
    });

    it.each([[{}], [2147483648]])('answers %j for an Int with 400 BAD_USER_INPUT', async (first) => {
      expect(summary(await post({ query: FIRST_PRACTICES, variables: { first } }, 'coordinator'))).toEqual({
        status: 400,
        codes: ['BAD_USER_INPUT'],
        withinOneSecond: true,
      });
    });

    it('answers a list literal nested 20,000 levels deep with 400 GRAPHQL_PARSE_FAILED, not a stack overflow', async () => {
      const answer = await post({ query: NESTED_LIST });
      expect(summary(answer)).toEqual({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'], withinOneSecond: true });
      expect(answer.text).not.toContain('Maximum call stack');
    });

    it('answers an unknown operationName with 400 OPERATION_RESOLUTION_FAILURE', async () => {
      expect(summary(await post({ query: 'query A { me { id } }', operationName: 'B' }))).toEqual({
        status: 400,
        codes: ['OPERATION_RESOLUTION_FAILURE'],
        withinOneSecond: true,
      });
    });

    it('answers a persisted-query hash without a query with 400 PERSISTED_QUERY_NOT_SUPPORTED', async () => {
      const body = {
        extensions: { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } },
      };
      expect(summary(await post(body))).toEqual({ status: 400, codes: ['PERSISTED_QUERY_NOT_SUPPORTED'], withinOneSecond: true });
    });

    it('answers a NUL character in the login e-mail with 400 BAD_USER_INPUT before anything runs, not an internal error', async () => {
      const answer = await post({ query: LOGIN, variables: { email: `${DEMO_LEAD_EMAIL}\u0000`, password: DEMO_PASSWORD } });
      expect(summary(answer)).toEqual({ status: 400, codes: ['BAD_USER_INPUT'], withinOneSecond: true });
      expect(answer.text).not.toContain('INTERNAL_SERVER_ERROR');
    });
  });

  describe('found by the fuzzer', () => {
    it("answers the lead's submissionForm for an office that does not exist with NOT_FOUND, not 500", async () => {
      const periods = JSON.parse((await post({ query: '{ programmes { periods { id } } }' }, 'lead')).text).data.programmes[0].periods;
      const query = 'query($officeId: ID!, $periodId: ID!) { submissionForm(officeId: $officeId, periodId: $periodId) { editable } }';
      const answer = await post(
        { query, variables: { officeId: '00000000-0000-4000-8000-000000000000', periodId: periods[0].id } },
        'lead',
      );
      expect(summary(answer)).toEqual({ status: 200, codes: ['NOT_FOUND'], withinOneSecond: true });
    });
  });

  it('answers every protocol case (malformed bodies, methods, content types, abusive documents) correctly and within 1 s', async () => {
    const result = await runCases(protocolCases(), { ...runOptions, healthEvery: 10 });
    const text = report('protocol cases', result);
    if (text) throw new Error(text);
  }, 180_000);

  it(`answers ${RUNS} requests generated from schema.gql (seed ${SEED}) as anonymous, coordinator and lead: no 5xx, no internals, within 1 s`, async () => {
    console.log(`fuzz seed ${SEED}, ${RUNS} runs (FUZZ_SEED / FUZZ_RUNS to change)`);
    const pools = await collectPools(api.base, { lead: cookies.lead as string, coordinator: cookies.coordinator as string });
    expect(pools.ids.office?.length).toBeGreaterThan(0);
    expect(pools.ids.period?.length).toBeGreaterThan(0);
    const cases = generateRequests({ seed: SEED, numRuns: RUNS, pools, callers: CALLERS }).map((r) => ({
      operation: r.operation,
      caller: r.caller,
      http: toHttp(r),
    }));
    const result = await runCases(cases, { ...runOptions, healthEvery: 50 });
    const text = report('generated requests', result, SEED);
    if (text) throw new Error(text);
  }, 300_000);
});
