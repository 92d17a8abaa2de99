// Helpers the benchmarks share (not tests): the database, the API process (optionally instrumented), HTTP
// and GraphQL, closed-loop load, CPU per process from /proc, V8 profile summaries.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../scripts/embedded-db.mjs';

/** The repository's root folder. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(import.meta.url);
/** A module of the built API (`npx nx run api:build`), e.g. dist('database/open-database.js'). */
export const dist = (path) => requireFromRoot(join(root, 'dist/apps/api', path));
export const log = (...args) => console.error(...args);

/** The middle value (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs `work` with a connected client of `url`, then closes it. */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A data module run as a script (`DATABASE_URL=… node benchmarks/<data>.mjs [n] [m]`): prepares the
 * database as the built API does (migrations, demo data), then `load(client, numbers)` loads the data
 * set and returns a line saying what it loaded. Does nothing when the module is imported.
 */
export function runLoaderAsScript(moduleUrl, load) {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  (async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL is not set');
    const { prepareDatabase } = dist('database/open-database.js');
    await prepareDatabase({ databaseUrl, appDatabaseUrl: null, demoData: true });
    const started = performance.now();
    const summary = await withClient(databaseUrl, (client) => load(client, process.argv.slice(2).map(Number)));
    console.log(`${summary} in ${Math.round((performance.now() - started) / 1000)} s.`);
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Size and summary: how `npm run bench` (benchmarks/bench.mjs) runs each benchmark and collects its figures.

/** The sizes a benchmark runs at: `quick`, a check that it works (seconds to minutes), and `national`, the figures. */
export const SIZES = ['quick', 'national'];

/** `--size quick|national` (or `--size=…`) on the command line, else BENCH_SIZE, else national. */
export function benchSize(argv = process.argv, env = process.env) {
  const at = argv.indexOf('--size');
  const size =
    at >= 0 ? argv[at + 1] : (argv.find((arg) => arg.startsWith('--size='))?.slice('--size='.length) ?? env.BENCH_SIZE ?? 'national');
  if (!SIZES.includes(String(size))) throw new Error(`--size must be one of ${SIZES.join(', ')}, not ${size}`);
  return /** @type {'quick' | 'national'} */ (size);
}

/** This process's size. */
export const SIZE = benchSize();

/** A numeric setting: the environment variable `name` when set, else its default at this size. */
export function numberSetting(name, /** @type {{ quick: number, national: number }} */ defaults) {
  const value = process.env[name];
  return value === undefined || value === '' ? defaults[SIZE] : Number(value);
}

/** A text setting: the environment variable `name` when set, else its default at this size. */
export function textSetting(name, /** @type {{ quick: string, national: string }} */ defaults) {
  const value = process.env[name];
  return value === undefined || value === '' ? defaults[SIZE] : value;
}

/**
 * Hands a benchmark's summary to bench.mjs: written as JSON to the file BENCH_SUMMARY_FILE names, when set
 * (a benchmark run alone prints its Markdown report only).
 * @param {{ benchmark: string, postgres: string, rows: import('./summary.mjs').SummaryRow[] }} summary
 */
export function writeSummary(summary) {
  const file = process.env.BENCH_SUMMARY_FILE;
  if (file) writeFileSync(file, `${JSON.stringify({ ...summary, size: SIZE }, null, 2)}\n`);
}

export const fmt = (value, digits = 0) =>
  value === undefined || value === null || Number.isNaN(value)
    ? '–'
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

// ---------------------------------------------------------------------------------------------------------
// CPU per process, from /proc (Linux): the API, PostgreSQL's processes (the postmaster's children), and us.

export const TICKS_PER_SECOND = 100;
export function cpuTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

export function postgresPids(postmasterPid) {
  if (!postmasterPid) return [];
  const pids = [postmasterPid];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    if (cpuTicks(entry)?.ppid === postmasterPid) pids.push(Number(entry));
  }
  return pids;
}

/** Busy CPU ticks of the whole machine (every process, ours and anyone else's). */
export function machineBusyTicks() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user): all but idle and iowait
  return fields.reduce((a, b) => a + b, 0) - fields[3] - fields[4];
}

