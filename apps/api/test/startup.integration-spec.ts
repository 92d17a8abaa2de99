import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** The built API as a user starts it: a wrong setting or a busy port ends it with one clear line. */
const MAIN = join(__dirname, '../../../dist/apps/api/main.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function startApi(env: Record<string, string>, stopWhenReady = false): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env } });
    const run: Run = { code: null, stdout: '', stderr: '' };
    child.stdout.on('data', (chunk) => {
      run.stdout += chunk;
      if (stopWhenReady && run.stdout.includes('OfficeBench is running at')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk) => (run.stderr += chunk));
    child.on('exit', (code) => resolve({ ...run, code }));
  });
}

function listenOnFreePort(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, () => resolve(server));
  });
}

const portOf = (server: Server) => (server.address() as { port: number }).port;

describe('starting the built API', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx run api:build\` (nx runs it before api:test).`);
    database = await createTestDatabase();
  });

  afterAll(() => database.drop());

  const oneLine = (run: Run) => run.stderr.trim().split('\n');

  it.each([
    [{ DATABASE_URL: 'not a url' }, 'OfficeBench could not start: DATABASE_URL is not a valid URL'],
    [{ PORT: 'eighty' }, 'OfficeBench could not start: PORT must be a whole number from 1 to 65535 (got "eighty").'],
    [{ DATABASE_URL: '' }, 'OfficeBench could not start: DATABASE_URL is not set'],
  ])('stops on a bad setting %j', async (override, message) => {
    const run = await startApi({ DATABASE_URL: database.url, ...override });
    expect(run.code).toBe(1);
    expect(oneLine(run)).toEqual([expect.stringContaining(message)]);
  });

  it('stops when nothing listens at DATABASE_URL', async () => {
    const closed = await listenOnFreePort();
    const port = portOf(closed);
    await new Promise((done) => closed.close(done));
    const run = await startApi({ DATABASE_URL: `postgres://u:secret-pw@127.0.0.1:${port}/officebench` });
    expect(run.code).toBe(1);
    expect(oneLine(run)).toEqual([
      `OfficeBench could not start: cannot connect to PostgreSQL at 127.0.0.1:${port}/officebench: connection refused (is PostgreSQL running there?). Check DATABASE_URL.`,
    ]);
    expect(run.stderr).not.toContain('secret-pw');
  });

  it('stops when the database refuses the password', async () => {
    const url = new URL(database.url);
    url.password = 'wrong-password';
    const run = await startApi({ DATABASE_URL: url.toString() });
    expect(run.code).toBe(1);
    expect(oneLine(run)).toEqual([
      expect.stringMatching(/^OfficeBench could not start: cannot connect to PostgreSQL at .*: password authentication failed/),
    ]);
  });

  it('stops when its port is in use', async () => {
    const busy = await listenOnFreePort();
    try {
      const run = await startApi({ DATABASE_URL: database.url, PORT: String(portOf(busy)) });
      expect(run.code).toBe(1);
      expect(oneLine(run)).toEqual([
        `OfficeBench could not start: port ${portOf(busy)} is already in use: stop the other program or set PORT to a free port.`,
      ]);
    } finally {
      busy.close();
    }
  });

  it('starts, prints its one URL, and stops cleanly on SIGTERM', async () => {
    const free = await listenOnFreePort();
    const port = portOf(free);
    await new Promise((done) => free.close(done));
    const run = await startApi({ DATABASE_URL: database.url, PORT: String(port) }, true);
    expect(run.stdout.trim()).toBe(`OfficeBench is running at http://localhost:${port}/`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
