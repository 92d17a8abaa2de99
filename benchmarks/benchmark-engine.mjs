// Benchmark of the benchmark engine at national scale (not a test): `npm run bench:benchmark` builds the
// API and runs this.
//
// It starts a throw-away embedded PostgreSQL (or uses DATABASE_URL's server, creating a database there;
// or BENCH_DATA_DIR, an embedded server's folder kept between runs so that the data set is loaded once),
// applies the migrations with the demo data (for the catalogue indicators), loads the national data set of
// benchmarks/national-data.mjs (2,800 offices, 21 indicators, 40 quarters), starts the built API as a child
// process exactly as `npm start` does, and measures:
//   1. releasePeriod of national quarters by the lead over GraphQL (first releases of different quarters,
//      then a release again of unchanged data, then again after one indicator's values changed in every
//      office), HTTP round trip, with the cells checked in the database;
//   2. the coordinator's `benchmark` query under a closed loop of BENCH_CONCURRENCY (50) clients, for one
//      peer group (the office's kind) and for all 26 groups, many coordinators signed in beforehand;
//      p50 / p95 / p99 and requests per second over BENCH_DURATION seconds after BENCH_WARMUP seconds;
//   3. the floor, in the same run: the SQL statements the API ran for that request, captured from the API
//      process itself (a preload that wraps pg's Client#query, in a second API process started for this
//      after the measurements), replayed per coordinator through a pg pool of the API's size (10) as the
//      API's own role, from this process, at the same concurrency; and the same data in one round trip;
//   4. where the time goes: CPU per process from /proc (API, PostgreSQL, this load generator, anything
//      else on the machine), a V8 CPU profile of the instrumented API process under the same load and
//      during one more release, and that release's statements one by one.
// Before each measured row it waits (BENCH_QUIET_WAIT s at most) for other processes to quiet down.
// Prints Markdown for docs/benchmarks.md.
import { Agent } from 'node:http';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { freePort } from '../scripts/embedded-db.mjs';
import { ensureAccounts, signInAll } from './accounts.mjs';
import { findNationalProgramme, loadNationalProgramme } from './national-data.mjs';
import {
  ask,
  closedLoop,
  cpuSince,
  cpuSnapshot,
  dist,
  fmt,
  graphql,
  log,
  measureWithCpu,
  median,
  numberSetting,
  openServer,
  peakRss,
  post,
  postgresPids,
  startApi,
  stopApi,
  summariseProfile,
  waitForQuiet,
  withClient,
  writeSummary,
} from './support.mjs';

const { prepareDatabase } = dist('database/open-database.js');
const { derivedAppUrl } = dist('database/app-role.js');

// Each setting's default at the national size (the figures) and at the quick size (`--size quick`, a check).
const CONCURRENCY = numberSetting('BENCH_CONCURRENCY', { national: 50, quick: 10 });
const WARMUP_S = numberSetting('BENCH_WARMUP', { national: 5, quick: 1 });
const DURATION_S = numberSetting('BENCH_DURATION', { national: 20, quick: 3 });
const PROFILE_S = numberSetting('BENCH_PROFILE_DURATION', { national: 10, quick: 2 });
const RELEASES = numberSetting('BENCH_RELEASES', { national: 3, quick: 2 });
const COORDINATORS = numberSetting('BENCH_COORDINATORS', { national: 200, quick: 20 });
/** The data set (benchmarks/national-data.mjs): offices and quarters. */
const OFFICES = numberSetting('BENCH_OFFICES', { national: 2800, quick: 280 });
const QUARTERS = numberSetting('BENCH_QUARTERS', { national: 40, quick: 4 });
/** BENCH_PARTS=release: only the releases (part 1), with the machine and data lines; the default runs every part. */
const RELEASES_ONLY = process.env.BENCH_PARTS === 'release';
/** Before each measured row, wait up to this many seconds for other processes on the machine to use under a quarter of a core. */
const QUIET_WAIT_S = numberSetting('BENCH_QUIET_WAIT', { national: 60, quick: 0 });
const MEASURE = { quietWaitS: QUIET_WAIT_S, seconds: DURATION_S };
/** The API's pool (database/open-database.ts connectAsApp): the floor uses one of the same size. */
const API_POOL_SIZE = 10;
const API_ENV = {
  // Raised for the benchmark only: every coordinator signs in from this one address.
  LOGIN_ATTEMPTS_PER_IP: '100000',
  // No automatic release: every national period is past its deadline, and the benchmark releases them.
  RELEASE_SWEEP_MINUTES: '0',
};

