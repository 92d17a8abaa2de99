// The national data set for benchmarks (not a test): a deterministic generator of a programme at national
// scale. Reusable: `loadNationalProgramme(client, options)` loads it into a migrated database that holds the
// catalogue indicators (the demo seed's rows); run alone it prepares DATABASE_URL's database first:
//
//   DATABASE_URL=postgres://... node benchmarks/national-data.mjs [offices] [quarters]
//
// (it needs the built API: `npx nx run api:build`).
//
// What it makes, by default:
// - 2,800 offices across the 16 voivodeships in the Polish mix: 16 marshal offices (one per region),
//   314 county offices, 66 cities with county rights, 236 urban, 700 urban-rural and 1,468 rural gminas,
//   shared out over the regions by their real numbers of counties, cities and gminas; sizes (employees,
//   population) from the demo seed's `syntheticSize`, flagged synthetic;
// - one programme (anonymity threshold 5) with the 21 catalogue indicators and the standard peer groups of
//   libs/domain's `standardPeerGroups` (all offices, each kind, each region, each size band: 26 groups);
// - 40 quarters (2016-Q1 .. 2025-Q4) and the 10 years 2016 .. 2025, all past their deadline and locked,
//   none released; every office APPROVED in every period with every indicator of the period's kind
//   (16 quarterly indicators: 1,792,000 quarterly values; 4 annual: 112,000 values; the CAF score, entered
//   per CAF cycle, has no period here);
// - values from the demo seed's `syntheticEntry` (a level and a trend per office and indicator, noise per
//   period; ratios as whole numerator and denominator). The period index passed is the quarter's index / 5
//   (a year's index / 1.25), so the trend over 10 years spans what the demo's 8 quarters span instead of
//   running into the indicators' bounds.
// Every row is a function of the options alone: no clock, no Math.random. Only the ids (gen_random_uuid)
// differ between loads.
//
// Loading: one transaction; offices, groups, periods and submissions by INSERT ... SELECT FROM unnest,
// values one INSERT per period (44,800 rows for a quarter, passed as arrays of numbers, offices and
// indicators by ordinal), the database's triggers running as for any insert (range, editable submission).
// Submissions are inserted as DRAFT, their values added, then handed in and approved by one UPDATE (the
// database refuses values of an approved submission). Row-level security: the transaction acts as the
// programme's lead (app.lead_programmes), as the demo seed does. Then VACUUM ANALYZE of the loaded tables.
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runLoaderAsScript } from './support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const domain = require(join(root, 'libs/domain/dist/index.js'));
const synthetic = () => require(join(root, 'dist/apps/api/database/seed/synthetic-values.js'));
const catalogue = require(join(root, 'apps/api/src/database/seed/data/kpi-catalogue.json'));

export const NATIONAL_DEFAULTS = Object.freeze({
  code: 'national-bench',
  name: 'Program krajowy (benchmark, dane syntetyczne)',
  offices: 2800,
  quarters: 40,
  firstQuarter: { year: 2016, quarter: 1 },
  anonymityThreshold: 5,
});

/**
 * The 16 voivodeships with their numbers of county offices, cities with county rights and gminas
 * (including those cities), as of 2024. They weigh how each kind of office is shared out.
 */
export const VOIVODESHIPS = [
  { region: 'dolnośląskie', counties: 26, cities: 4, gminas: 169 },
  { region: 'kujawsko-pomorskie', counties: 19, cities: 4, gminas: 144 },
  { region: 'lubelskie', counties: 20, cities: 4, gminas: 213 },
  { region: 'lubuskie', counties: 12, cities: 2, gminas: 82 },
  { region: 'łódzkie', counties: 21, cities: 3, gminas: 177 },
  { region: 'małopolskie', counties: 19, cities: 3, gminas: 182 },
  { region: 'mazowieckie', counties: 37, cities: 5, gminas: 314 },
  { region: 'opolskie', counties: 11, cities: 1, gminas: 71 },
  { region: 'podkarpackie', counties: 21, cities: 4, gminas: 160 },
  { region: 'podlaskie', counties: 14, cities: 3, gminas: 118 },
  { region: 'pomorskie', counties: 16, cities: 4, gminas: 123 },
  { region: 'śląskie', counties: 17, cities: 19, gminas: 167 },
  { region: 'świętokrzyskie', counties: 13, cities: 1, gminas: 102 },
  { region: 'warmińsko-mazurskie', counties: 19, cities: 2, gminas: 116 },
  { region: 'wielkopolskie', counties: 31, cities: 4, gminas: 226 },
  { region: 'zachodniopomorskie', counties: 18, cities: 3, gminas: 113 },
];

