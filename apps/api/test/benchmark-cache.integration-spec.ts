import { roundSignificant } from '@officebench/domain';
import { Client } from 'pg';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { PUBLISHED_CHANNEL } from '../src/database/published-channel';
import { type ReleaseEvent, ReleaseEvents } from '../src/modules/releases/release-events.service';
import { coordinator, createUser } from './support/fixtures';
import { smallProgramme, type SmallProgramme } from './support/small-programme';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The published-cells cache of the benchmark and scorecard queries (PublishedCache) and its invalidation
 * (ReleaseEvents, LISTEN/NOTIFY) on a real PostgreSQL. The API's pool has one connection, so that what a
 * request leaves on its connection is what the next statement meets.
 */

const PASSWORD = 'officebench-cache';
let api: TestApi;
let programmes = 0;

beforeAll(async () => {
  api = await startTestApi({ poolSize: 1, rateLimits: { loginPerIp: 10_000, loginPerAccount: 10_000 } });
});
afterAll(() => api?.close());

const CELLS = `query($pr: ID!, $p: ID!, $o: ID!, $g: ID) {
  benchmark(programmeId: $pr, periodId: $p, officeId: $o, peerGroupId: $g) {
    indicator { code } peerGroup { name } own suppressed suppressionReason contributorsBand mean pooledRate median p25 p75 ownQuartile
  }
}`;
const SCORECARD = `query($pr: ID!, $o: ID!) {
  officeScorecard(programmeId: $pr, officeId: $o) { lines { indicator { code } own suppressionReason mean trend { own peerMean } } }
}`;
const RELEASE = 'mutation($p: ID!) { releasePeriod(periodId: $p) { id releasedAt } }';

interface Scenario extends SmallProgramme {
  periods: string[];
  /** The coordinator of office 1 (office 0's is `officeCookie`). */
  otherCookie: string;
}

/** 12 offices (k = 3), one count indicator, two past quarters; coordinators of offices 0 and 1 signed in. */
async function scenario(): Promise<Scenario> {
  const name = `cache-${++programmes}`;
  const programme = await smallProgramme(api, { name, offices: 12, password: PASSWORD });
  await api.owner.query(
    `INSERT INTO programme_indicator (programme_id, indicator_id, position) SELECT $1, id, 1 FROM indicator WHERE code = 'E_SERVICES_COUNT'`,
    [programme.programmeId],
  );
  const periods: string[] = [];
  for (const [label, startsOn, endsOn] of [
    ['2020-Q1', '2020-01-01', '2020-03-31'],
    ['2020-Q2', '2020-04-01', '2020-06-30'],
  ]) {
    const [{ id }] = await api.owner.query(
      `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline)
       VALUES ($1, 'QUARTER', $2, $3::date, $4::date, $4::date + interval '1 day', $4::date + interval '20 days') RETURNING id`,
      [programme.programmeId, label, startsOn, endsOn],
    );
    periods.push(id);
  }
  await createUser(api.owner, `other.${name}@test.test`, [coordinator(programme.programmeId, programme.officeIds[1])], PASSWORD);
  return { ...programme, periods, otherCookie: await api.signIn(`other.${name}@test.test`, PASSWORD) };
}

/** Every office approved in the period with value(office index). */
async function approve(s: Scenario, periodId: string, value: (office: number) => number): Promise<void> {
  for (const [office, officeId] of s.officeIds.entries()) {
    const [{ id }] = await api.owner.query(
      `INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3)
       ON CONFLICT (office_id, period_id) DO UPDATE SET status = 'DRAFT', submitted_at = NULL, approved_at = NULL RETURNING id`,
      [s.programmeId, officeId, periodId],
    );
    await api.owner.query(
      `INSERT INTO submission_value (submission_id, indicator_id, value) SELECT $1, id, $2 FROM indicator WHERE code = 'E_SERVICES_COUNT'
       ON CONFLICT (submission_id, indicator_id) DO UPDATE SET value = EXCLUDED.value`,
      [id, value(office)],
    );
    await api.owner.query(`UPDATE submission SET status = 'APPROVED', submitted_at = now(), approved_at = now() WHERE id = $1`, [id]);
  }
}

async function cell(s: Scenario, periodId: string, office = 0, cookie = s.officeCookie): Promise<Record<string, unknown>> {
  const { body } = await api.graphql(CELLS, { pr: s.programmeId, p: periodId, o: s.officeIds[office], g: s.groups.get('ALL') }, cookie);
  expect(body.errors).toBeUndefined();
  expect(body.data.benchmark).toHaveLength(1);
  return body.data.benchmark[0];
}

async function release(s: Scenario, periodId: string): Promise<void> {
  const { body } = await api.graphql(RELEASE, { p: periodId }, s.leadCookie);
  expect(body.errors).toBeUndefined();
}

/** The next release event this process hears that satisfies `wanted`. */
function nextEvent(wanted: (event: ReleaseEvent) => boolean): Promise<ReleaseEvent> {
  return new Promise((resolve) => {
    const unsubscribe = api.app.get(ReleaseEvents).subscribe((event) => {
      if (!wanted(event)) return;
      unsubscribe();
      resolve(event);
    });
  });
}

/** The published mean: 3 significant digits. */
const mean = (values: number[]) => roundSignificant(values.reduce((a, b) => a + b, 0) / values.length);