const BENCHMARK_QUERY = `query Benchmark($programmeId: ID!, $periodId: ID!, $officeId: ID!, $peerGroupId: ID) {
  benchmark(programmeId: $programmeId, periodId: $periodId, officeId: $officeId, peerGroupId: $peerGroupId) {
    indicator { code } peerGroup { id } own suppressed suppressionReason contributorsBand mean pooledRate median p25 p75 ownQuartile
  }
}`;

/** One request body per coordinator and scenario, made beforehand; the expected number of cells. */
function scenarioRequests(national, coordinators, periodId, scenario) {
  const quarterly = national.indicators.filter((i) => i.periodicity === 'QUARTERLY').length;
  const kindGroup = new Map(national.peerGroups.filter((g) => g.basis === 'KIND').map((g) => [g.criterion, g.id]));
  return coordinators.map((c) => {
    const peerGroupId = scenario === 'one' ? kindGroup.get(c.office.kind) : null;
    return {
      coordinator: c,
      body: JSON.stringify({
        query: BENCHMARK_QUERY,
        variables: { programmeId: national.programmeId, periodId, officeId: c.office.id, peerGroupId },
      }),
      cells: quarterly * (scenario === 'one' ? 1 : national.peerGroups.length),
    };
  });
}

/**
 * Drives the API with one scenario's requests; every response's status and shape checked, every 50th parsed.
 * @param {number} port
 * @param {any[]} requests
 * @param {{ durationS?: number, warmupS?: number, onMeasureStart?: () => void, onMeasureEnd?: () => void }} [options]
 */
function apiLoad(port, requests, { durationS = DURATION_S, warmupS = WARMUP_S, onMeasureStart, onMeasureEnd } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let n = 0;
  return closedLoop({
    concurrency: CONCURRENCY,
    warmupS,
    durationS,
    onMeasureStart,
    onMeasureEnd,
    op: async (client, i) => {
      const request = requests[(client + i * CONCURRENCY) % requests.length];
      const response = await post(agent, port, '/graphql', request.body, { Cookie: request.coordinator.cookie });
      if (response.status !== 200 || !response.body.startsWith('{"data":{"benchmark":[') || response.body.includes('"errors"')) {
        throw new Error(`benchmark query failed: ${response.status} ${response.body.slice(0, 300)}`);
      }
      if (++n % 50 === 0) {
        const cells = JSON.parse(response.body).data.benchmark;
        if (cells.length !== request.cells) throw new Error(`expected ${request.cells} cells, got ${cells.length}`);
      }
    },
  }).finally(() => agent.destroy());
}

// ---------------------------------------------------------------------------------------------------------
// The floor: the captured statements replayed for each coordinator.

const reviveParam = (param) =>
  param && typeof param === 'object' && param.type === 'Buffer' && Array.isArray(param.data) ? Buffer.from(param.data) : param;

/**
 * The statements to replay: those of the captured request, less the idle-clock write of the session (made
 * at most once a minute per session), with the parameters that name the captured coordinator (office,
 * user, session hash) turned into each coordinator's own.
 */
function replayPlan(statements) {
  return statements
    .filter((s) => !/^\s*UPDATE user_session SET last_seen_at/i.test(s.text))
    .map((s) => ({ text: s.text, params: s.params.map(reviveParam) }));
}

function personalise(plan, from, to) {
  const swap = (value) => {
    if (Buffer.isBuffer(value)) return value.equals(from.sessionHash) ? to.sessionHash : value;
    if (typeof value === 'string') return value.split(from.office.id).join(to.office.id).split(from.userId).join(to.userId);
    if (Array.isArray(value)) return value.map(swap);
    return value;
  };
  return plan.map((s) => ({ text: s.text, params: s.params.map(swap) }));
}

/**
 * The same answer in one round trip: the session and its grants, the scope, and every cell with the
 * office's own value in one joined SELECT, sent as one multi-statement simple query (ids are checked
 * uuids, so they are written in). Not what the API runs: a measure of what the data itself costs.
 */