/** The national mix of 2,800 offices by kind, each with its regional weight and its name. */
const KINDS = [
  { kind: 'VOIVODESHIP', count: 16, weight: () => 1, name: 'Urząd Marszałkowski' },
  { kind: 'COUNTY', count: 314, weight: (v) => v.counties, name: 'Starostwo Powiatowe nr' },
  { kind: 'CITY_COUNTY', count: 66, weight: (v) => v.cities, name: 'Urząd Miasta na prawach powiatu nr' },
  { kind: 'URBAN_GMINA', count: 236, weight: (v) => v.gminas - v.cities, name: 'Urząd Miasta nr' },
  { kind: 'URBAN_RURAL_GMINA', count: 700, weight: (v) => v.gminas - v.cities, name: 'Urząd Miasta i Gminy nr' },
  { kind: 'RURAL_GMINA', count: 1468, weight: (v) => v.gminas - v.cities, name: 'Urząd Gminy nr' },
];

/** Shares `total` out in proportion to `weights` (largest remainder, ties to the earlier one). */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let left = total - counts.reduce((a, b) => a + b, 0), j = 0; left > 0; left--, j++) counts[order[j][1]] += 1;
  return counts;
}

/**
 * The offices: name, kind, region, employees, population; in a fixed order (by kind, then region). A total
 * other than 2,800 scales every kind but the marshal offices (one per region) in proportion.
 */
export function nationalOffices(total = NATIONAL_DEFAULTS.offices) {
  const fixed = KINDS[0].count;
  const scaled = apportion(
    total - fixed,
    KINDS.slice(1).map((k) => k.count),
  );
  const { syntheticSize } = synthetic();
  const offices = [];
  KINDS.forEach((kind, k) => {
    const count = k === 0 ? fixed : scaled[k - 1];
    const perRegion = apportion(count, VOIVODESHIPS.map(kind.weight));
    VOIVODESHIPS.forEach(({ region }, r) => {
      for (let n = 1; n <= perRegion[r]; n++) {
        const name = kind.kind === 'VOIVODESHIP' ? `${kind.name} (${region})` : `${kind.name} ${n}`;
        offices.push({ name, kind: kind.kind, region, ...syntheticSize(`${name}|${region}`, kind.kind) });
      }
    });
  });
  return offices;
}

const DAY_MS = 86_400_000;
const addDays = (isoDate, days) => new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10);

/** The periods: `quarters` quarters from firstQuarter, then the calendar years they cover. */
export function nationalPeriods({ quarters = NATIONAL_DEFAULTS.quarters, firstQuarter = NATIONAL_DEFAULTS.firstQuarter } = {}) {
  const quarterPeriods = domain.quartersFrom(firstQuarter, quarters).map((quarter, index) => ({
    kind: 'QUARTER',
    label: domain.quarterLabel(quarter),
    ...domain.quarterBounds(quarter),
    trendIndex: index / 5,
  }));
  const years = [...new Set(domain.quartersFrom(firstQuarter, quarters).map((q) => q.year))];
  const yearPeriods = years.map((year, index) => ({
    kind: 'YEAR',
    label: String(year),
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    trendIndex: index / 1.25,
  }));
  return [...quarterPeriods, ...yearPeriods].map((p) => {
    const deadline = addDays(p.endsOn, 20);
    return {
      ...p,
      opensAt: `${addDays(p.endsOn, 1)}T00:00:00Z`,
      deadline: `${deadline}T23:59:59Z`,
      lockedAt: `${addDays(deadline, 30)}T00:00:00Z`,
    };
  });
}

