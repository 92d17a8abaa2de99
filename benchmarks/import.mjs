// Benchmark of the spreadsheet import (not a test): `npm run bench:import` builds the API and runs this.
//
// It starts a throw-away embedded PostgreSQL (or uses DATABASE_URL's server, creating a database there),
// applies the migrations, starts the built API as a child process exactly as `npm start` does, and for
// 10,000 and 100,000 values, as CSV and as XLSX:
//   1. a dry run (parse + check), then a real run (parse + check + apply) on a fresh programme;
//      the server's phases come from the Server-Timing header, the total is the HTTP round trip;
//   2. in the same run, the baseline: the same rows inserted with bare SQL (one INSERT ... SELECT FROM
//      unnest into submission and one into submission_value, as the tables' owner: no checks, no audit).
// Prints a Markdown table for docs/benchmarks.md. BENCH_RUNS (default 3) runs of each; medians shown.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedPostgres } from '../scripts/embedded-db.mjs';
import { dist, median, numberSetting, root, textSetting, withClient, writeSummary } from './support.mjs';

const { prepareDatabase } = dist('database/open-database.js');
const { hashPassword } = dist('modules/auth/password-hashing.js');
const { writeXlsx } = dist('modules/imports/xlsx-writer.js');

// Each setting's default at the national size (the figures) and at the quick size (`--size quick`, a check).
const RUNS = numberSetting('BENCH_RUNS', { national: 3, quick: 1 });
/**
 * BENCH_SIZES="offices x indicators, ...". The default: 10,000 values (50 offices x 200 indicators) and
 * 100,000 values twice, as 500 offices x 200 indicators and as 50 offices x 2,000 indicators (the one
 * account coordinates every office: row-level security's cost grows with the number of its offices).
 * Quick: 1,000 values twice, as 50 offices x 20 indicators and as 5 offices x 200.
 */
const SIZES = textSetting('BENCH_SIZES', { national: '50x200,500x200,50x2000', quick: '50x20,5x200' })
  .split(',')
  .map((shape) => {
    const [offices, indicators] = shape.split('x').map(Number);
    return { values: offices * indicators, offices, indicators };
  });
const FORMATS = (process.env.BENCH_FORMATS ?? 'csv,xlsx').split(',');
const PASSWORD = 'benchmark password';
const log = (...args) => console.error(...args);
const ms = (value) => (value === undefined ? '–' : Math.round(value).toLocaleString('en-US'));

/** A programme of `offices` offices x `indicators` quarterly VALUE indicators with one open quarter and one coordinator of every office. */
async function createProgramme(client, code, { offices, indicators }) {
  await client.query('BEGIN');
  const {
    rows: [{ id: programmeId }],
  } = await client.query(`INSERT INTO programme (code, name) VALUES ($1, $1) RETURNING id`, [code]);
  const { rows: officeRows } = await client.query(
    `INSERT INTO office (name, kind, region) SELECT $1 || ' urząd ' || n, 'URBAN_GMINA', 'dolnośląskie' FROM generate_series(1, $2::int) n ORDER BY n RETURNING id, name`,
    [code, offices],
  );
  await client.query(
    `INSERT INTO programme_office (programme_id, office_id, position) SELECT $1, id, o FROM unnest($2::uuid[]) WITH ORDINALITY t(id, o)`,
    [programmeId, officeRows.map((r) => r.id)],
  );
  const { rows: indicatorRows } = await client.query(
    `INSERT INTO indicator (code, name_pl, name_en, unit, direction, periodicity, input_kind, min_value, max_value)
     SELECT upper(replace($1, '-', '_')) || '_' || n, 'Wskaźnik ' || n, 'Indicator ' || n, 'points', 'HIGHER_BETTER', 'QUARTERLY', 'VALUE', 0, 1000000
       FROM generate_series(1, $2::int) n ORDER BY n RETURNING id, code`,
    [code, indicators],
  );
  await client.query(
    `INSERT INTO programme_indicator (programme_id, indicator_id, position) SELECT $1, id, o FROM unnest($2::uuid[]) WITH ORDINALITY t(id, o)`,
    [programmeId, indicatorRows.map((r) => r.id)],
  );
  const {
    rows: [{ id: periodId }],
  } = await client.query(
    `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline)
     VALUES ($1, 'QUARTER', '2030-Q1', '2030-01-01', '2030-03-31', now() - interval '1 day', now() + interval '30 days') RETURNING id`,
    [programmeId],
  );
  const email = `${code}@bench.officebench.local`;
  const {
    rows: [{ id: userId }],
  } = await client.query(`INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $1, $2) RETURNING id`, [
    email,
    await hashPassword(PASSWORD),
  ]);
  await client.query(
    `INSERT INTO role_grant (user_id, role, programme_id, office_id) SELECT $1, 'OFFICE_COORDINATOR', $2, unnest($3::uuid[])`,
    [userId, programmeId, officeRows.map((r) => r.id)],
  );
  await client.query('COMMIT');
  return { programmeId, periodId, email, offices: officeRows, indicators: indicatorRows };
}