function oneRoundTrip(national, period, coordinator, peerGroupId) {
  const uuid = (value) => {
    if (!/^[0-9a-f-]{36}$/.test(value)) throw new Error(`not a uuid: ${value}`);
    return `'${value}'::uuid`;
  };
  const periodicity = { QUARTER: 'QUARTERLY', YEAR: 'ANNUAL', CAF_CYCLE: 'PER_CYCLE' }[period.kind];
  return [
    'BEGIN',
    `SELECT u.id, u.email, u.display_name, array_agg(g.role || '/' || coalesce(g.programme_id::text, '') || '/' || coalesce(g.office_id::text, '')) AS grants
       FROM user_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN role_grant g ON g.user_id = u.id
      WHERE s.token_hash = '\\x${coordinator.sessionHash.toString('hex')}'::bytea AND u.is_active AND s.expires_at > now() AND s.last_seen_at > now() - interval '30 minutes'
      GROUP BY u.id`,
    `SELECT set_config('app.lead_programmes', '{}', true), set_config('app.coordinated_offices', '{${national.programmeId}/${coordinator.office.id}}', true)`,
    `SELECT i.code, g.id AS peer_group_id, c.suppression_reason, c.contributors_band, c.mean::float8, c.pooled_rate::float8, c.median::float8, c.p25::float8, c.p75::float8, v.value::float8 AS own
       FROM period p
       JOIN programme_indicator pi ON pi.programme_id = p.programme_id
       JOIN indicator i ON i.id = pi.indicator_id AND i.periodicity = '${periodicity}'
       JOIN peer_group g ON g.programme_id = p.programme_id${peerGroupId ? ` AND g.id = ${uuid(peerGroupId)}` : ''}
       LEFT JOIN benchmark_cell c ON c.period_id = p.id AND c.peer_group_id = g.id AND c.indicator_id = i.id
       LEFT JOIN submission s ON s.period_id = p.id AND s.office_id = ${uuid(coordinator.office.id)}
       LEFT JOIN submission_value v ON v.submission_id = s.id AND v.indicator_id = i.id
      WHERE p.id = ${uuid(period.id)} AND p.programme_id = ${uuid(national.programmeId)}`,
    'COMMIT',
  ].join(';\n');
}

/**
 * @param {string} appUrl
 * @param {any[]} plans
 * @param {{ durationS?: number, warmupS?: number, onMeasureStart?: () => void, onMeasureEnd?: () => void }} [options]
 */