/** Reads the catalogue indicators (version 1) from the database, in catalogue order. */
async function catalogueIndicators(client) {
  const codes = catalogue.indicators.map((i) => i.code);
  const { rows } = await client.query(
    `SELECT id, code, periodicity, input_kind, scale::float8 AS scale, min_value::float8 AS min_value, max_value::float8 AS max_value
       FROM indicator WHERE version = 1 AND code = ANY($1::text[])`,
    [codes],
  );
  if (rows.length !== codes.length) {
    throw new Error(
      `the database holds ${rows.length} of the ${codes.length} catalogue indicators: prepare it with the demo data first (prepareDatabase({ demoData: true }))`,
    );
  }
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((code) => {
    const r = byCode.get(code);
    return {
      id: r.id,
      code,
      periodicity: r.periodicity,
      inputKind: r.input_kind,
      scale: r.scale,
      minValue: r.min_value,
      maxValue: r.max_value,
    };
  });
}

/** The existing programme with this code, as loadNationalProgramme returns it, or null. */
export async function findNationalProgramme(client, code = NATIONAL_DEFAULTS.code) {
  const {
    rows: [programme],
  } = await client.query('SELECT id FROM programme WHERE code = $1', [code]);
  if (!programme) return null;
  const programmeId = programme.id;
  const { rows: offices } = await client.query(
    `SELECT o.id, o.name, o.kind, o.region, o.employees, po.position FROM programme_office po JOIN office o ON o.id = po.office_id
      WHERE po.programme_id = $1 ORDER BY po.position`,
    [programmeId],
  );
  const { rows: periods } = await client.query(
    `SELECT id, kind, label, released_at FROM period WHERE programme_id = $1 ORDER BY kind DESC, starts_on`,
    [programmeId],
  );
  const { rows: peerGroups } = await client.query(
    `SELECT g.id, g.name, g.basis, g.criterion, count(m.office_id)::int AS members
       FROM peer_group g LEFT JOIN peer_group_member m ON m.peer_group_id = g.id
      WHERE g.programme_id = $1 GROUP BY g.id ORDER BY members DESC, g.name`,
    [programmeId],
  );
  const indicators = await catalogueIndicators(client);
  return { programmeId, code, offices, periods, peerGroups, indicators };
}

/**
 * Loads the national programme into a migrated database that holds the catalogue indicators. Refuses if a
 * programme with the code exists. `log` gets progress lines. Returns what findNationalProgramme returns,
 * plus `timings` (ms per step) and `values` (rows of submission_value).
 */
