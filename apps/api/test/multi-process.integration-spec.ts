import type { DataSource } from 'typeorm';
import { createDataSource, MIGRATIONS } from '../src/database/data-source';
import { prepareDatabase } from '../src/database/open-database';
import { DEMO_LEAD_EMAIL, DEMO_PASSWORD, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { type BuiltApi, startBuiltApi } from './support/built-api';
import { type DemoIds, demoIds } from './support/fixtures';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * Two built API processes on one database, as behind a load balancer (docs/operations.md): what one
 * counts, locks, starts or runs, the other sees or leaves alone.
 */

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const RELEASE = 'mutation($p: ID!) { releasePeriod(periodId: $p) { id } }';
const BENCHMARK = 'query($pr: ID!, $p: ID!, $o: ID!) { benchmark(programmeId: $pr, periodId: $p, officeId: $o) { suppressionReason } }';
/** Login attempts per e-mail address in both processes (the lockout after five failures fits under it). */
const PER_ACCOUNT = 6;

interface Answer {
  cookie: string | null;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ extensions: { code: string; retryAfterSeconds?: number } }> };
}

async function graphql(api: BuiltApi, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Answer> {
  const response = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const session = response.headers.getSetCookie().find((c) => /^officebench_session=[^;]/.test(c));
  return {
    cookie: session?.split(';')[0] ?? null,
    body: (await response.json()) as Answer['body'],
  };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions.code ?? 'OK';

async function signIn(api: BuiltApi, email: string): Promise<string> {
  const answer = await graphql(api, LOGIN, { e: email, p: DEMO_PASSWORD });
  expect(answer.cookie).toMatch(/^officebench_session=./);
  return answer.cookie as string;
}

/** Attempts one after another, alternating between the processes. */
async function alternately<T>(apis: BuiltApi[], count: number, attempt: (api: BuiltApi) => Promise<T>): Promise<T[]> {
  const outcomes: T[] = [];
  for (let i = 0; i < count; i += 1) outcomes.push(await attempt(apis[i % apis.length]));
  return outcomes;
}

describe('two API processes on one database', () => {
  let database: TestDatabase;
  let owner: DataSource;
  let apis: BuiltApi[] = [];
  let duePeriodId: string;
  let demo: DemoIds;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Two processes preparing a fresh database at once, as replicas started together do: they take turns.
    await Promise.all([1, 2].map(() => prepareDatabase({ databaseUrl: database.url, appDatabaseUrl: null, demoData: true })));
    owner = createDataSource(database.url, 2);
    await owner.initialize();
    demo = await demoIds(owner);
    // A quarter long past its deadline and grace: due for the automatic release.
    [{ id: duePeriodId }] = await owner.query(
      `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline)
       VALUES ($1, 'QUARTER', '2001-Q1', '2001-01-01', '2001-03-31', '2001-04-01', now() - interval '60 days') RETURNING id`,
      [demo.programmeId],
    );
    // The open quarter past its deadline but within the grace: the lead may release it, the sweep leaves it.
    await owner.query(
      `UPDATE period SET opens_at = least(opens_at, now() - interval '2 hours'), deadline = now() - interval '1 hour' WHERE id = $1`,
      [demo.openQuarterId],
    );
    // Both sweep for the automatic release as they start (and then hourly), at the same moment.
    const env = {
      DATABASE_URL: database.url,
      RELEASE_SWEEP_MINUTES: '60',
      REMINDER_SWEEP_MINUTES: '0',
      LOGIN_ATTEMPTS_PER_ACCOUNT: String(PER_ACCOUNT),
    };
    apis = await Promise.all([startBuiltApi(env), startBuiltApi(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await owner?.destroy();
    await database?.drop();
  });

  it('migrated and loaded the demo data once while the two prepared the database together', async () => {
    const [{ migrations }] = await owner.query(`SELECT count(*)::int AS migrations FROM schema_migration`);
    const [{ leads }] = await owner.query(`SELECT count(*)::int AS leads FROM app_user WHERE email = $1`, [DEMO_LEAD_EMAIL]);
    expect({ migrations, leads }).toEqual({ migrations: MIGRATIONS.length, leads: 1 });
  });

  it('knows on one process a session started on the other, and ends it for both', async () => {
    const [first, second] = apis;
    const cookie = await signIn(first, DEMO_LEAD_EMAIL);
    expect((await graphql(second, '{ me { email } }', {}, cookie)).body.data).toEqual({ me: { email: DEMO_LEAD_EMAIL } });
    expect(codeOf(await graphql(second, 'mutation { logout }', {}, cookie))).toBe('OK');
    expect((await graphql(first, '{ me { email } }', {}, cookie)).body.data).toEqual({ me: null });
  });

  it('counts an account’s login attempts across both processes', async () => {
    const attempts = await alternately(apis, PER_ACCOUNT + 1, async (api) =>
      graphql(api, LOGIN, { e: 'nobody@test.officebench.local', p: 'wrong password' }),
    );
    expect(attempts.map(codeOf)).toEqual([...Array<string>(PER_ACCOUNT).fill('INVALID_CREDENTIALS'), 'RATE_LIMITED']);
    expect(attempts[PER_ACCOUNT].body.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('locks an account after five failures spread over both processes', async () => {
    const email = demoCoordinatorEmail(2);
    const failures = await alternately(apis, 5, (api) => graphql(api, LOGIN, { e: email, p: 'wrong password' }));
    expect(failures.map(codeOf)).toEqual(Array<string>(5).fill('INVALID_CREDENTIALS'));
    // The right password, on the process that saw only two of the five failures: still refused, locked.
    expect(codeOf(await graphql(apis[1], LOGIN, { e: email, p: DEMO_PASSWORD }))).toBe('INVALID_CREDENTIALS');
    const [{ locked }] = await owner.query(`SELECT locked_until > now() AS locked FROM app_user WHERE email = $1`, [email]);
    expect(locked).toBe(true);
  });

  it('shows a release through one process in the other’s next benchmark read, not a stale cached one', async () => {
    const [first, second] = apis;
    // Office 8 is approved in the open quarter; its coordinator reads on the second process, filling its cache.
    const coordinator = await signIn(second, demoCoordinatorEmail(8));
    const reasons = async (api: BuiltApi) => {
      const answer = await graphql(api, BENCHMARK, { pr: demo.programmeId, p: demo.openQuarterId, o: demo.officeIds[7] }, coordinator);
      return (answer.body.data?.benchmark as Array<{ suppressionReason: string | null }>).map((cell) => cell.suppressionReason);
    };
    expect(new Set(await reasons(second))).toEqual(new Set(['NOT_RELEASED']));
    expect(codeOf(await graphql(first, RELEASE, { p: demo.openQuarterId }, await signIn(first, DEMO_LEAD_EMAIL)))).toBe('OK');
    const after = await reasons(second);
    expect(after).not.toContain('NOT_RELEASED');
    expect(after).toEqual(await reasons(first));
  });

  // Last: it stops both processes (closing waits for a sweep under way), so that every run has ended.
  it('releases a due period once, though both processes swept for it at the same moment', async () => {
    await Promise.all(apis.map((api) => api.stop()));
    const audits = await owner.query(
      `SELECT actor_user_id FROM audit_log WHERE action = 'PERIOD_RELEASED_AUTOMATICALLY' AND entity_id = $1`,
      [duePeriodId],
    );
    const [period] = await owner.query(`SELECT releases, released_at IS NOT NULL AS released FROM period WHERE id = $1`, [duePeriodId]);
    expect({ audits: audits.length, ...period }).toEqual({ audits: 1, releases: 1, released: true });
    for (const api of apis) expect(api.output()).not.toMatch(/automatic release failed/);
  });
});