async function floorLoad(appUrl, plans, { durationS = DURATION_S, warmupS = WARMUP_S, onMeasureStart, onMeasureEnd } = {}) {
  const pool = new pg.Pool({ connectionString: appUrl, max: API_POOL_SIZE });
  try {
    return await closedLoop({
      concurrency: CONCURRENCY,
      warmupS,
      durationS,
      onMeasureStart,
      onMeasureEnd,
      op: async (client, i) => {
        const plan = plans[(client + i * CONCURRENCY) % plans.length];
        const connection = await pool.connect();
        try {
          if (typeof plan === 'string') {
            const results = await connection.query(plan);
            if (!Array.isArray(results) || results[3].rowCount === 0) throw new Error('the one-round-trip query found no cells');
          } else {
            for (const statement of plan) await connection.query(statement.text, statement.params);
          }
        } catch (error) {
          await connection.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          connection.release();
        }
      },
    });
  } finally {
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Accounts and the state the releases change.

/** Undoes earlier releases of the programme (a kept BENCH_DATA_DIR), as the tables' owner in the lead's scope. */
async function resetReleases(owner, national) {
  await owner.query('BEGIN');
  await owner.query(`SELECT set_config('app.lead_programmes', $1, true)`, [`{${national.programmeId}}`]);
  await owner.query('DELETE FROM benchmark_cell WHERE programme_id = $1', [national.programmeId]);
  await owner.query('DELETE FROM release_snapshot WHERE programme_id = $1', [national.programmeId]);
  await owner.query('DELETE FROM released_cell WHERE programme_id = $1', [national.programmeId]);
  await owner.query('UPDATE period SET released_at = NULL, releases = 0 WHERE programme_id = $1', [national.programmeId]);
  await owner.query(`DELETE FROM audit_log WHERE programme_id = $1 AND entity = 'period'`, [national.programmeId]);
  await owner.query('COMMIT');
}

const RELEASE_MUTATION = 'mutation Release($periodId: ID!) { releasePeriod(periodId: $periodId) { id releasedAt } }';

/**
 * A change between two releases of a quarter: one quarterly indicator's values (with their numerators and
 * denominators) passed round the offices, each taking the next office's, so every cell of that indicator
 * changes by most of its offices (never by 1 to k, which would refuse the release). Written as the tables'
 * owner with triggers off: the benchmark's shortcut for the lead returning, the offices editing and the lead
 * approving again. Returns how many values changed.
 */
async function changeOneIndicator(owner, period, indicatorId) {
  await owner.query('BEGIN');
  await owner.query('SET LOCAL session_replication_role = replica');
  const { rowCount } = await owner.query(
    `WITH target AS (
       SELECT v.submission_id, v.indicator_id, v.value, v.numerator, v.denominator,
              row_number() OVER (ORDER BY s.office_id) AS n, count(*) OVER () AS total
         FROM submission s JOIN submission_value v ON v.submission_id = s.id
        WHERE s.period_id = $1 AND v.indicator_id = $2 AND v.value IS NOT NULL)
     UPDATE submission_value v SET value = next.value, numerator = next.numerator, denominator = next.denominator
       FROM target t JOIN target next ON next.n = t.n % t.total + 1
      WHERE v.submission_id = t.submission_id AND v.indicator_id = t.indicator_id AND v.value IS DISTINCT FROM next.value`,
    [period.id, indicatorId],
  );
  await owner.query('COMMIT');
  return rowCount ?? 0;
}

async function timedRelease(port, owner, lead, period, expectedCells) {
  const agent = new Agent({ keepAlive: false });
  const started = performance.now();
  const { data, headers } = await graphql(agent, port, RELEASE_MUTATION, { periodId: period.id }, lead.cookie);
  const total = performance.now() - started;
  if (!data.releasePeriod?.releasedAt) throw new Error(`period ${period.label} not released: ${JSON.stringify(data)}`);
  const {
    rows: [{ count }],
  } = await owner.query('SELECT count(*)::int AS count FROM benchmark_cell WHERE period_id = $1', [period.id]);
  if (count !== expectedCells) throw new Error(`expected ${expectedCells} cells of ${period.label}, found ${count}`);
  return { label: period.label, total, serverTiming: headers['server-timing'] ?? null };
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const server = await openServer();
  let api = null;
  try {
    log('migrating, demo data (for the catalogue indicators) ...');
    await prepareDatabase({ databaseUrl: server.url, appDatabaseUrl: null, demoData: true });
    const appUrl = derivedAppUrl(server.url);
    await withClient(server.url, async (owner) => {
      const {
        rows: [{ server_version: version }],
      } = await owner.query('SHOW server_version');
      /** @type {any} */
      let national = await findNationalProgramme(owner);
      /** @type {{ ms: number, values: number } | null} */
      let load = null;
      if (national) {
        log(`national programme found (kept data folder): ${national.offices.length} offices`);
        await resetReleases(owner, national);
      } else {
        log('loading the national data set ...');
        const started = performance.now();
        national = await loadNationalProgramme(owner, { offices: OFFICES, quarters: QUARTERS }, log);
        load = { ms: performance.now() - started, values: national.values };
      }
      const {
        rows: [{ values, quarterValues }],
      } = await owner.query(
        `SELECT count(*)::int AS values, count(*) FILTER (WHERE p.kind = 'QUARTER')::int AS "quarterValues"
           FROM submission s JOIN submission_value v ON v.submission_id = s.id JOIN period p ON p.id = s.period_id
          WHERE s.programme_id = $1 AND s.status = 'APPROVED'`,
        [national.programmeId],
      );
      const quarters = national.periods.filter((p) => p.kind === 'QUARTER');
      const quarterly = national.indicators.filter((i) => i.periodicity === 'QUARTERLY').length;
      const cellsPerQuarter = quarterly * national.peerGroups.length;
      log(
        `data: ${national.offices.length} offices, ${quarters.length} quarters, ${national.peerGroups.length} peer groups, ${values.toLocaleString('en-US')} approved values`,
      );

      const accounts = await ensureAccounts(owner, national, COORDINATORS);
      const port = await freePort();
      api = await startApi(server.url, port, { env: API_ENV });
      log(`API started; signing in the lead and ${accounts.coordinators.length} coordinators ...`);
      const signInStarted = performance.now();
      await signInAll(port, accounts);
      log(`  signed in in ${Math.round(performance.now() - signInStarted)} ms`);

      const groups = { api: () => (api ? [api.pid] : []), postgres: () => postgresPids(server.postmasterPid), client: () => [process.pid] };
      // 1. Releases: the latest quarters, each a first release, then the latest again with no change.
      const toRelease = quarters.slice(-RELEASES).reverse();
      const releases = [];
      /** A timed release on a quiet machine, with the CPU each group used over its length. */
      const measuredRelease = async (period) => {
        await waitForQuiet(groups, QUIET_WAIT_S);
        const before = cpuSnapshot(groups);
        const run = await timedRelease(port, owner, accounts.lead, period, cellsPerQuarter);
        run.cpu = cpuSince(before, groups, run.total / 1000);
        return run;
      };
      for (const period of toRelease) {
        const run = await measuredRelease(period);
        releases.push(run);
        log(`release ${run.label}: ${Math.round(run.total)} ms${run.serverTiming ? ` (${run.serverTiming})` : ''}`);
      }
      const again = await measuredRelease(toRelease[0]);
      log(`release ${again.label} again (no change): ${Math.round(again.total)} ms`);
      const changedIndicator = /** @type {{ id: string, code: string }} */ (national.indicators.find((i) => i.periodicity === 'QUARTERLY'));
      const changedValues = await changeOneIndicator(owner, toRelease[0], changedIndicator.id);
      const changed = await measuredRelease(toRelease[0]);
      log(
        `release ${changed.label} again after ${changedValues} values of ${changedIndicator.code} changed: ${Math.round(changed.total)} ms`,
      );
      const benchPeriod = toRelease[0];
      const cpu = cpus();
      const report = () => {
        console.log(
          `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}; PostgreSQL ${version}${server.postmasterPid ? ' (embedded, default settings)' : ''}.`,
        );
        console.log(
          `Data: ${national.offices.length.toLocaleString('en-US')} offices, ${national.indicators.length} indicators (${quarterly} quarterly), ${quarters.length} quarters, ${national.peerGroups.length} peer groups; ${values.toLocaleString('en-US')} approved values (${quarterValues.toLocaleString('en-US')} in quarters)${load ? `, loaded in ${fmt(load.ms / 1000)} s` : ' (kept data folder)'}.`,
        );
      };
      const releaseReport = () => {
        console.log(
          `**Release of one national quarter** (${national.offices.length.toLocaleString('en-US')} offices x ${quarterly} indicators = ${(national.offices.length * quarterly).toLocaleString('en-US')} values; ${cellsPerQuarter} cells), HTTP round trip of releasePeriod:\n`,
        );
        const releaseCpu = (r) => `${fmt(r.cpu.api, 2)} | ${server.postmasterPid ? fmt(r.cpu.postgres, 2) : '–'} | ${fmt(r.cpu.other, 2)}`;
        console.log('| release | quarter | ms | CPU: API | CPU: PostgreSQL | CPU: other processes |');
        console.log('|---|---|---:|---:|---:|---:|');
        for (const run of releases) console.log(`| first | ${run.label} | ${fmt(run.total)} | ${releaseCpu(run)} |`);
        console.log(`| again, no change | ${again.label} | ${fmt(again.total)} | ${releaseCpu(again)} |`);
        console.log(
          `| again, after a change (${fmt(changedValues)} values of ${changedIndicator.code}) | ${changed.label} | ${fmt(changed.total)} | ${releaseCpu(changed)} |`,
        );
        console.log(`| **median of the first releases** | | **${fmt(median(releases.map((r) => r.total)))}** | | | |\n`);
        const timings = releases.filter((r) => r.serverTiming);
        console.log(
          timings.length > 0
            ? `Server-Timing: ${timings.map((r) => `${r.label}: ${r.serverTiming}`).join('; ')}. CPU in cores over the release.\n`
            : 'No Server-Timing header on the GraphQL answer: the time is the HTTP round trip. CPU in cores over the release.\n',
        );
      };
      /** The summary's release rows; the first release beside the time its SQL statements took (null: not measured). */
      const releaseRows = (/** @type {number | null} */ sqlMs) => [
        {
          measure: `release of one national quarter (${fmt(national.offices.length)} offices x ${quarterly} indicators), first release (median of ${releases.length})`,
          unit: /** @type {const} */ ('ms'),
          api: median(releases.map((r) => r.total)),
          floor: sqlMs,
          floorNote: 'the time in its SQL statements, in one more first release (instrumented API)',
          goal: '≤ 1 s',
        },
        {
          measure: 'release of the same quarter again, data unchanged',
          unit: /** @type {const} */ ('ms'),
          api: again.total,
          floor: null,
          goal: '≤ 2 s',
        },
        {
          measure: `release of the same quarter again, after a change (${fmt(changedValues)} values of one indicator)`,
          unit: /** @type {const} */ ('ms'),
          api: changed.total,
          floor: null,
          goal: '≤ 2 s',
        },
      ];
      if (RELEASES_ONLY) {
        report();
        releaseReport();
        writeSummary({ benchmark: 'benchmark-engine', postgres: version, rows: releaseRows(null) });
        return;
      }

      // 2. The benchmark query under load.
      const scenarios = [
        { key: 'one', title: 'one peer group (the office’s kind)' },
        { key: 'all', title: `all ${national.peerGroups.length} peer groups` },
      ];
      /** @type {Record<string, any>} */
      const results = {};
      for (const scenario of scenarios) {
        const requests = scenarioRequests(national, accounts.coordinators, benchPeriod.id, scenario.key);
        const measured = await measureWithCpu(groups, MEASURE, (hooks) => apiLoad(port, requests, hooks));
        results[scenario.key] = { api: measured, cells: requests[0].cells };
        log(
          `API, ${scenario.title}: p50 ${fmt(measured.p50, 1)} ms, p95 ${fmt(measured.p95, 1)} ms, p99 ${fmt(measured.p99, 1)} ms, ${fmt(measured.rps)} requests/s`,
        );
      }
      const apiRss = peakRss(api.pid);
      await stopApi(api);
      api = null;

      // 3 and 4. The instrumented API: the statements of one request, a CPU profile under load, the release's.
      api = await startApi(server.url, port, { instrumented: true, env: API_ENV });
      const profiled = {};
      const agent = new Agent({ keepAlive: true });
      for (const scenario of scenarios) {
        const requests = scenarioRequests(national, accounts.coordinators, benchPeriod.id, scenario.key);
        const sample = requests[0];
        for (let i = 0; i < 20; i++)
          await post(agent, port, '/graphql', requests[i % requests.length].body, {
            Cookie: requests[i % requests.length].coordinator.cookie,
          });
        await ask(api, 'capture-start');
        const response = await post(agent, port, '/graphql', sample.body, { Cookie: sample.coordinator.cookie });
        const { statements } = await ask(api, 'capture-stop');
        if (response.status !== 200 || JSON.parse(response.body).data?.benchmark?.length !== sample.cells)
          throw new Error(`captured request failed: ${response.body.slice(0, 300)}`);
        results[scenario.key].statements = statements;
        /** @type {any} */
        let profiling = null;
        /** @type {any} */
        let stopped = null;
        const measured = await apiLoad(port, requests, {
          durationS: PROFILE_S,
          onMeasureStart: () => (profiling = ask(api, 'cpu-start')),
          onMeasureEnd: () => (stopped = profiling.then(() => ask(api, 'cpu-stop'))),
        });
        const { profile, utilisation } = await stopped;
        profiled[scenario.key] = { load: measured, cpu: summariseProfile(profile), utilisation };
        log(
          `instrumented API, ${scenario.title}: ${statements.length} statements per request; profiled: p50 ${fmt(measured.p50, 1)} ms, ${fmt(measured.rps)} requests/s`,
        );
      }
      agent.destroy();
      const releaseProfile = { period: quarters[quarters.length - RELEASES - 1] };
      await ask(api, 'cpu-start');
      await ask(api, 'capture-start');
      releaseProfile.run = await timedRelease(port, owner, accounts.lead, releaseProfile.period, cellsPerQuarter);
      releaseProfile.statements = (await ask(api, 'capture-stop')).statements;
      releaseProfile.cpu = summariseProfile((await ask(api, 'cpu-stop')).profile);
      log(`instrumented release of ${releaseProfile.period.label}: ${Math.round(releaseProfile.run.total)} ms`);
      await stopApi(api);
      api = null;

      // 3. The floor.
      for (const scenario of scenarios) {
        const plan = replayPlan(results[scenario.key].statements);
        const from = accounts.coordinators[0]; // the coordinator of the captured request
        const plans = accounts.coordinators.map((c) => personalise(plan, from, c));
        const floor = await measureWithCpu(groups, MEASURE, (hooks) => floorLoad(appUrl, plans, hooks));
        floor.statements = plan.length;
        results[scenario.key].floor = floor;
        const oneRequests = scenarioRequests(national, accounts.coordinators, benchPeriod.id, scenario.key);
        const single = accounts.coordinators.map((c, i) =>
          oneRoundTrip(national, benchPeriod, c, JSON.parse(oneRequests[i].body).variables.peerGroupId),
        );
        const sizes = await withClient(appUrl, async (client) => (await client.query(single[0]))[3].rowCount);
        if (sizes !== oneRequests[0].cells)
          throw new Error(`the one-round-trip query gives ${sizes} cells, the API ${oneRequests[0].cells}`);
        const oneTrip = await measureWithCpu(groups, MEASURE, (hooks) => floorLoad(appUrl, single, hooks));
        results[scenario.key].oneTrip = oneTrip;
        log(
          `one round trip, ${scenario.title}: p50 ${fmt(oneTrip.p50, 1)} ms, p95 ${fmt(oneTrip.p95, 1)} ms, ${fmt(oneTrip.rps)} requests/s`,
        );
        log(
          `floor, ${scenario.title}: ${plan.length} statements; p50 ${fmt(floor.p50, 1)} ms, p95 ${fmt(floor.p95, 1)} ms, ${fmt(floor.rps)} requests/s`,
        );
      }

      // The report.
      report();
      console.log(
        `Load: ${CONCURRENCY} clients, closed loop, ${WARMUP_S} s warm-up then ${DURATION_S} s measured per row; ${accounts.coordinators.length} coordinators (one office each) signed in beforehand; peak RSS of the API process: ${apiRss ?? '?'} MB.\n`,
      );

      releaseReport();
      console.log(
        `**\`benchmark\` query at ${CONCURRENCY} concurrent clients** (period ${benchPeriod.label}), and the floor: the same SQL statements, bare, through a pool of ${API_POOL_SIZE}:\n`,
      );
      console.log(
        '| peer groups | cells | | p50 ms | p95 ms | p99 ms | requests/s | CPU: API | CPU: PostgreSQL | CPU: load generator | CPU: other processes |',
      );
      console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const scenario of scenarios) {
        const { api: a, floor: f, cells } = results[scenario.key];
        const cpuCells = (r) =>
          `${fmt(r.cpu.api, 2)} | ${server.postmasterPid ? fmt(r.cpu.postgres, 2) : '–'} | ${fmt(r.cpu.client, 2)} | ${fmt(r.cpu.other, 2)}`;
        console.log(
          `| ${scenario.title} | ${cells} | API | ${fmt(a.p50, 1)} | ${fmt(a.p95, 1)} | ${fmt(a.p99, 1)} | ${fmt(a.rps)} | ${cpuCells(a)} |`,
        );
        console.log(
          `| | | bare SQL floor (${f.statements} statements) | ${fmt(f.p50, 1)} | ${fmt(f.p95, 1)} | ${fmt(f.p99, 1)} | ${fmt(f.rps)} | ${cpuCells(f)} |`,
        );
        console.log(
          `| | | **API / floor** | **${fmt(a.p50 / f.p50, 2)}x** | **${fmt(a.p95 / f.p95, 2)}x** | **${fmt(a.p99 / f.p99, 2)}x** | **${fmt(f.rps / a.rps, 2)}x** | | | | |`,
        );
        const o = results[scenario.key].oneTrip;
        console.log(
          `| | | same data, one round trip (not the API's SQL) | ${fmt(o.p50, 1)} | ${fmt(o.p95, 1)} | ${fmt(o.p99, 1)} | ${fmt(o.rps)} | ${cpuCells(o)} |`,
        );
      }
      console.log(
        '\nCPU in cores (CPU seconds per second) over the measured window; 2.00 is the whole machine. Errors: ' +
          scenarios
            .map((s) => `${results[s.key].api.errors} (API, ${s.key}), ${results[s.key].floor.errors} (floor, ${s.key})`)
            .join(', ') +
          '.\n',
      );

      console.log(
        '**Where the time goes.** CPU per request, from the measured runs above (CPU seconds / requests), and what the API process spends its CPU on (a V8 CPU profile of the instrumented API process under the same load, ' +
          PROFILE_S +
          ' s; self time by package):\n',
      );
      console.log(
        '| peer groups | API CPU ms / request | PostgreSQL CPU ms / request | floor: PostgreSQL CPU ms / request | API event loop busy (profiled run) |',
      );
      console.log('|---|---:|---:|---:|---:|');
      for (const scenario of scenarios) {
        const { api: a, floor: f } = results[scenario.key];
        const perRequest = (cores, rps) => (cores * 1000) / rps;
        console.log(
          `| ${scenario.title} | ${fmt(perRequest(a.cpu.api, a.rps), 2)} | ${server.postmasterPid ? fmt(perRequest(a.cpu.postgres, a.rps), 2) : '–'} | ${server.postmasterPid ? fmt(perRequest(f.cpu.postgres, f.rps), 2) : '–'} | ${fmt(profiled[scenario.key].utilisation * 100)} % |`,
        );
      }
      console.log('');
      const packages = [...new Set(scenarios.flatMap((s) => profiled[s.key].cpu.byPackage.slice(0, 12).map((p) => p.name)))];
      console.log(`| API CPU by package (self time, share of busy time) | ${scenarios.map((s) => s.title).join(' | ')} |`);
      console.log(`|---|${scenarios.map(() => '---:').join('|')}|`);
      for (const name of packages) {
        console.log(
          `| ${name} | ${scenarios
            .map((s) => {
              const p = profiled[s.key].cpu.byPackage.find((x) => x.name === name);
              return p ? `${fmt(p.share * 100, 1)} %` : '–';
            })
            .join(' | ')} |`,
        );
      }
      for (const scenario of scenarios) {
        console.log(`\nHottest functions, ${scenario.title} (self time, share of busy time):\n`);
        console.log('| function | where | share |');
        console.log('|---|---|---:|');
        for (const f of profiled[scenario.key].cpu.byFunction.slice(0, 12))
          console.log(`| \`${f.name}\` | ${f.where} | ${fmt(f.share * 100, 1)} % |`);
      }
      console.log('\nThe statements of one request (one peer group), as captured, with their time in that single unloaded request:\n');
      console.log('| # | ms | statement |');
      console.log('|---:|---:|---|');
      results.one.statements.forEach((s, i) =>
        console.log(`| ${i + 1} | ${fmt(s.ms, 2)} | \`${s.text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 160)}\` |`),
      );
      console.log(
        `\nThe release of ${releaseProfile.period.label} (instrumented API, ${fmt(releaseProfile.run.total)} ms round trip), statement by statement:\n`,
      );
      console.log('| # | ms | statement |');
      console.log('|---:|---:|---|');
      releaseProfile.statements.forEach((s, i) =>
        console.log(`| ${i + 1} | ${fmt(s.ms, 1)} | \`${s.text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 160)}\` |`),
      );
      const sqlTotal = releaseProfile.statements.reduce((a, s) => a + s.ms, 0);
      console.log(
        `\nIn SQL statements: ${fmt(sqlTotal)} ms of the ${fmt(releaseProfile.run.total)} ms round trip; the API process was busy for ${fmt(releaseProfile.cpu.busyMs)} ms of CPU meanwhile. Its hottest functions (self time, share of its busy time):\n`,
      );
      console.log('| function | where | share |');
      console.log('|---|---|---:|');
      for (const f of releaseProfile.cpu.byFunction.slice(0, 12))
        console.log(`| \`${f.name}\` | ${f.where} | ${fmt(f.share * 100, 1)} % |`);

      const goals = { one: { p95: '≤ 50 ms, ≤ 1.2x floor', rps: '≥ 1,000' }, all: { p95: '≤ 100 ms, ≤ 1.2x floor', rps: '' } };
      writeSummary({
        benchmark: 'benchmark-engine',
        postgres: version,
        rows: [
          ...scenarios.flatMap((scenario) => {
            const { api: a, floor: f, cells } = results[scenario.key];
            const measure = `coordinator's \`benchmark\`, ${scenario.title}, ${cells} cells, ${CONCURRENCY} clients`;
            const floorNote = `the API's ${f.statements} statements replayed`;
            return [
              {
                measure: `${measure}: p95`,
                unit: /** @type {const} */ ('ms'),
                api: a.p95,
                floor: f.p95,
                floorNote,
                goal: goals[scenario.key].p95,
              },
              {
                measure: `${measure}: requests/s`,
                unit: /** @type {const} */ ('requests/s'),
                api: a.rps,
                floor: f.rps,
                floorNote,
                goal: goals[scenario.key].rps,
              },
            ];
          }),
          ...releaseRows(sqlTotal),
        ],
      });
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
