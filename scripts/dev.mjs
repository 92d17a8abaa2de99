// `npm run dev`: the API (rebuilt on each start, demo data on) against the embedded PostgreSQL in
// .data/pg, and the Vite dev server with hot reload that proxies /graphql to it. Ctrl-C stops all.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { couldNotStart, startEmbeddedPostgres } from './embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** @type {NodeJS.ProcessEnv} */
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NODE_ENV: 'development',
  DEMO_DATA: process.env.DEMO_DATA ?? 'true',
  PORT: process.env.PORT ?? '3000',
};
const database = env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: join(root, '.data/pg') }).catch(couldNotStart);
if (database) env.DATABASE_URL = database.url;
env.API_URL = `http://localhost:${env.PORT}`;

const children = ['api:serve', 'web:serve'].map((target) =>
  spawn('npx', ['nx', 'run', target, '--outputStyle=stream'], { cwd: root, env, stdio: 'inherit' }),
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : null)));
  await database?.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
for (const child of children) child.on('exit', stop);