/** CPU seconds used by each group of processes between two snapshots. */
export function cpuSnapshot(groups) {
  const snapshot = { machine: machineBusyTicks() };
  for (const [name, pids] of Object.entries(groups)) {
    snapshot[name] = new Map(pids().map((pid) => [pid, cpuTicks(pid)?.ticks ?? 0]));
  }
  return snapshot;
}
export function cpuSince(before, groups, seconds) {
  const after = cpuSnapshot(groups);
  const used = {};
  for (const name of Object.keys(groups)) {
    let ticks = 0;
    for (const [pid, now] of after[name]) ticks += now - (before[name].get(pid) ?? 0);
    used[name] = ticks / TICKS_PER_SECOND / seconds;
  }
  // What else ran on the machine meanwhile (other people's work on a shared machine shows here).
  used.other = Math.max(
    0,
    (after.machine - before.machine) / TICKS_PER_SECOND / seconds - Object.keys(groups).reduce((a, name) => a + used[name], 0),
  );
  return used;
}

/** Waits (up to quietWaitS) until processes other than ours used under 0.25 cores over 2 s; returns what they used last. */
export async function waitForQuiet(groups, quietWaitS) {
  const deadline = performance.now() + quietWaitS * 1000;
  for (;;) {
    const before = cpuSnapshot(groups);
    await new Promise((done) => setTimeout(done, 2000));
    const { other } = cpuSince(before, groups, 2);
    if (other < 0.25 || performance.now() >= deadline) return other;
    log(`  other processes use ${other.toFixed(2)} cores; waiting for a quieter machine ...`);
  }
}

/**
 * Waits for a quiet machine, then runs `load` with the closed loop's measure hooks and adds the CPU the
 * groups used while it measured (over `seconds`) to its result as `cpu`.
 */
export async function measureWithCpu(groups, { quietWaitS, seconds }, load) {
  await waitForQuiet(groups, quietWaitS);
  let before = cpuSnapshot(groups);
  let cpu = null;
  const measured = await load({
    onMeasureStart: () => (before = cpuSnapshot(groups)),
    onMeasureEnd: () => (cpu = cpuSince(before, groups, seconds)),
  });
  return Object.assign(measured, { cpu });
}

// ---------------------------------------------------------------------------------------------------------
// The API process, and the preload that instruments the second one.

/**
 * Preloaded into the instrumented API process only (never into the one measured). Wraps pg's Client#query
 * and Pool#connect; on messages over the IPC channel it records the statements of one request (text,
 * parameters, duration) or, under load, the totals: statements, their time, pool waits, event-loop use.
 */
export const SQL_HOOK = String.raw`
const { performance } = require('node:perf_hooks');
const inspector = require('node:inspector');
const pg = require(require.resolve('pg', { paths: [process.env.BENCH_ROOT] }));
let capture = null;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  if (!capture) return query.apply(this, arguments);
  const text = typeof config === 'string' ? config : config && config.text;
  const params = typeof config === 'string' ? values : (config && config.values) || (Array.isArray(values) ? values : undefined);
  const started = performance.now();
  const record = () => capture && capture.push({ text, params: Array.isArray(params) ? params : [], ms: performance.now() - started });
  if (typeof callback === 'function') return query.call(this, config, values, (...args) => { record(); callback(...args); });
  if (typeof values === 'function') return query.call(this, config, (...args) => { record(); values(...args); });
  const result = query.apply(this, arguments);
  if (result && typeof result.then === 'function') result.then(record, record);
  return result;
};
let session = null;
let elu = null;
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
process.on('message', async (message) => {
  if (message === 'capture-start') { capture = []; process.send({ ok: message }); }
  else if (message === 'capture-stop') { process.send({ statements: capture }); capture = null; }
  else if (message === 'cpu-start') {
    session = new inspector.Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
    elu = performance.eventLoopUtilization();
    process.send({ ok: message });
  } else if (message === 'cpu-stop') {
    const { profile } = await post('Profiler.stop');
    const utilisation = performance.eventLoopUtilization(elu).utilization;
    session.disconnect();
    process.send({ profile, utilisation });
  }
});
`;

