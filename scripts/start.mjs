// `npm start` after the build: runs the built API (which also serves the built dashboard) on one port.
// Without DATABASE_URL it starts an embedded PostgreSQL whose data stays in .data/pg (or
// OFFICEBENCH_DATA_DIR), loads the demo programme, and stops the database when the API stops.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = join(root, 'dist/apps/api/main.js');
const webDist = join(root, 'dist/apps/web');

if (!existsSync(apiMain) || !existsSync(join(webDist, 'index.html'))) {
  console.error('OfficeBench is not built yet: run `npm start` (it builds first) or `npx nx run-many -t build`.');
  process.exit(1);
}

/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production', WEB_DIST: process.env.WEB_DIST ?? webDist };
let database;
if (!env.DATABASE_URL) {
  const dataDir = resolve(env.OFFICEBENCH_DATA_DIR ?? join(root, '.data/pg'));
  try {
    database = await startEmbeddedPostgres({ dataDir });
  } catch (error) {
    console.error(`Could not start the embedded PostgreSQL in ${dataDir}: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
    process.exit(1);
  }
  env.DATABASE_URL = database.url;
  env.DEMO_DATA = env.DEMO_DATA ?? 'true';
  console.log(`Embedded PostgreSQL started (data in ${dataDir}).`);
}

const api = spawn(process.execPath, [apiMain], { env, stdio: 'inherit' });

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (api.exitCode === null && api.signalCode === null) {
    api.kill('SIGTERM');
    await new Promise((done) => api.once('exit', done));
  }
  if (database) await database.stop();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
api.on('exit', (code, signal) => stop(code ?? (signal ? 1 : 0)));
