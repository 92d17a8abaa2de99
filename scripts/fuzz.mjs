// `npm run fuzz`: the long run of the project's GraphQL fuzzer (apps/api/test/support/schema-fuzz.cjs, the
// same generator as apps/api/test/fuzz.integration-spec.ts) against a running product on this machine.
//
//   npm start                       # in another terminal (better on a throw-away database:
//                                   #   OFFICEBENCH_DATA_DIR=$(mktemp -d) npm start — the fuzzer's
//                                   #   mutations change the demo data)
//   npm run fuzz -- --minutes 10 --seed 42 --out tmp/fuzz-failures.json
//
// BASE_URL (default http://localhost:3000) must be this machine. Sends the protocol cases once, then
// generated requests (batches of --batch, seeds seed, seed+1, …) as anonymous, a coordinator and the lead
// until --minutes or --max-requests is reached. Prints the counts by HTTP status and by error code and the
// failures grouped; writes every failure to --out; exits 1 on any failure (5xx, internal error text, an
// answer slower than 1 s, /health not 200), 2 when it could not run.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const fuzz = require('../apps/api/test/support/schema-fuzz.cjs');

const usage = `usage: npm run fuzz -- [--minutes 10] [--seed N] [--max-requests 100000] [--batch 200] [--out tmp/fuzz-failures.json]
BASE_URL=${process.env.BASE_URL ?? 'http://localhost:3000'} (only this machine)`;

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      minutes: { type: 'string', default: '10' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000_000) },
      'max-requests': { type: 'string', default: '100000' },
      batch: { type: 'string', default: '200' },
      out: { type: 'string', default: 'tmp/fuzz-failures.json' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${/** @type {Error} */ (error).message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const number = (name, min) => {
  const value = Number(options[name]);
  if (!Number.isFinite(value) || value < min) {
    console.error(`--${name} must be a number ≥ ${min} (got ${JSON.stringify(options[name])}).\n${usage}`);
    process.exit(2);
  }
  return value;
};
const minutes = number('minutes', 0);
const seed = Math.trunc(number('seed', 0));
const maxRequests = Math.trunc(number('max-requests', 1));
const batch = Math.trunc(number('batch', 1));
const out = resolve(options.out);

const baseUrl = process.env.BASE_URL ?? 'http://localhost:3000';
let url;
try {
  url = new URL(baseUrl);
} catch {
  console.error(`BASE_URL is not a URL: ${baseUrl}`);
  process.exit(2);
}
if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
  console.error(`The fuzzer only talks to this machine; BASE_URL names ${url.hostname}.`);
  process.exit(2);
}

const health = await fuzz.send(baseUrl, { method: 'GET', path: '/health' }, { timeoutMs: 5000 });
if (health.status !== 200) {
  console.error(`Nothing healthy at ${baseUrl} (/health: ${health.error ?? `HTTP ${health.status}`}). Start the product first: npm start`);
  process.exit(2);
}

const cookies = {};
const callers = ['anonymous'];
for (const [caller, email] of Object.entries(fuzz.DEMO_ACCOUNTS)) {
  try {
    cookies[caller] = await fuzz.signIn(baseUrl, email);
    callers.push(caller);
  } catch (error) {
    console.warn(`Not fuzzing as ${caller}: ${/** @type {Error} */ (error).message.slice(0, 200)}`);
  }
}
const pools =
  cookies.lead && cookies.coordinator ? await fuzz.collectPools(baseUrl, { lead: cookies.lead, coordinator: cookies.coordinator }) : {};
console.log(`Fuzzing ${baseUrl} as ${callers.join(', ')} for up to ${minutes} min / ${maxRequests} requests, seed ${seed}.`);
console.warn('The mutations change the data of this product (use a throw-away database).');

/** Signs a caller in again after a fuzzed logout; when the login rate limit refuses, it is anonymous until the next batch. */
const signedOut = new Set();
const signInAgain = async (caller) => {
  try {
    cookies[caller] = await fuzz.signIn(baseUrl, fuzz.DEMO_ACCOUNTS[caller]);
    signedOut.delete(caller);
  } catch {
    cookies[caller] = undefined;
    signedOut.add(caller);
  }
};
const runOptions = {
  baseUrl: () => baseUrl,
  cookieFor: (caller) => cookies[caller],
  signIn: signInAgain,
  // An API that stopped answering cannot be restarted from here: /health gets one more minute.
  recover: async () => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline)
      if ((await fuzz.send(baseUrl, { method: 'GET', path: '/health' }, { timeoutMs: 5000 })).status === 200) return true;
    return false;
  },
  healthEvery: 50,
};

