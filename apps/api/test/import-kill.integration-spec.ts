import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { DataSource, QueryRunner } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { prepareDatabase } from '../src/database/open-database';
import { type BulkProgramme, bulkCsv, createBulkProgramme, waitForRow } from './import-helpers';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** The built API, started as a separate process as `npm start` does (see startup.integration-spec.ts). */
const MAIN = join(__dirname, '../../../dist/apps/api/main.js');
const PASSWORD = 'correct horse battery';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts the API and resolves once it prints its URL. */
function startApi(databaseUrl: string, port: number): Promise<{ child: ChildProcess; exited: Promise<NodeJS.Signals | number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port) },
    });
    const exited = new Promise<NodeJS.Signals | number | null>((done) => child.on('exit', (code, signal) => done(signal ?? code)));
    let output = '';
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('OfficeBench is running at')) resolve({ child, exited });
    });
    child.on('exit', (code) => reject(new Error(`the API stopped before it was ready (${code}): ${output}`)));
  });
}

describe('killing the API in the middle of a 10,000-row import', () => {
  let database: TestDatabase;
  let owner: DataSource;
  let programme: BulkProgramme;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx run api:build\` (nx runs it before api:test).`);
    database = await createTestDatabase();
    await prepareDatabase({ databaseUrl: database.url, appDatabaseUrl: null, demoData: false });
    owner = createDataSource(database.url, 2);
    await owner.initialize();
    // 50 offices x 200 indicators = 10,000 valid values, all offices coordinated by one account
    programme = await createBulkProgramme(owner, { code: 'kill-test', offices: 50, indicators: 200, password: PASSWORD });
  }, 60_000);

  afterAll(async () => {
    await owner?.destroy();
    await database?.drop();
  });

  it('leaves zero rows of it in submission, submission_value, audit_log and import_request', async () => {
    const port = await freePort();
    const { child, exited } = await startApi(database.url, port);
    const base = `http://127.0.0.1:${port}`;
    let blocker: QueryRunner | null = null;
    try {
      const login = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
          variables: { e: programme.email, p: PASSWORD },
        }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      expect(cookie).toMatch(/^officebench_session=./);

      const file = bulkCsv(programme);
      const send = (dryRun: boolean) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(file)]), 'dziesiec-tysiecy.csv');
        return fetch(`${base}/api/import?periodId=${programme.periodId}&dryRun=${dryRun}`, {
          method: 'POST',
          body: form,
          headers: { Cookie: cookie, 'Idempotency-Key': 'kill-test' },
        });
      };
      // the file is valid: a dry run finds its 10,000 values and no problem
      const dry = await send(true);
      expect(await dry.json()).toMatchObject({ applied: false, dryRun: true, rows: 10_000, values: 10_000, errors: [] });

      // Hold the audit log so that the import, once it has written its values, waits inside its transaction.
      blocker = owner.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      await blocker.query(`LOCK TABLE audit_log IN SHARE MODE`);
      const real = send(false).then(
        (response) => `answered ${response.status}`,
        (error: Error) => `failed: ${error.message}`,
      );
      // the import's transaction has written into submission_value and now waits to write its audit rows
      await waitForRow(
        owner,
        `SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE a.datname = current_database() AND a.usename = 'officebench_app'
            AND l.relation = 'submission_value'::regclass AND l.mode = 'RowExclusiveLock' AND l.granted
            AND EXISTS (SELECT 1 FROM pg_locks w WHERE w.pid = l.pid AND w.relation = 'audit_log'::regclass AND NOT w.granted)`,
        [],
        60_000,
      );
      const [{ count: createdInTransaction }] = await owner.query(
        `SELECT count(*)::int AS count FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE a.datname = current_database() AND a.usename = 'officebench_app' AND l.locktype = 'transactionid' AND l.mode = 'ExclusiveLock'`,
      );
      expect(createdInTransaction).toBeGreaterThanOrEqual(1);

      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect(await real).toMatch(/^failed: /);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await blocker?.rollbackTransaction();
      await blocker?.release();
    }

    // PostgreSQL notices the dead client and rolls its transaction back: wait until its connections are gone
    await waitForRow(
      owner,
      `SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND usename = 'officebench_app')`,
      [],
      60_000,
    );
    const [left] = await owner.query(
      `SELECT (SELECT count(*) FROM submission WHERE programme_id = $1)::int AS submissions,
              (SELECT count(*) FROM submission_value v JOIN submission s ON s.id = v.submission_id WHERE s.programme_id = $1)::int AS values,
              (SELECT count(*) FROM audit_log WHERE programme_id = $1 OR actor_user_id = $2)::int AS audit,
              (SELECT count(*) FROM import_request WHERE user_id = $2)::int AS keys`,
      [programme.programmeId, programme.userId],
    );
    expect(left).toEqual({ submissions: 0, values: 0, audit: 0, keys: 0 });
  }, 120_000);
});