/**
 * The built API (dist/apps/api/main.js) as a child process, as `npm start` runs it, with `env` added to its
 * environment; `instrumented` preloads SQL_HOOK and opens an IPC channel to it (see `ask`).
 */
export function startApi(databaseUrl, port, { instrumented = false, env = {} } = {}) {
  let hookDir = null;
  const args = [join(root, 'dist/apps/api/main.js')];
  if (instrumented) {
    hookDir = mkdtempSync(join(tmpdir(), 'officebench-bench-hook-'));
    writeFileSync(join(hookDir, 'sql-hook.cjs'), SQL_HOOK);
    args.unshift('--require', join(hookDir, 'sql-hook.cjs'));
  }
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        BENCH_ROOT: root,
        // A benchmark measures speed, not the per-account and per-address query limits.
        QUERIES_PER_ACCOUNT: '10000000',
        QUERIES_PER_IP: '10000000',
        ...env,
      },
      stdio: /** @type {import('node:child_process').StdioOptions} */ (['ignore', 'pipe', 'inherit', ...(instrumented ? ['ipc'] : [])]),
    });
    /** @type {any} */ (child).hookDir = hookDir;
    /** @type {import('node:stream').Readable} */ (child.stdout).on('data', (chunk) => {
      if (String(chunk).includes('OfficeBench is running at')) resolvePromise(child);
    });
    child.on('exit', (code) => reject(new Error(`the API stopped (${code})`)));
  });
}

export async function stopApi(api) {
  api.removeAllListeners('exit');
  const exited = new Promise((done) => api.once('exit', done));
  api.kill('SIGTERM');
  await exited;
  if (api.hookDir) rmSync(api.hookDir, { recursive: true, force: true });
}

export function ask(api, message) {
  return new Promise((resolvePromise) => {
    api.once('message', resolvePromise);
    api.send(message);
  });
}

export const peakRss = (pid) => {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
};

