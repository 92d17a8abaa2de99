import { connect, type Socket } from 'node:net';
import { Client } from 'pg';
import { createDataSource } from '../src/database/data-source';
import { prepareDatabase } from '../src/database/open-database';
import { DEMO_LEAD_EMAIL, DEMO_PASSWORD, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { type BuiltApi, startBuiltApi } from './support/built-api';
import { demoIds, type DemoIds } from './support/fixtures';
import { type PrivatePostgres, startPrivatePostgres } from './support/private-postgres';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * Issue 13: no 500s, and clear answers when the database is away. The built API runs as its own process
 * (as `npm start` runs it) on a real PostgreSQL; nothing is mocked.
 * - PostgreSQL stopped under a running API: every request answers 503 SERVICE_UNAVAILABLE with
 *   Retry-After, and the API recovers by itself when PostgreSQL returns.
 * - Statements stuck on a lock and a pool with no free connection end as 503 within bounded times.
 * - Clients that send their request slowly (or never finish it) do not hold up anyone else.
 * (Killing the API in the middle of an import is import-kill.integration-spec.ts.)
 */

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const ME = '{ me { id email } }';
const PROGRAMMES = '{ programmes { id name } }';
const SAVE = 'mutation($i: SaveValuesInput!) { saveValues(input: $i) { id status version values { indicator { code } value } } }';
const SUBMISSION =
  'query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { status version values { indicator { code } value } } }';

/** What one HTTP request came back with (or that it did not, within its time limit). */
interface Outcome {
  status: number | 'no answer';
  retryAfter: string | null;
  contentType: string | null;
  setCookie: string | null;
  text: string;
  /** From sending the request to having the whole body. */
  ms: number;
}

async function send(url: string, init: RequestInit, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      contentType: response.headers.get('content-type'),
      setCookie: response.headers.get('set-cookie'),
      text,
      ms: performance.now() - started,
    };
  } catch (error) {
    return {
      status: 'no answer',
      retryAfter: null,
      contentType: null,
      setCookie: null,
      text: `${(error as Error).name}: ${(error as Error).message}`,
      ms: performance.now() - started,
    };
  }
}

function graphql(
  api: BuiltApi,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
  timeoutMs = 10_000,
): Promise<Outcome> {
  return send(
    `${api.base}/graphql`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie && { Cookie: cookie }) },
      body: JSON.stringify({ query, variables }),
    },
    timeoutMs,
  );
}

const health = (api: BuiltApi, timeoutMs = 10_000) => send(`${api.base}/health`, {}, timeoutMs);

/** The body of a 200 answer without errors (the whole outcome is shown when it is not one). */
function dataOf(outcome: Outcome) {
  const body = outcome.status === 200 ? JSON.parse(outcome.text) : null;
  expect({ status: outcome.status, errors: body?.errors, text: body ? undefined : outcome.text }).toEqual({
    status: 200,
    errors: undefined,
    text: undefined,
  });
  return body.data;
}

async function signIn(api: BuiltApi, email: string): Promise<string> {
  const outcome = await graphql(api, LOGIN, { e: email, p: DEMO_PASSWORD });
  dataOf(outcome);
  const cookie = (outcome.setCookie ?? '').split(';')[0];
  expect(cookie).toMatch(/^officebench_session=./);
  return cookie;
}

/** Things a client must never see: stack traces, SQL, driver errors, internals of the database. */
const INTERNAL = [
  /internal server error/i,
  /stack/i,
  /\n\s+at /,
  /\.(?:ts|js|mjs):\d+/,
  /QueryFailedError|DriverError|TypeORM|node_modules/,
  /\b(?:SELECT|INSERT|UPDATE|DELETE|LOCK)\b[^"]*\b(?:FROM|INTO|SET|TABLE)\b/i,
  /ECONN\w+|ETIMEDOUT|EPIPE|57014|57P01|08006/,
  /connection terminated|timeout exceeded when trying to connect|canceling statement|terminating connection|statement timeout/i,
  /officebench_app|user_session|role_grant|pg_/,
];

function expectNothingInternal(text: string, databaseUrl: string): void {
  const url = new URL(databaseUrl);
  const leaks = [...INTERNAL, new RegExp(`:${url.port}\\b`)].filter((pattern) => pattern.test(text)).map(String);
  if (text.includes(decodeURIComponent(url.password))) leaks.push('the database password');
  expect({ leaks, text }).toEqual({ leaks: [], text });
}

/**
 * 503, a JSON GraphQL body whose every error is SERVICE_UNAVAILABLE with retryAfterSeconds = the Retry-After
 * header (other extensions, such as a reason, are allowed as long as nothing internal shows).
 */
function expectServiceUnavailable(outcome: Outcome, databaseUrl: string): void {
  expect({ status: outcome.status, text: outcome.text }).toEqual({ status: 503, text: expect.any(String) });
  expect(outcome.contentType).toMatch(/^application\/(?:graphql-response\+)?json/);
  expect(outcome.retryAfter).toMatch(/^[1-9]\d*$/);
  const body = JSON.parse(outcome.text);
  expect(body.errors).toEqual(expect.arrayContaining([expect.anything()]));
  for (const error of body.errors) {
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: Number(outcome.retryAfter) });
    expect(Object.keys(error.extensions).filter((key) => /stack|exception|original|driver|query|sql|detail|parameters/i.test(key))).toEqual(
      [],
    );
    expect(error.message).toEqual(expect.stringMatching(/\S/));
    expect(Object.keys(error).filter((key) => !['message', 'extensions', 'path', 'locations'].includes(key))).toEqual([]);
  }
  expect(Object.keys(body).filter((key) => key !== 'errors' && key !== 'data')).toEqual([]);
  expectNothingInternal(outcome.text, databaseUrl);
}