const valueOf = (o, i) => ((o * 7 + i * 13) % 1000) + 0.5;

function csvFile(programme) {
  const lines = ['urząd;wskaźnik;wartość'];
  programme.offices.forEach((office, o) =>
    programme.indicators.forEach((indicator, i) =>
      lines.push(`${office.name};${indicator.code};${String(valueOf(o, i)).replace('.', ',')}`),
    ),
  );
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

function xlsxFile(programme) {
  const rows = [['office', 'indicator', 'value']];
  programme.offices.forEach((office, o) =>
    programme.indicators.forEach((indicator, i) => rows.push([office.name, indicator.code, valueOf(o, i)])),
  );
  return writeXlsx([{ name: 'Import', rows }]);
}

/** The baseline: the same rows with bare SQL as the owner (no checks, no audit, no version bumps). */
async function bareInsert(client, programme) {
  const started = performance.now();
  await client.query('BEGIN');
  const { rows: submissions } = await client.query(
    `INSERT INTO submission (programme_id, office_id, period_id) SELECT $1, unnest($2::uuid[]), $3 RETURNING id, office_id`,
    [programme.programmeId, programme.offices.map((o) => o.id), programme.periodId],
  );
  const submissionOf = new Map(submissions.map((s) => [s.office_id, s.id]));
  const ids = [],
    indicators = [],
    values = [];
  programme.offices.forEach((office, o) =>
    programme.indicators.forEach((indicator, i) => {
      ids.push(submissionOf.get(office.id));
      indicators.push(indicator.id);
      values.push(valueOf(o, i));
    }),
  );
  await client.query(
    `INSERT INTO submission_value (submission_id, indicator_id, value) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::numeric[])`,
    [ids, indicators, values],
  );
  await client.query('COMMIT');
  return performance.now() - started;
}

function startApi(databaseUrl, port) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        LOGIN_ATTEMPTS_PER_IP: '1000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('OfficeBench is running at')) resolvePromise(child);
    });
    child.on('exit', (code) => reject(new Error(`the API stopped (${code})`)));
  });
}

async function signIn(base, email) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: PASSWORD },
    }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

