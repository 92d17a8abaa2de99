// Measured first-screen time of the comparison page (issue 16), not a test: `npm run bench:first-screen`
// builds the API and the dashboard and runs this (about 2 minutes).
//
// It starts the built product as a user does (`node scripts/start.mjs`, NODE_ENV=production) on an empty
// temporary data folder (an embedded PostgreSQL with the demo programme), launches Debian's Chromium through
// playwright-core (headless, the browser journeys' flags), signs in as a demo coordinator through the API
// and finds the office's comparison page (/programmes/:id/offices/:officeId/comparison) from the page the
// coordinator lands on. Then, at each window size, BENCH_RUNS times (after one load not counted, which
// warms the server up):
//   - cold: a fresh browser context (empty HTTP cache, the session's cookie) opens the page's address;
//   - warm: the same tab opens the address again (scripts from the HTTP cache).
//
// "Usable" (the first screen), measured in the page from navigation start (performance.now()):
//   1. shown: the first animation frame at which `main` holds a visible `h1` with text AND a visible result:
//      a `table` with at least one body row, or an `svg` at least 100 x 60 px (a chart, not an icon), both
//      with a non-empty box (not necessarily inside the window; the table says whether it was);
//   2. usable: the earliest time T from "shown" on such that no long task (PerformanceObserver 'longtask',
//      main-thread tasks over 50 ms) runs in [T, T + 200 ms) — a long task in progress or starting within
//      200 ms of T moves T to its end.
// Also: the longest long task and the total blocking time (the sum over long tasks of their time above
// 50 ms) from navigation start to "usable"; the JavaScript the page had loaded by then (resource timing:
// bytes on the wire and decoded); and, fetched apart with node:http, the same scripts as the server sends
// them uncompressed, gzipped and with brotli.
//
// The page's markup is read only through `main`, `h1`, `table`/`tbody tr` and `svg`, so that the script
// measures the redesigned page as well as the old one.
//
// Settings: BENCH_RUNS (5), BENCH_VIEWPORTS ("1366x900,390x844"), BENCH_COORDINATOR (1: coordinator.1,
// Urząd Miasta Dzierżoniów), BENCH_QUIET_MS (200), BENCH_TIMEOUT_S (60 per load), CHROMIUM_PATH
// (/usr/bin/chromium), WEB_DIST (the dashboard's build folder, default dist/apps/web). Prints Markdown for
// docs/benchmarks.md.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort } from '../scripts/embedded-db.mjs';
import { fmt, log, median, root } from './support.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEWPORTS = (process.env.BENCH_VIEWPORTS ?? '1366x900,390x844').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { width, height };
});
const COORDINATOR = `coordinator.${process.env.BENCH_COORDINATOR ?? 1}@demo.officebench.local`;
const PASSWORD = 'officebench-demo';
const QUIET_MS = Number(process.env.BENCH_QUIET_MS ?? 200);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 60) * 1000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// As apps/web-e2e/src/support/browser.ts launches it.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const OFFICE_PATH = /^\/programmes\/[^/]+\/offices\/[^/]+$/;

/**
 * Runs in the page before its own scripts (addInitScript; a string, being browser code): records long tasks
 * and, once the first screen is shown, when it became usable; `window.__firstScreen.done` is set when the
 * quiet window has passed.
 */
const INSTRUMENT = String.raw`(() => {
  const quietMs = ${QUIET_MS};
  const timeoutMs = ${TIMEOUT_MS};
  const state = { longTasks: [], shownAt: null, usableAt: null, done: false, failed: null, resultInWindow: null };
  window.__firstScreen = state;
  const record = (entries) => {
    for (const entry of entries) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  const visible = (element, minWidth = 1, minHeight = 1) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width >= minWidth && box.height >= minHeight && style.visibility !== 'hidden' && style.display !== 'none';
  };
  // The first screen's result: a table with a body row, or a chart (an svg of 100 x 60 px at least), in main under a visible h1.
  const result = () => {
    const main = document.querySelector('main');
    if (!main) return null;
    const heading = main.querySelector('h1');
    if (!heading || !heading.textContent.trim() || !visible(heading)) return null;
    const table = [...main.querySelectorAll('table')].find((candidate) => candidate.querySelector('tbody tr') && visible(candidate));
    if (table) return table;
    return [...main.querySelectorAll('svg')].find((candidate) => visible(candidate, 100, 60)) ?? null;
  };
  // The earliest T >= shown with no long task running in [T, T + quiet).
  const usableFrom = (shown) => {
    let time = shown;
    for (;;) {
      const blocking = state.longTasks.filter((task) => task.start < time + quietMs && task.start + task.duration > time);
      if (blocking.length === 0) return time;
      time = Math.max(...blocking.map((task) => task.start + task.duration));
    }
  };
  const watchQuiet = () => {
    record(observer.takeRecords());
    const usable = usableFrom(state.shownAt);
    if (performance.now() >= usable + quietMs) {
      state.usableAt = usable;
      state.done = true;
      return;
    }
    setTimeout(watchQuiet, 20);
  };
  let scheduled = false;
  const checkInFrame = () => {
    scheduled = false;
    if (state.shownAt !== null) return;
    const found = result();
    if (!found) return;
    state.shownAt = performance.now();
    state.resultInWindow = found.getBoundingClientRect().top < innerHeight;
    watchQuiet();
  };
  const schedule = () => {
    if (scheduled || state.shownAt !== null) return;
    scheduled = true;
    requestAnimationFrame(checkInFrame);
  };
  const start = () => {
    new MutationObserver(schedule).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    schedule();
  };
  start();
  setTimeout(() => {
    if (!state.done) state.failed = 'not usable within ' + timeoutMs / 1000 + ' s (shown: ' + (state.shownAt !== null) + ')';
  }, timeoutMs);
})();`;