/** @type {{ failures: any[], byStatus: Record<string, number>, byCode: Record<string, number>, succeeded: Record<string, number>, slowest: { ms: number, operation: string }, sent: number, stopped: string | undefined }} */
const total = { failures: [], byStatus: {}, byCode: {}, succeeded: {}, slowest: { ms: 0, operation: '' }, sent: 0, stopped: undefined };
const add = (result) => {
  total.failures.push(...result.failures);
  for (const key of ['byStatus', 'byCode', 'succeeded'])
    for (const [k, n] of Object.entries(result[key])) total[key][k] = (total[key][k] ?? 0) + n;
  if (result.slowest.ms > total.slowest.ms) total.slowest = result.slowest;
  total.sent += result.sent;
  total.stopped ??= result.stopped;
};

let interrupted = false;
process.once('SIGINT', () => (interrupted = true));
const endAt = Date.now() + minutes * 60_000;
const started = Date.now();

add(await fuzz.runCases(fuzz.protocolCases(), { ...runOptions, healthEvery: 10 }));
for (let round = 0; !total.stopped && !interrupted && Date.now() < endAt && total.sent < maxRequests; round++) {
  for (const caller of [...signedOut]) await signInAgain(caller);
  const cases = fuzz
    .generateRequests({ seed: seed + round, numRuns: Math.min(batch, maxRequests - total.sent), pools, callers })
    // A signed-in logout would need a new sign-in each time, which the per-account login limit soon
    // refuses; the jest spec (limits lifted) covers it, here it goes anonymous.
    .map((request) => ({
      operation: request.operation,
      caller: request.operation === 'logout' ? 'anonymous' : request.caller,
      http: fuzz.toHttp(request),
    }));
  add(await fuzz.runCases(cases, runOptions));
  const progress = `${total.sent} requests, ${total.failures.length} failures, ${Math.round((Date.now() - started) / 1000)} s`;
  if (process.stdout.isTTY) process.stdout.write(`\r${progress} `);
  else if (round % 25 === 24) console.log(progress);
}
if (process.stdout.isTTY) process.stdout.write('\n');

const sorted = (counts) => Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
console.log(
  `Sent ${total.sent} requests in ${Math.round((Date.now() - started) / 1000)} s (seed ${seed}); slowest ${total.slowest.ms} ms (${total.slowest.operation}).`,
);
console.log('By HTTP status:', sorted(total.byStatus));
console.log('By error code:', sorted(total.byCode));
const never = fuzz
  .rootFields(fuzz.loadSchema())
  .map(({ field }) => field.name)
  .filter((name) => !total.succeeded[name]);
console.log(`Operations that never succeeded (every answer an error): ${never.join(', ') || 'none'}`);
if ((total.byStatus[429] ?? 0) > total.sent / 5) {
  console.log(
    'Many answers were 429: start the product with higher limits (e.g. QUERIES_PER_IP, LOGIN_ATTEMPTS_PER_IP) to fuzz past them.',
  );
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ baseUrl, seed, sent: total.sent, stopped: total.stopped, byStatus: total.byStatus, byCode: total.byCode, succeeded: total.succeeded, failures: total.failures }, null, 2)}\n`,
);
const report = fuzz.formatReport(total.failures, { title: 'fuzz', seed, stopped: total.stopped });
if (report) {
  console.log(`\n${report}\n\nEvery failure is in ${out}.`);
  process.exit(1);
}
console.log(`No failures (the summary is in ${out}).`);
