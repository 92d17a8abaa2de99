import { stopServer } from './server.mjs';

export default async function globalTeardown() {
  if (globalThis.officeBenchE2eServer) await stopServer(globalThis.officeBenchE2eServer);
}