// In the page (functions, not strings: the page's CSP allows no eval), with `any` for the browser's globals.
/** The page's state once the first screen is usable (or the measurement failed), else null. */
const finished = () => {
  const state = /** @type {any} */ (globalThis).__firstScreen;
  return state && (state.done || state.failed) ? state : null;
};

/** The scripts the page had loaded by `time` (ms from navigation start), from resource timing. */
const scriptsBy = (/** @type {number} */ time) =>
  /** @type {any[]} */ (globalThis.performance.getEntriesByType('resource'))
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js') && entry.responseEnd <= time + 1)
    .map((entry) => ({ path: new URL(entry.name).pathname, wire: entry.encodedBodySize, decoded: entry.decodedBodySize }));

/**
 * One load of `url` in `page`: the first screen's times, long tasks and scripts.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
async function measure(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(finished, undefined, { timeout: TIMEOUT_MS + 5000, polling: 50 });
  /** @type {{ shownAt: number, usableAt: number, resultInWindow: boolean, failed: string | null, longTasks: Array<{ start: number, duration: number }> }} */
  const state = await handle.jsonValue();
  if (state.failed) throw new Error(`${url}: ${state.failed}`);
  /** @type {Array<{ path: string, wire: number, decoded: number }>} */
  const scripts = await page.evaluate(scriptsBy, state.usableAt);
  const tasks = state.longTasks.filter((task) => task.start < state.usableAt);
  return {
    shown: state.shownAt,
    usable: state.usableAt,
    resultInWindow: state.resultInWindow,
    longest: Math.max(0, ...tasks.map((task) => task.duration)),
    blocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longTasks: tasks.length,
    scripts,
  };
}

/** The size of `path` as the server sends it with this Accept-Encoding (no header: none). */
function sentSize(base, path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    httpRequest(`${base}${path}`, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'identity' }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

async function startProduct() {
  const dataDir = mkdtempSync(join(tmpdir(), 'officebench-bench-'));
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, PORT: String(await freePort()), OFFICEBENCH_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  // The loads sign nothing in; the set-up signs the coordinator in once per window size (limits raised as for the journeys).
  env.LOGIN_ATTEMPTS_PER_IP = '1000';
  env.LOGIN_ATTEMPTS_PER_ACCOUNT = '1000';
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`OfficeBench did not start within 120 s:\n${output}`)), 120_000);
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        output += chunk;
        const match = /OfficeBench is running at (http:\/\/\S+)(?=\s)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1].replace(/\/$/, ''));
        }
      });
    }
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/start.mjs exited (code ${code}) before it was ready:\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    return { url: /** @type {string} */ (await ready), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Signs the coordinator in through the API in a new context and finds the comparison page from the landing page. */
async function signIn(browser, base, viewport) {
  const context = await browser.newContext({ viewport });
  const answer = await context.request.post(`${base}/graphql`, {
    data: {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: COORDINATOR, p: PASSWORD },
    },
  });
  const body = await answer.json();
  if (body.errors?.length) throw new Error(`sign-in refused: ${JSON.stringify(body.errors)}`);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForURL((url) => OFFICE_PATH.test(url.pathname), { timeout: TIMEOUT_MS });
  const comparison = `${new URL(page.url()).pathname}/comparison`;
  const storageState = await context.storageState();
  await context.close();
  return { comparison, storageState };
}

const ms = (value) => fmt(value);
const kb = (bytes) => `${fmt(bytes / 1024, 1)} KB`;
const medianMax = (values) => `${ms(median(values))} / ${ms(Math.max(...values))}`;