it('shows a release and a release again at once, whoever filled the cache before', async () => {
  const s = await scenario();
  const [periodId] = s.periods;
  await approve(s, periodId, (office) => 10 + office);
  expect(await cell(s, periodId)).toMatchObject({ suppressionReason: 'NOT_RELEASED', mean: null, own: 10 });

  await release(s, periodId);
  expect(await cell(s, periodId)).toMatchObject({ suppressionReason: null, mean: mean(Array.from({ length: 12 }, (_, i) => 10 + i)) });

  // Five offices (more than k) change their values; the lead releases again.
  await approve(s, periodId, (office) => (office < 5 ? 40 + office : 10 + office));
  await release(s, periodId);
  const changed = Array.from({ length: 12 }, (_, i) => (i < 5 ? 40 + i : 10 + i));
  expect(await cell(s, periodId)).toMatchObject({ suppressionReason: null, mean: mean(changed), own: 40 });
});

it('never shows one caller’s own value or an unreleased cell to another caller from the filled cache', async () => {
  const s = await scenario();
  const [released, unreleased] = s.periods;
  await approve(s, released, (office) => 100 + office);
  await approve(s, unreleased, (office) => 200 + office);
  await release(s, released);

  // Office 0 fills the cache for both periods; office 1, then the lead, read from it.
  expect(await cell(s, released)).toMatchObject({ own: 100, suppressionReason: null });
  expect(await cell(s, unreleased)).toMatchObject({ own: 200, suppressionReason: 'NOT_RELEASED', mean: null, median: null });
  const other = await api.graphql(CELLS, { pr: s.programmeId, p: released, o: s.officeIds[1], g: null }, s.otherCookie);
  expect(other.body.data.benchmark).toEqual([expect.objectContaining({ own: 101, suppressionReason: null })]);
  expect(JSON.stringify(other.body)).not.toContain('"own":100');
  expect(await cell(s, unreleased, 1, s.otherCookie)).toMatchObject({ own: 201, suppressionReason: 'NOT_RELEASED', mean: null });
  expect(await cell(s, released, 1, s.leadCookie)).toMatchObject({ own: 101 });

  // The office home reads the same cache: its own values, released cells only.
  const scorecard = await api.graphql(SCORECARD, { pr: s.programmeId, o: s.officeIds[1] }, s.otherCookie);
  expect(scorecard.body.errors).toBeUndefined();
  expect(scorecard.body.data.officeScorecard.lines[0].trend).toEqual([
    { own: 101, peerMean: mean(Array.from({ length: 12 }, (_, i) => 100 + i)) },
  ]);

  // Asking for another office is refused as before, cache or not.
  const refused = await api.graphql(CELLS, { pr: s.programmeId, p: released, o: s.officeIds[0], g: null }, s.otherCookie);
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(JSON.stringify(refused.body)).not.toContain('"own"');

  // The scope set in the request's one round trip ended with it: the pool's one connection holds none.
  const [{ offices, leads }] = await api.appDataSource.query(
    `SELECT current_setting('app.coordinated_offices', true) AS offices, current_setting('app.lead_programmes', true) AS leads`,
  );
  expect([offices ?? '', leads ?? '']).toEqual(['', '']);
});

it('drops a period’s cells when a notification from another connection names it', async () => {
  const s = await scenario();
  const [periodId] = s.periods;
  await approve(s, periodId, (office) => 10 + office);
  await release(s, periodId);
  const before = await cell(s, periodId);

  // A cell changed behind the API's back (the release stamp unchanged) stays cached ...
  await api.owner.query(`UPDATE benchmark_cell SET mean = 999 WHERE period_id = $1`, [periodId]);
  expect(await cell(s, periodId)).toEqual(before);

  // ... until a NOTIFY from another connection names the period.
  const heard = nextEvent((event) => event.kind === 'period' && event.periodId === periodId);
  const other = new Client({ connectionString: (api.owner.options as PostgresConnectionOptions).url });
  await other.connect();
  try {
    await other.query(`SELECT pg_notify($1, $2)`, [PUBLISHED_CHANNEL, `period:${s.programmeId}/${periodId}`]);
  } finally {
    await other.end();
  }
  expect(await heard).toEqual({ kind: 'period', programmeId: s.programmeId, periodId });
  expect(await cell(s, periodId)).toEqual({ ...before, mean: 999 });
});

it('hears a release and a group change committed by another connection, from the database’s triggers', async () => {
  const s = await scenario();
  const [periodId] = s.periods;
  const released = nextEvent((event) => event.kind === 'period' && event.periodId === periodId);
  await api.owner.query(`UPDATE period SET released_at = now(), releases = releases + 1 WHERE id = $1`, [periodId]);
  expect(await released).toEqual({ kind: 'period', programmeId: s.programmeId, periodId });

  const regrouped = nextEvent((event) => event.kind === 'programme' && event.programmeId === s.programmeId);
  await api.owner.query(`INSERT INTO peer_group (programme_id, name, basis) VALUES ($1, 'Nowa', 'CUSTOM')`, [s.programmeId]);
  expect(await regrouped).toEqual({ kind: 'programme', programmeId: s.programmeId });
  // The new group is listed at once (the request reads the programme's revision).
  const { body } = await api.graphql(CELLS, { pr: s.programmeId, p: periodId, o: s.officeIds[0], g: null }, s.officeCookie);
  expect(body.data.benchmark.map((c: { peerGroup: { name: string } }) => c.peerGroup.name)).toEqual(['ALL', 'Nowa']);
});