/**
 * Runs every check and fails once at the end with all that failed (and, for each, what the API
 * answered), so that one run tells the whole story, the recovery included, instead of its first problem.
 */
class Checks {
  private readonly problems: string[] = [];

  async check(what: string, assertion: () => unknown): Promise<void> {
    try {
      await assertion();
    } catch (error) {
      this.problems.push(`- ${what}:\n${(error as Error).message}`);
    }
  }

  verify(): void {
    if (this.problems.length > 0) throw new Error(`${this.problems.length} check(s) failed:\n\n${this.problems.join('\n\n')}`);
  }
}

const summary = (o: Outcome) => ({ status: o.status, ms: Math.round(o.ms), retryAfter: o.retryAfter, text: o.text.slice(0, 400) });

/** Polls `condition` (a state to reach, not a delay) until it holds; fails after `timeoutMs`. */
async function waitUntil(what: string, condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('PostgreSQL stopped and started again while the API runs', () => {
  let postgres: PrivatePostgres | undefined;
  let api: BuiltApi | undefined;
  let demo: DemoIds;

  beforeAll(async () => {
    // A server of this file's own: the shared one of the global setup serves the other test files.
    postgres = await startPrivatePostgres();
    await prepareDatabase({ databaseUrl: postgres.url, appDatabaseUrl: null, demoData: true });
    const owner = createDataSource(postgres.url, 1);
    await owner.initialize();
    try {
      demo = await demoIds(owner);
    } finally {
      await owner.destroy();
    }
    api = await startBuiltApi({ DATABASE_URL: postgres.url, RELEASE_SWEEP_MINUTES: '0' });
  }, 90_000);

  afterAll(async () => {
    await api?.stop();
    await postgres?.close();
  }, 60_000);

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while it is away, and serves the same sessions again once it is back', async () => {
    const pg = postgres!;
    const server = api!;
    const office = demo.officeIds[19 - 1];
    const leadCookie = await signIn(server, DEMO_LEAD_EMAIL);
    const coordinatorCookie = await signIn(server, demoCoordinatorEmail(19));
    const saved = dataOf(
      await graphql(
        server,
        SAVE,
        {
          i: {
            officeId: office,
            periodId: demo.openQuarterId,
            expectedVersion: null,
            values: [{ indicatorCode: 'E_SERVICES_COUNT', value: 14 }],
          },
        },
        coordinatorCookie,
      ),
    );
    expect(saved.saveValues).toMatchObject({
      status: 'DRAFT',
      version: 1,
      values: [{ indicator: { code: 'E_SERVICES_COUNT' }, value: 14 }],
    });
    expect(dataOf(await graphql(server, PROGRAMMES, {}, leadCookie)).programmes).toEqual([
      { id: demo.programmeId, name: expect.any(String) },
    ]);

    await pg.stop();

    const whileAway = {
      'a query (programmes, as the lead)': await graphql(server, PROGRAMMES, {}, leadCookie),
      'a query of the session (me)': await graphql(server, ME, {}, leadCookie),
      'a mutation (saveValues, as the coordinator)': await graphql(
        server,
        SAVE,
        {
          i: {
            officeId: office,
            periodId: demo.openQuarterId,
            expectedVersion: 1,
            values: [{ indicatorCode: 'E_SERVICES_COUNT', value: 15 }],
          },
        },
        coordinatorCookie,
      ),
      'an anonymous login': await graphql(server, LOGIN, { e: DEMO_LEAD_EMAIL, p: DEMO_PASSWORD }),
    };
    const healthWhileAway = await health(server);
    const runningWhileAway = server.running();

    await pg.start();

    // The API finds PostgreSQL again by itself: no restart, the same process and sessions.
    let healthy: Outcome | null = null;
    const recovered = await waitUntil(
      '/health to answer 200 after PostgreSQL came back',
      async () => (healthy = await health(server, 5_000)).status === 200,
      30_000,
    ).then(
      () => null,
      (error: Error) => `${error.message}; last answer: ${JSON.stringify(healthy && summary(healthy))}`,
    );
    const runningAfter = server.running();
    const afterwards = {
      me: await graphql(server, ME, {}, leadCookie),
      programmes: await graphql(server, PROGRAMMES, {}, leadCookie),
      submission: await graphql(server, SUBMISSION, { o: office, p: demo.openQuarterId }, coordinatorCookie),
    };

    const checks = new Checks();
    for (const [what, outcome] of Object.entries(whileAway)) {
      await checks.check(`${what} while PostgreSQL is away (answered ${JSON.stringify(summary(outcome))})`, () =>
        expectServiceUnavailable(outcome, pg.url),
      );
    }
    await checks.check(`/health while PostgreSQL is away (answered ${JSON.stringify(summary(healthWhileAway))})`, () => {
      expect(healthWhileAway.status).toBe(503);
      expectNothingInternal(healthWhileAway.text, pg.url);
    });
    await checks.check('the API process kept running while PostgreSQL was away', () => expect(runningWhileAway).toBe(true));
    await checks.check('/health answers 200 again once PostgreSQL is back', () => expect(recovered).toBeNull());
    await checks.check('the API process kept running after PostgreSQL came back (no restart)', () => expect(runningAfter).toBe(true));
    await checks.check('the same lead session works again (me)', () =>
      expect(dataOf(afterwards.me).me).toMatchObject({ email: DEMO_LEAD_EMAIL }),
    );
    await checks.check('the same lead session works again (programmes)', () =>
      expect(dataOf(afterwards.programmes).programmes).toEqual([{ id: demo.programmeId, name: expect.any(String) }]),
    );
    // the draft saved before is there, and the save refused during the outage changed nothing
    await checks.check('the draft saved before the outage is there, unchanged', () =>
      expect(dataOf(afterwards.submission).submission).toEqual({
        status: 'DRAFT',
        version: 1,
        values: [{ indicator: { code: 'E_SERVICES_COUNT' }, value: 14 }],
      }),
    );
    checks.verify();
  }, 60_000);
});

