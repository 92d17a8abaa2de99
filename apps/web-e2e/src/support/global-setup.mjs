import { startServer } from './server.mjs';

export default async function globalSetup() {
  const server = await startServer();
  globalThis.officeBenchE2eServer = server; // read by global-teardown.mjs (same process)
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_SERVER_LOG = server.logFile;
}