function machine() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  let chromiumVersion = 'unknown';
  let commit = 'unknown';
  try {
    chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // reported as unknown
  }
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    commit = `${head}${dirty ? ' (with uncommitted changes under apps/ or libs/)' : ''}${process.env.WEB_DIST ? `, the dashboard from WEB_DIST=${process.env.WEB_DIST}` : ''}`;
  } catch {
    // not a git checkout
  }
  return `${new Date().toISOString().slice(0, 10)}: ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}; ${chromiumVersion} (headless); commit ${commit}; load average at start ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`;
}

async function main() {
  const machineLine = machine();
  log(`Starting OfficeBench (demo programme, empty data folder) ...`);
  const product = await startProduct();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const rows = [];
  let transfer = null;
  try {
    for (const viewport of VIEWPORTS) {
      const { comparison, storageState } = await signIn(browser, product.url, viewport);
      const url = `${product.url}${comparison}`;
      log(`${viewport.width}x${viewport.height}: ${comparison}`);
      const cold = [];
      const warm = [];
      for (let run = 0; run <= RUNS; run++) {
        const context = await browser.newContext({ viewport, storageState });
        await context.addInitScript({ content: INSTRUMENT });
        const page = await context.newPage();
        const first = await measure(page, url);
        const again = await measure(page, url);
        await context.close();
        if (run === 0) continue; // warm-up, not counted
        cold.push(first);
        warm.push(again);
        log(
          `  run ${run}: cold shown ${ms(first.shown)} usable ${ms(first.usable)} longest task ${ms(first.longest)} TBT ${ms(first.blocking)}; ` +
            `warm shown ${ms(again.shown)} usable ${ms(again.usable)} longest ${ms(again.longest)} TBT ${ms(again.blocking)}`,
        );
      }
      rows.push({ viewport, cold, warm });
      if (!transfer) {
        const scripts = cold[0].scripts;
        const sizes = [];
        for (const script of scripts) {
          sizes.push({
            identity: (await sentSize(product.url, script.path, null)).bytes,
            gzip: await sentSize(product.url, script.path, 'gzip'),
            br: await sentSize(product.url, script.path, 'br'),
          });
        }
        transfer = {
          files: scripts.length,
          wire: scripts.reduce((sum, script) => sum + script.wire, 0),
          decoded: scripts.reduce((sum, script) => sum + script.decoded, 0),
          identity: sizes.reduce((sum, size) => sum + size.identity, 0),
          gzip: sizes.reduce((sum, size) => sum + size.gzip.bytes, 0),
          br: sizes.reduce((sum, size) => sum + size.br.bytes, 0),
          encodings: [...new Set(sizes.flatMap((size) => [size.gzip.encoding, size.br.encoding]))].join(', '),
        };
      }
    }
  } finally {
    await browser.close();
    await product.stop();
  }

  const print = (line = '') => console.log(line);
  print(`Machine: ${machineLine}.`);
  print(
    `Runs: ${RUNS} per window size after one not counted; quiet window ${QUIET_MS} ms. Times in ms from navigation start, median / max.`,
  );
  print();
  print(
    '| window | load | shown (h1 + result) | **usable** | longest long task | total blocking time | long tasks | result inside the window |',
  );
  print('|---|---|---:|---:|---:|---:|---:|---|');
  for (const { viewport, cold, warm } of rows) {
    for (const { name, loads } of [
      { name: 'cold (empty cache)', loads: cold },
      { name: 'warm (cached scripts)', loads: warm },
    ]) {
      print(
        `| ${viewport.width}x${viewport.height} | ${name} | ${medianMax(loads.map((load) => load.shown))} | **${medianMax(loads.map((load) => load.usable))}** | ` +
          `${medianMax(loads.map((load) => load.longest))} | ${medianMax(loads.map((load) => load.blocking))} | ${median(loads.map((load) => load.longTasks))} | ` +
          `${loads.every((load) => load.resultInWindow) ? 'yes' : loads.some((load) => load.resultInWindow) ? 'sometimes' : 'no'} |`,
      );
    }
  }
  if (transfer) {
    print();
    print(
      `JavaScript loaded by the time the first screen is usable (cold, ${VIEWPORTS[0].width}x${VIEWPORTS[0].height}): ${transfer.files} files.`,
    );
    print();
    print('| | bytes |');
    print('|---|---:|');
    print(`| decoded (what the browser runs) | ${kb(transfer.decoded)} |`);
    print(`| sent to the browser in this run (its Accept-Encoding) | ${kb(transfer.wire)} |`);
    print(`| sent uncompressed (no Accept-Encoding; what every browser got before compression) | ${kb(transfer.identity)} |`);
    print(`| sent gzipped (Accept-Encoding: gzip) | ${kb(transfer.gzip)} |`);
    print(`| sent with brotli (Accept-Encoding: br) | ${kb(transfer.br)} |`);
    print();
    print(`Encodings the server chose: ${transfer.encodings}.`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