/** @param {(line: string) => void} [log] */
export async function loadNationalProgramme(client, options = {}, log = () => {}) {
  const { code, name, offices: officeCount, quarters, firstQuarter, anonymityThreshold } = { ...NATIONAL_DEFAULTS, ...options };
  const { syntheticEntry } = synthetic();
  const timings = {};
  let stepStarted = performance.now();
  const step = (label) => {
    const now = performance.now();
    timings[label] = now - stepStarted;
    log(`  ${label}: ${Math.round(now - stepStarted)} ms`);
    stepStarted = now;
  };

  const indicators = await catalogueIndicators(client);
  const offices = nationalOffices(officeCount);
  const periods = nationalPeriods({ quarters, firstQuarter });
  const officeIndexByName = new Map(offices.map((o, i) => [`${o.name}|${o.region}`, i]));
  step('generate offices and periods');

  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL synchronous_commit = off`);
    const {
      rows: [{ id: programmeId }],
    } = await client.query(`INSERT INTO programme (code, name, anonymity_threshold, starts_on) VALUES ($1, $2, $3, $4) RETURNING id`, [
      code,
      name,
      anonymityThreshold,
      periods[0].startsOn,
    ]);
    // Row-level security applies to the tables' owner too (FORCE) unless it is a superuser: act as the lead.
    await client.query(`SELECT set_config('app.lead_programmes', $1, true)`, [`{${programmeId}}`]);

    const { rows: officeRows } = await client.query(
      `INSERT INTO office (name, kind, region, employees, population, size_is_synthetic)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::boolean[]) RETURNING id, name, region`,
      [
        offices.map((o) => o.name),
        offices.map((o) => o.kind),
        offices.map((o) => o.region),
        offices.map((o) => o.employees),
        offices.map((o) => o.population),
        offices.map(() => true),
      ],
    );
    for (const row of officeRows) offices[/** @type {number} */ (officeIndexByName.get(`${row.name}|${row.region}`))].id = row.id;
    await client.query(
      `INSERT INTO programme_office (programme_id, office_id, position, joined_on) SELECT $1, id, n, $3 FROM unnest($2::uuid[]) WITH ORDINALITY t(id, n)`,
      [programmeId, offices.map((o) => o.id), periods[0].startsOn],
    );
    await client.query(
      `INSERT INTO programme_indicator (programme_id, indicator_id, position, mandatory) SELECT $1, id, n, true FROM unnest($2::uuid[]) WITH ORDINALITY t(id, n)`,
      [programmeId, indicators.map((i) => i.id)],
    );
    step('offices, programme');

    const groups = domain.standardPeerGroups(offices.map((o) => ({ id: o.id, kind: o.kind, region: o.region, employees: o.employees })));
    const { rows: groupRows } = await client.query(
      `INSERT INTO peer_group (programme_id, name, basis, criterion) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[]) RETURNING id, name`,
      [programmeId, groups.map((g) => g.name), groups.map((g) => g.basis), groups.map((g) => g.criterion)],
    );
    const groupIdByName = new Map(groupRows.map((g) => [g.name, g.id]));
    const memberGroups = groups.flatMap((g) => g.members.map(() => groupIdByName.get(g.name)));
    await client.query(
      `INSERT INTO peer_group_member (peer_group_id, programme_id, office_id) SELECT g, $1, o FROM unnest($2::uuid[], $3::uuid[]) t(g, o)`,
      [programmeId, memberGroups, groups.flatMap((g) => g.members)],
    );
    step(`peer groups (${groups.length})`);

    const { rows: periodRows } = await client.query(
      `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline, locked_at)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::date[], $5::date[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[]) RETURNING id, label`,
      [programmeId, ...['kind', 'label', 'startsOn', 'endsOn', 'opensAt', 'deadline', 'lockedAt'].map((key) => periods.map((p) => p[key]))],
    );
    const periodIdByLabel = new Map(periodRows.map((p) => [p.label, p.id]));
    for (const period of periods) period.id = periodIdByLabel.get(period.label);
    // Submissions as drafts (created the day after the period ends), approved below once their values are in.
    await client.query(
      `INSERT INTO submission (programme_id, office_id, period_id, status, created_at, updated_at)
       SELECT $1, o.id, p.id, 'DRAFT', p.created, p.created
         FROM unnest($2::uuid[]) o(id) CROSS JOIN unnest($3::uuid[], $4::timestamptz[]) p(id, created)`,
      [programmeId, offices.map((o) => o.id), periods.map((p) => p.id), periods.map((p) => `${addDays(p.endsOn, 1)}T08:00:00Z`)],
    );
    await client.query(`CREATE TEMP TABLE national_office (n int PRIMARY KEY, id uuid NOT NULL) ON COMMIT DROP`);
    await client.query(`INSERT INTO national_office SELECT n::int, id FROM unnest($1::uuid[]) WITH ORDINALITY t(id, n)`, [
      offices.map((o) => o.id),
    ]);
    await client.query(`ANALYZE national_office`);
    step(`periods (${periods.length}), submissions (${periods.length * offices.length})`);

    let values = 0;
    let generating = 0;
    for (const period of periods) {
      const generateStarted = performance.now();
      const periodIndicators = indicators.filter((i) => domain.periodKindFor(i.periodicity) === period.kind);
      const size = offices.length * periodIndicators.length;
      const officeColumn = new Int32Array(size);
      const indicatorColumn = [];
      const valueColumn = [];
      const numeratorColumn = [];
      const denominatorColumn = [];
      let row = 0;
      offices.forEach((office, o) => {
        for (const indicator of periodIndicators) {
          const entry = syntheticEntry(indicator, `${office.name}|${office.region}`, office.employees, period.trendIndex);
          officeColumn[row++] = o + 1;
          indicatorColumn.push(indicator.id);
          valueColumn.push(entry.value);
          numeratorColumn.push(entry.numerator);
          denominatorColumn.push(entry.denominator);
        }
      });
      generating += performance.now() - generateStarted;
      // Indicator ids repeat: pass the period's few ids once and index them.
      const indicatorIds = periodIndicators.map((i) => i.id);
      const indicatorIndex = new Map(indicatorIds.map((id, i) => [id, i + 1]));
      await client.query(
        `INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator)
         SELECT s.id, ($2::uuid[])[v.i], v.value, v.numerator, v.denominator
           FROM unnest($3::int[], $4::int[], $5::numeric[], $6::numeric[], $7::numeric[]) v(o, i, value, numerator, denominator)
           JOIN national_office o ON o.n = v.o
           JOIN submission s ON s.period_id = $1 AND s.office_id = o.id`,
        [
          period.id,
          indicatorIds,
          Array.from(officeColumn),
          indicatorColumn.map((id) => indicatorIndex.get(id)),
          valueColumn,
          numeratorColumn,
          denominatorColumn,
        ],
      );
      values += size;
      if (period.kind === 'QUARTER' && /-Q4$/.test(period.label)) log(`  values up to ${period.label}: ${values.toLocaleString('en-US')}`);
    }
    timings['generate values (JS)'] = generating;
    step(`values (${values.toLocaleString('en-US')}; generating them in JS: ${Math.round(generating)} ms)`);

    // Handed in a few days before the deadline and approved a few days after it, as the demo seed does.
    await client.query(
      `UPDATE submission s
          SET status = 'APPROVED',
              submitted_at = p.deadline - make_interval(days => (po.position % 7) + 1),
              approved_at = p.deadline + make_interval(days => (po.position % 5) + 2),
              updated_at = p.deadline + make_interval(days => (po.position % 5) + 2)
         FROM period p, programme_office po
        WHERE s.programme_id = $1 AND p.id = s.period_id AND po.programme_id = s.programme_id AND po.office_id = s.office_id`,
      [programmeId],
    );
    step('approve submissions');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  await client.query('VACUUM ANALYZE office, programme_office, peer_group, peer_group_member, period, submission, submission_value');
  step('commit, VACUUM ANALYZE');
  const loaded = /** @type {NonNullable<Awaited<ReturnType<typeof findNationalProgramme>>>} */ (await findNationalProgramme(client, code));
  const {
    rows: [{ count }],
  } = await client.query(
    `SELECT count(*)::int AS count FROM submission_value v JOIN submission s ON s.id = v.submission_id WHERE s.programme_id = $1`,
    [loaded.programmeId],
  );
  return { ...loaded, timings, values: count };
}

runLoaderAsScript(import.meta.url, async (client, [offices, quarters]) => {
  const loaded = await loadNationalProgramme(client, { ...(offices ? { offices } : {}), ...(quarters ? { quarters } : {}) }, console.error);
  return `Loaded programme ${loaded.code} (${loaded.programmeId}): ${loaded.offices.length} offices, ${loaded.periods.length} periods, ${loaded.peerGroups.length} peer groups, ${loaded.values.toLocaleString('en-US')} values`;
});
