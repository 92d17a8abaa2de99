// `npm run admin -- <command>`: builds the API if needed and runs its admin command line
// (apps/api/src/cli/admin.ts). Without DATABASE_URL it uses the embedded database of `npm start`:
// the running one, or it starts it for the moment.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { couldNotStart, runningEmbeddedUrl, startEmbeddedPostgres } from './embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(`Could not build the API:\n${build.stdout}${build.stderr}`);
  process.exit(1);
}

const env = { ...process.env };
let database;
if (!env.DATABASE_URL) {
  const dataDir = resolve(env.OFFICEBENCH_DATA_DIR ?? join(root, '.data/pg'));
  env.DATABASE_URL = runningEmbeddedUrl(dataDir) ?? undefined;
  if (!env.DATABASE_URL) {
    database = await startEmbeddedPostgres({ dataDir }).catch(couldNotStart);
    env.DATABASE_URL = database.url;
  }
}
const cli = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli/admin.js'), ...process.argv.slice(2)], { env, stdio: 'inherit' });
if (database) await database.stop();
process.exit(cli.status ?? 1);