describe('on the shared test server', () => {
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase({ databaseUrl: database.url, appDatabaseUrl: null, demoData: true });
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
  });

  describe('a pool exhausted by statements that wait on a lock', () => {
    let api: BuiltApi | undefined;
    let owner: Client | undefined;
    let locker: Client | undefined;
    let leadCookie: string;

    beforeAll(async () => {
      api = await startBuiltApi({
        DATABASE_URL: database!.url,
        DATABASE_POOL_SIZE: '2',
        DATABASE_POOL_WAIT_MS: '500',
        DATABASE_STATEMENT_TIMEOUT_MS: '2000',
        RELEASE_SWEEP_MINUTES: '0',
      });
      owner = new Client({ connectionString: database!.url });
      await owner.connect();
      leadCookie = await signIn(api, DEMO_LEAD_EMAIL);
    }, 60_000);

    afterAll(async () => {
      await locker?.end().catch(() => undefined);
      await api?.stop();
      await owner?.end();
    }, 30_000);

    /** API statements waiting for a lock on the programme table. */
    const waitingForProgramme = async () =>
      (
        await owner!.query(
          `SELECT count(*)::int AS count FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE a.datname = current_database() AND a.usename = 'officebench_app' AND l.relation = 'programme'::regclass AND NOT l.granted`,
        )
      ).rows[0].count as number;

    it('refuses a third request within the pool wait, ends the two stuck statements at the statement timeout, and answers again after the lock goes', async () => {
      const server = api!;
      const url = database!.url;
      locker = new Client({ connectionString: url });
      await locker.connect();
      await locker.query('BEGIN');
      // `programmes` reads the programme table in one statement outside any transaction of the API's.
      await locker.query('LOCK TABLE programme IN ACCESS EXCLUSIVE MODE');
      let outcomes: { blocked: Outcome[]; third: Outcome; health: Outcome };
      try {
        const blocked = Promise.all([
          graphql(server, PROGRAMMES, {}, leadCookie, 8_000),
          graphql(server, PROGRAMMES, {}, leadCookie, 8_000),
        ]);
        // both pool connections are now inside statements that wait for the lock
        await waitUntil('two API statements waiting for the lock on programme', async () => (await waitingForProgramme()) === 2, 10_000);
        // `me` does not read programme: it only needs a pool connection, and none is free
        const [third, healthAnswer] = await Promise.all([graphql(server, ME, {}, leadCookie, 5_000), health(server, 5_000)]);
        outcomes = { blocked: await blocked, third, health: healthAnswer };
      } finally {
        await locker.query('COMMIT');
        await locker.end();
        locker = undefined;
      }

      const checks = new Checks();
      const answered = (o: Outcome) => `(answered ${JSON.stringify(summary(o))})`;
      await checks.check(
        `the third request, which finds no free pool connection, is refused within 1.5 s ${answered(outcomes.third)}`,
        () => {
          expectServiceUnavailable(outcomes.third, url);
          expect(outcomes.third.ms).toBeLessThan(1_500);
        },
      );
      await checks.check(`/health, which finds no free pool connection, answers 503 within 1.5 s ${answered(outcomes.health)}`, () => {
        expect(outcomes.health.status).toBe(503);
        expect(outcomes.health.ms).toBeLessThan(1_500);
        expectNothingInternal(outcomes.health.text, url);
      });
      for (const [index, stuck] of outcomes.blocked.entries()) {
        await checks.check(`blocked request ${index + 1} ends at the statement timeout, within 5 s ${answered(stuck)}`, () => {
          expectServiceUnavailable(stuck, url);
          expect(stuck.ms).toBeLessThan(5_000);
        });
      }
      // PostgreSQL really cancelled them (nothing of the API's still waits), and the same pool serves again
      await checks.check('no API statement still waits for the lock', async () => expect(await waitingForProgramme()).toBe(0));
      const after = await graphql(server, PROGRAMMES, {}, leadCookie);
      await checks.check(`the API answers 200 after the lock is gone ${answered(after)}`, () =>
        expect(dataOf(after).programmes).toEqual([{ id: expect.any(String), name: expect.any(String) }]),
      );
      const healthAfter = await health(server);
      await checks.check(`/health answers 200 after the lock is gone ${answered(healthAfter)}`, () => expect(healthAfter.status).toBe(200));
      await checks.check('the API process kept running', () => expect(server.running()).toBe(true));
      checks.verify();
    }, 60_000);
  });

  describe('clients that send their request slowly, or never finish it', () => {
    let api: BuiltApi | undefined;
    const sockets: Socket[] = [];
    const timers: NodeJS.Timeout[] = [];

    beforeAll(async () => {
      api = await startBuiltApi({ DATABASE_URL: database!.url, RELEASE_SWEEP_MINUTES: '0' });
    }, 60_000);

    afterAll(async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await api?.stop();
    }, 30_000);

    it('do not hold up 20 ordinary requests', async () => {
      const server = api!;
      const { hostname, port } = new URL(server.base);
      const leadCookie = await signIn(server, DEMO_LEAD_EMAIL);

      /** When each slow socket got its first byte back or was closed (it should be neither while we look). */
      const heard: Array<{ kind: string; event: string; at: number }> = [];
      const open = async (kind: string, start: string): Promise<Socket> => {
        const socket = connect(Number(port), hostname);
        sockets.push(socket);
        socket.on('data', () => heard.push({ kind, event: 'data', at: performance.now() }));
        socket.on('close', () => heard.push({ kind, event: 'close', at: performance.now() }));
        socket.on('error', () => undefined);
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('error', reject);
        });
        await new Promise<void>((resolve, reject) => socket.write(start, (error) => (error ? reject(error) : resolve())));
        return socket;
      };
      const requestLine = `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n`;
      for (let i = 0; i < 15; i++) {
        // headers that never end: one more byte of a header every 20 ms
        const socket = await open('headers trickled', `${requestLine}X-Slow-${i}: `);
        timers.push(setInterval(() => socket.writable && socket.write('a'), 20));
      }
      for (let i = 0; i < 15; i++) {
        // complete headers, then a body that stops short of its Content-Length
        await open('body never completed', `${requestLine}Content-Length: 1000\r\n\r\n{"query":"{ me { id } }`);
      }

      const started = performance.now();
      const ordinary = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? health(server, 10_000) : graphql(server, PROGRAMMES, {}, leadCookie, 10_000))),
      );
      const finished = performance.now();

      expect(ordinary.map((o) => o.status)).toEqual(Array(20).fill(200));
      for (const outcome of ordinary.filter((_, i) => i % 2 === 1)) expect(JSON.parse(outcome.text).data.programmes).toHaveLength(1);
      expect(Math.max(...ordinary.map((o) => o.ms))).toBeLessThan(2_000);
      expect(finished - started).toBeLessThan(3_000);
      // the slow clients were there the whole time: none was answered or dropped before the others finished
      expect(heard.filter((h) => h.at <= finished)).toEqual([]);
      expect(sockets.every((socket) => !socket.destroyed)).toBe(true);
      expect(server.running()).toBe(true);
    }, 60_000);
  });
});