/** Where a path belongs: an npm package, the API's own code (by folder), the domain library, Node itself. */
export function packageOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(V8 builtins)';
  const path = url.replace(/^file:\/\//, '');
  const nodeModules = path.lastIndexOf('node_modules/');
  if (nodeModules >= 0) {
    const [scope, name] = path.slice(nodeModules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const api = path.indexOf('/dist/apps/api/');
  if (api >= 0)
    return `API: ${
      path
        .slice(api + '/dist/apps/api/'.length)
        .split('/')
        .slice(0, -1)
        .join('/') || '.'
    }`;
  if (path.includes('/libs/domain/')) return '@officebench/domain';
  if (path.startsWith('node:')) return 'Node.js core';
  return path;
}

/** Self time by package and by function from a V8 CPU profile; shares of the busy (non-idle) time. */
export function summariseProfile(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byPackage = new Map();
  const byFunction = new Map();
  let busyMs = 0;
  for (const [id, ms] of self) {
    const frame = nodes.get(id);
    if (frame.functionName === '(idle)') continue;
    busyMs += ms;
    const name = packageOf(frame.url, frame.functionName);
    byPackage.set(name, (byPackage.get(name) ?? 0) + ms);
    const where = frame.url ? `${name} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : name;
    const key = `${frame.functionName || '(anonymous)'}|${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const ranked = (map, shape) => [...map].sort((a, b) => b[1] - a[1]).map(([key, ms]) => ({ ...shape(key), ms, share: ms / busyMs }));
  return {
    busyMs,
    byPackage: ranked(byPackage, (name) => ({ name })),
    byFunction: ranked(byFunction, (key) => {
      const [name, where] = key.split('|');
      return { name, where };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// HTTP: keep-alive connections, one per client, as a browser's would be.

export function post(agent, port, path, body, headers = {}) {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolvePromise({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function graphql(agent, port, query, variables, cookie) {
  const response = await post(agent, port, '/graphql', JSON.stringify({ query, variables }), cookie ? { Cookie: cookie } : {});
  const body = JSON.parse(response.body);
  if (response.status !== 200 || body.errors) throw new Error(`GraphQL failed: ${response.status} ${response.body.slice(0, 500)}`);
  return { data: body.data, headers: response.headers };
}

export async function signIn(agent, port, email, password) {
  const response = await post(
    agent,
    port,
    '/graphql',
    JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  );
  const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0];
  if (response.status !== 200 || !cookie.includes('='))
    throw new Error(`sign-in of ${email} failed: ${response.status} ${response.body.slice(0, 300)}`);
  return cookie;
}

/**
 * A closed loop: `concurrency` clients, each sending its next request when the last one answered, for
 * warm-up + duration seconds. Latencies of requests started after the warm-up; throughput from the
 * requests completed inside the measured window. onMeasureStart / onMeasureEnd run at the window's edges
 * (for CPU snapshots), while the load is still on.
 */
export async function closedLoop({ concurrency, warmupS, durationS, op, onMeasureStart, onMeasureEnd }) {
  const latencies = [];
  let errors = 0;
  /** @type {any} */
  let firstError = null;
  let completedInWindow = 0;
  const start = performance.now();
  const measureFrom = start + warmupS * 1000;
  const until = measureFrom + durationS * 1000;
  const edges = [setTimeout(() => onMeasureStart?.(), warmupS * 1000), setTimeout(() => onMeasureEnd?.(), (warmupS + durationS) * 1000)];
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async (_, client) => {
        for (let i = 0; ; i++) {
          const t0 = performance.now();
          if (t0 >= until) return;
          try {
            await op(client, i);
          } catch (error) {
            errors += 1;
            firstError ??= error;
            if (errors > 1000) throw firstError;
            continue;
          }
          const t1 = performance.now();
          if (t0 >= measureFrom) latencies.push(t1 - t0);
          if (t1 >= measureFrom && t1 <= until) completedInWindow += 1;
        }
      }),
    );
  } finally {
    edges.forEach(clearTimeout);
  }
  latencies.sort((a, b) => a - b);
  if (errors > 0) log(`  ${errors} failed requests; the first: ${firstError?.message ?? firstError}`);
  return {
    requests: latencies.length,
    errors,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
    rps: completedInWindow / durationS,
  };
}

/**
 * A database for a benchmark: with DATABASE_URL a new database on that server (dropped on stop); with
 * BENCH_DATA_DIR an embedded server on that folder, kept between runs; otherwise a throw-away embedded
 * server. postmasterPid is the embedded server's (for its processes' CPU), null for DATABASE_URL.
 */
export async function openServer() {
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    const name = `officebench_bench_${randomBytes(4).toString('hex')}`;
    await withClient(admin.toString(), (client) => client.query(`CREATE DATABASE ${name}`));
    admin.pathname = `/${name}`;
    return {
      url: admin.toString(),
      postmasterPid: null,
      stop: () => withClient(process.env.DATABASE_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    };
  }
  const kept = process.env.BENCH_DATA_DIR;
  const parent = kept ? null : mkdtempSync(join(tmpdir(), 'officebench-bench-pg-'));
  if (parent) chmodSync(parent, 0o755);
  const dataDir = kept ? resolve(kept) : join(/** @type {string} */ (parent), 'data');
  const server = await startEmbeddedPostgres({ dataDir, database: 'officebench_bench' });
  return {
    url: server.url,
    postmasterPid: Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]),
    stop: async () => {
      await server.stop();
      if (parent) rmSync(parent, { recursive: true, force: true });
    },
  };
}
