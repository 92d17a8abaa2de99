// One PostgreSQL server for the whole run: the embedded one, unless DATABASE_URL names a server.
// Each test file then creates its own throw-away database on it (support/test-database.ts).
import { startEmbeddedPostgres } from '../../../scripts/embedded-db.mjs';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) return;
  const server = await startEmbeddedPostgres();
  globalThis.__officebenchPostgres = server;
  process.env.DATABASE_URL = server.url;
}
