// @ts-check
'use strict';
/**
 * startTestApi() in a process of its own, listening on 127.0.0.1 (a free port), for the fuzz spec: a
 * request that keeps the API's event loop busy (an exponential document, say) then fails that spec with a
 * timeout, and the process can be killed and started again, instead of freezing jest itself.
 *
 * Run by support/api-process.ts: `node api-process.cjs`, with FUZZ_API_OPTIONS (JSON TestApiOptions,
 * usually with databaseUrl) and DATABASE_URL in the environment. Prints `READY <port>` once it listens;
 * closes on SIGTERM. The TypeScript sources are compiled on the fly with the SWC settings jest uses.
 */
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const swc = require('@swc/core');

const root = join(__dirname, '..', '..', '..', '..');
const preset = require(join(root, 'jest.preset.cjs'));
const [, swcOptions] = preset.transform['^.+\\.(t|j)sx?$'];

// require.extensions is deprecated, yet still the way to teach require() an extension (as ts-node does).
require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  module._compile(code, filename);
};
/** The same mapping jest makes: the domain library from its sources. */
const domain = join(root, 'libs/domain/src/index.ts');
// @ts-expect-error _resolveFilename is Node's internal resolver, patched as jest's moduleNameMapper would.
const resolveFilename = Module._resolveFilename;
// @ts-expect-error see above
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === '@officebench/domain' ? domain : request, ...rest);
};

const { startTestApi } = require('./test-api.ts');

(async () => {
  const api = await startTestApi(JSON.parse(process.env.FUZZ_API_OPTIONS ?? '{}'));
  await api.app.listen(0, '127.0.0.1');
  const address = api.app.getHttpServer().address();
  process.stdout.write(`READY ${address.port}\n`);
  process.once('SIGTERM', () => {
    api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
})().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