async function upload(base, cookie, programme, file, name, dryRun) {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  const started = performance.now();
  const response = await fetch(`${base}/api/import?periodId=${programme.periodId}&dryRun=${dryRun}`, {
    method: 'POST',
    body: form,
    headers: { Cookie: cookie },
  });
  const body = /** @type {any} */ (await response.json());
  const total = performance.now() - started;
  if (response.status !== 200 || body.errorCount !== 0 || (!dryRun && !body.applied))
    throw new Error(`import failed: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  const phases = Object.fromEntries(
    (response.headers.get('server-timing') ?? '')
      .split(',')
      .filter(Boolean)
      .map((part) => {
        const [phase, duration] = part.trim().split(';dur=');
        return [phase, Number(duration)];
      }),
  );
  return { total, ...phases, values: body.values };
}

const peakRss = async (pid) => {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
  return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
};

async function main() {
  let server = null;
  let databaseUrl;
  let dropDatabase = async () => undefined;
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    const name = `officebench_bench_${randomBytes(4).toString('hex')}`;
    await withClient(admin.toString(), (client) => client.query(`CREATE DATABASE ${name}`));
    dropDatabase = () => withClient(admin.toString(), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    admin.pathname = `/${name}`;
    databaseUrl = admin.toString();
  } else {
    server = await startEmbeddedPostgres({ database: 'officebench_bench' });
    databaseUrl = server.url;
  }
  let api = null;
  try {
    log('migrating ...');
    await prepareDatabase({ databaseUrl, appDatabaseUrl: null, demoData: false });
    const port = await freePort();
    api = await startApi(databaseUrl, port);
    const base = `http://127.0.0.1:${port}`;
    const results = [];
    await withClient(databaseUrl, async (owner) => {
      const {
        rows: [{ server_version: version }],
      } = await owner.query('SHOW server_version');
      for (const size of SIZES) {
        for (const format of FORMATS) {
          const runs = [];
          for (let run = 1; run <= RUNS; run++) {
            const programme = await createProgramme(owner, `bench-${size.offices}x${size.indicators}-${format}-${run}`, size);
            const buildStarted = performance.now();
            const file = format === 'csv' ? csvFile(programme) : xlsxFile(programme);
            const build = performance.now() - buildStarted;
            const cookie = await signIn(base, programme.email);
            const dry = await upload(base, cookie, programme, file, `bench.${format}`, true);
            const real = await upload(base, cookie, programme, file, `bench.${format}`, false);
            const {
              rows: [{ count }],
            } = await owner.query(
              `SELECT count(*)::int AS count FROM submission_value v JOIN submission s ON s.id = v.submission_id WHERE s.programme_id = $1`,
              [programme.programmeId],
            );
            if (count !== size.values) throw new Error(`expected ${size.values} values stored, found ${count}`);
            runs.push({ bytes: file.length, build, dry, real });
            log(
              `${size.offices}x${size.indicators} ${format} run ${run}: dry ${Math.round(dry.total)} ms, real ${Math.round(real.total)} ms`,
            );
          }
          results.push({ size, format, runs });
        }
        const baseline = [];
        for (let run = 1; run <= RUNS; run++) {
          const programme = await createProgramme(owner, `bench-${size.offices}x${size.indicators}-sql-${run}`, size);
          baseline.push(await bareInsert(owner, programme));
        }
        results.push({ size, format: 'baseline', baseline });
        log(`${size.offices}x${size.indicators} baseline: ${baseline.map(Math.round).join(', ')} ms`);
      }
      const rss = await peakRss(api.pid);
      const cpu = cpus();
      console.log(
        `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}; PostgreSQL ${version}${server ? ' (embedded)' : ''}.`,
      );
      console.log(`Runs per row: ${RUNS} (median shown). Peak RSS of the API process over the whole run: ${rss ?? '?'} MB.\n`);
      console.log(
        '| values | offices | file | size | dry run: read the file | dry run: check | dry run total | real run: read the file | real run: check + apply | real run total | bare SQL insert (baseline) |',
      );
      console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const size of SIZES) {
        const baseline = median(results.find((r) => r.size === size && r.format === 'baseline').baseline);
        for (const format of FORMATS) {
          const { runs } = results.find((r) => r.size === size && r.format === format);
          const m = (pick) => median(runs.map(pick));
          console.log(
            `| ${size.values.toLocaleString('en-US')} | ${size.offices} | ${format.toUpperCase()} | ${(runs[0].bytes / 2 ** 20).toFixed(1)} MB | ${ms(m((r) => r.dry.parse + r.dry.resolve))} | ${ms(m((r) => r.dry.check))} | ${ms(m((r) => r.dry.total))} | ${ms(m((r) => r.real.parse + r.real.resolve))} | ${ms(m((r) => r.real.write))} | ${ms(m((r) => r.real.total))} | ${ms(baseline)} |`,
          );
        }
      }
      console.log('\nAll times in milliseconds.');
      writeSummary({
        benchmark: 'import',
        postgres: version,
        rows: SIZES.flatMap((size) => {
          const baseline = median(results.find((r) => r.size === size && r.format === 'baseline').baseline);
          return FORMATS.map((format) => ({
            measure: `import of ${size.values.toLocaleString('en-US')} values (${size.offices} offices in one account), ${format.toUpperCase()}, real run (median of ${RUNS})`,
            unit: /** @type {const} */ ('ms'),
            api: median(results.find((r) => r.size === size && r.format === format).runs.map((r) => r.real.total)),
            floor: baseline,
            floorNote: 'the same rows inserted with bare SQL as the owner (median of the runs)',
            goal: '≤ 1.5x bare SQL',
          }));
        }),
      });
    });
  } finally {
    if (api) {
      api.removeAllListeners('exit');
      api.kill('SIGTERM');
      await new Promise((done) => api.once('exit', done));
    }
    if (server) await server.stop();
    else await dropDatabase();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
