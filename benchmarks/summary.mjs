// The summary table that `npm run bench` (benchmarks/bench.mjs) writes near the top of docs/benchmarks.md, and
// its place there: pure functions (tested in tools/workspace), no I/O.

/** The marks around the summary in docs/benchmarks.md; a run replaces what lies between them. */
export const BLOCK_START = '<!-- bench:summary:start -->';
export const BLOCK_END = '<!-- bench:summary:end -->';

/**
 * One row of a benchmark's summary: what was measured, the API's figure, its bare-SQL floor measured in the
 * same run (null when there is none), what the floor is, the unit and the goal.
 * @typedef {{ measure: string, unit: 'ms' | 'requests/s', api: number, floor: number | null, floorNote?: string, goal: string }} SummaryRow
 */
/**
 * A benchmark's outcome in one run of bench.mjs: its rows, or why it has none.
 * @typedef {{ name: string, rows: SummaryRow[] } | { name: string, error: string }} BenchmarkResult
 */
/**
 * Where and when the run was made.
 * @typedef {{ size: string, date: string, commit: string, cpu: string, cores: number, memoryGiB: number, node: string, postgres: string, load: string, minutes: number }} RunInfo
 */

/** A figure as the table shows it: one decimal under 100, none above, with thousands separated. */
export function figure(value) {
  const digits = Math.abs(value) < 100 ? 1 : 0;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * How many times slower the API is than its floor: API ÷ floor for a time, floor ÷ API for a rate (so above 1
 * is slower either way); null without a floor.
 * @param {SummaryRow} row
 */
export function slowdown(row) {
  if (row.floor === null || row.floor === 0 || row.api === 0) return null;
  return row.unit === 'requests/s' ? row.floor / row.api : row.api / row.floor;
}

const withUnit = (value, unit) => `${figure(value)} ${unit}`;

/**
 * The summary in Markdown: when, where and at what size it was run, then one table row per measure with the
 * API's figure beside its floor, then what each floor is.
 * @param {BenchmarkResult[]} results
 * @param {RunInfo} run
 */
export function summaryMarkdown(results, run) {
  const lines = [
    `Last run of \`npm run bench -- --size ${run.size}\`: **${run.size} size**, ${run.date}, at ${run.commit}, ${figure(run.minutes)} minutes.` +
      (run.size === 'quick' ? ' A quick run checks that every benchmark works; its figures are not the national ones.' : ''),
    `Machine: ${run.cpu}, ${run.cores} cores, ${run.memoryGiB} GiB RAM; Node ${run.node}; PostgreSQL ${run.postgres}; load average ${run.load}.`,
    '',
    '| benchmark | measure | API | bare-SQL floor | API ÷ floor | goal |',
    '|---|---|---:|---:|---:|---|',
  ];
  const floors = [];
  for (const result of results) {
    if ('error' in result) {
      lines.push(`| ${result.name} | **failed**: ${result.error.replace(/\|/g, '\\|').replace(/\s+/g, ' ')} | – | – | – | |`);
      continue;
    }
    for (const row of result.rows) {
      const ratio = slowdown(row);
      lines.push(
        `| ${result.name} | ${row.measure} | ${withUnit(row.api, row.unit)} | ${row.floor === null ? '–' : withUnit(row.floor, row.unit)} | ${ratio === null ? '–' : `${ratio.toFixed(2)}x`} | ${row.goal} |`,
      );
      const floor = `${result.name}: ${row.floorNote}`;
      if (row.floorNote && row.floor !== null && !floors.includes(floor)) floors.push(floor);
    }
  }
  lines.push(
    '',
    `API ÷ floor: how many times slower than its floor the API is (a time divided by the floor's; for requests/s the floor's divided by the API's). The floors, measured in the same run: ${floors.join('; ')}.`,
  );
  return lines.join('\n');
}

/**
 * `doc` with the text between BLOCK_START and BLOCK_END replaced by `body` (the marks kept, on lines of their
 * own). Throws when the marks are missing or out of order.
 * @param {string} doc
 * @param {string} body
 */
export function replaceBlock(doc, body) {
  const start = doc.indexOf(BLOCK_START);
  const end = doc.indexOf(BLOCK_END);
  if (start < 0 || end < start) throw new Error(`the summary's marks (${BLOCK_START} … ${BLOCK_END}) are missing or out of order`);
  return `${doc.slice(0, start + BLOCK_START.length)}\n${body.trim()}\n${doc.slice(end)}`;
}
