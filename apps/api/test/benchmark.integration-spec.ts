import { roundSignificant } from '@officebench/domain';
import { DEMO_LEAD_EMAIL } from '../src/database/seed/demo-seed';
import { ReleaseService } from '../src/modules/releases/release.service';
import { demoIds } from './support/fixtures';
import { smallProgramme, type SmallProgramme } from './support/small-programme';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The benchmark engine through GraphQL on a real PostgreSQL, one rule at a time, on small programmes
 * built for each rule (k = 3 unless said: a cell needs 4 contributors, quantiles 6).
 */

const PASSWORD = 'officebench-demo';
let api: TestApi;
let programmes = 0;

beforeAll(async () => {
  api = await startTestApi({ rateLimits: { loginPerIp: 10_000, loginPerAccount: 10_000 } });
});
afterAll(() => api?.close());

interface Entry {
  office: number;
  code: 'CASES_ON_TIME_PCT' | 'E_SERVICES_COUNT';
  value?: number;
  numerator?: number;
  denominator?: number;
}

/** A small programme with one past quarter (2020-Q1) and two indicators. */
interface Scenario extends SmallProgramme {
  periodId: string;
}

const CELLS = `query($pr: ID!, $p: ID!, $o: ID!, $g: ID) {
  benchmark(programmeId: $pr, periodId: $p, officeId: $o, peerGroupId: $g) {
    indicator { code } peerGroup { name } own suppressed suppressionReason contributorsBand mean pooledRate median p25 p75 ownQuartile
  }
}`;
const RELEASE = 'mutation($p: ID!) { releasePeriod(periodId: $p) { id releasedAt } }';

/** A programme of `offices` offices with an ALL group and custom groups (by office index), one past quarter. */
async function scenario(offices: number, custom: Record<string, number[]> = {}, k = 3): Promise<Scenario> {
  const programme = await smallProgramme(api, { name: `bench-${++programmes}`, offices, custom, k, password: PASSWORD });
  const { owner } = api;
  await owner.query(
    `INSERT INTO programme_indicator (programme_id, indicator_id, position) SELECT $1, id, row_number() OVER (ORDER BY code) FROM indicator WHERE code IN ('CASES_ON_TIME_PCT', 'E_SERVICES_COUNT')`,
    [programme.programmeId],
  );
  const [{ id: periodId }] = await owner.query(
    `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline) VALUES ($1, 'QUARTER', '2020-Q1', '2020-01-01', '2020-03-31', '2020-04-01', '2020-04-20') RETURNING id`,
    [programme.programmeId],
  );
  return { ...programme, periodId };
}

/** Approved submissions with these values (as the workflow leaves them: values written while a draft). */
async function approve(s: Scenario, entries: Entry[], status = 'APPROVED'): Promise<void> {
  for (const office of [...new Set(entries.map((e) => e.office))]) {
    const [{ id }] = await api.owner.query(
      `INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3)
       ON CONFLICT (office_id, period_id) DO UPDATE SET status = 'DRAFT', submitted_at = NULL, approved_at = NULL RETURNING id`,
      [s.programmeId, s.officeIds[office], s.periodId],
    );
    for (const e of entries.filter((x) => x.office === office)) {
      const value = e.value ?? ((e.numerator as number) / (e.denominator as number)) * 100;
      await api.owner.query(
        `INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator) SELECT $1, id, $3, $4, $5 FROM indicator WHERE code = $2
         ON CONFLICT (submission_id, indicator_id) DO UPDATE SET value = EXCLUDED.value, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator`,
        [id, e.code, value, e.numerator ?? null, e.denominator ?? null],
      );
    }
    await api.owner.query(
      `UPDATE submission SET status = $2, submitted_at = now(), approved_at = CASE WHEN $2 = 'APPROVED' THEN now() END WHERE id = $1`,
      [id, status],
    );
  }
}

const counts = (offices: number[], value: (i: number) => number): Entry[] =>
  offices.map((office) => ({ office, code: 'E_SERVICES_COUNT', value: value(office) }));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

async function cells(s: Scenario, group = 'ALL', cookie = s.officeCookie) {
  const { body } = await api.graphql(CELLS, { pr: s.programmeId, p: s.periodId, o: s.officeIds[0], g: s.groups.get(group) }, cookie);
  expect(body.errors).toBeUndefined();
  return new Map<string, Record<string, unknown>>(body.data.benchmark.map((c: { indicator: { code: string } }) => [c.indicator.code, c]));
}

async function release(s: Scenario, language = 'pl') {
  return (await api.graphql(RELEASE, { p: s.periodId }, s.leadCookie).set('Accept-Language', language)).body;
}

describe('release and stored cells', () => {
  it('shows nothing before release, then rounded, banded statistics from the stored cells only', async () => {
    const s = await scenario(12);
    const values = range(12).map((i) => 10 + i * 1.37);
    await approve(
      s,
      counts(range(12), (i) => values[i]),
    );
    expect((await cells(s)).get('E_SERVICES_COUNT')).toMatchObject({
      suppressed: true,
      suppressionReason: 'NOT_RELEASED',
      mean: null,
      contributorsBand: null,
      own: values[0],
    });

    expect((await release(s)).errors).toBeUndefined();
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const cell = (await cells(s)).get('E_SERVICES_COUNT');
    expect(cell).toMatchObject({
      suppressed: false,
      suppressionReason: null,
      contributorsBand: '10-19',
      mean: roundSignificant(mean),
      pooledRate: null,
      ownQuartile: 1,
    });
    expect(cell?.median).toBe(roundSignificant((values[5] + values[6]) / 2));

    // A late revision changes nothing offices see until a release.
    await approve(
      s,
      counts([3], () => 500),
    );
    expect((await cells(s)).get('E_SERVICES_COUNT')?.mean).toBe(roundSignificant(mean));
  });

  it('refuses to release before the deadline has passed', async () => {
    const s = await scenario(6);
    await api.owner.query(`UPDATE period SET deadline = now() + interval '1 day' WHERE id = $1`, [s.periodId]);
    const body = await release(s, 'en');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain('deadline has not passed');
  });
});

describe('threshold (k = 3)', () => {
  it('suppresses a cell of k contributors and publishes one of k + 1, without saying how many', async () => {
    const s = await scenario(10, { THREE: [0, 1, 2], FOUR: [0, 1, 2, 3] });
    await approve(
      s,
      counts(range(10), (i) => 5 + i),
    );
    await release(s);
    expect((await cells(s, 'THREE')).get('E_SERVICES_COUNT')).toEqual(
      expect.objectContaining({ suppressed: true, suppressionReason: 'TOO_FEW_OFFICES', contributorsBand: null, mean: null }),
    );
    expect((await cells(s, 'FOUR')).get('E_SERVICES_COUNT')).toEqual(
      expect.objectContaining({ suppressed: false, contributorsBand: '3-4', mean: 6.5, median: null }),
    );
  });

  it('counts only approved values as contributors', async () => {
    const s = await scenario(6);
    await approve(
      s,
      counts(range(3), (i) => 5 + i),
    );
    await approve(
      s,
      counts([3, 4, 5], (i) => 5 + i),
      'SUBMITTED',
    );
    await release(s);
    expect((await cells(s)).get('E_SERVICES_COUNT')?.suppressionReason).toBe('TOO_FEW_OFFICES');
  });
});

describe('dominance', () => {
  it('suppresses a ratio cell where one office holds over 75% of the denominators', async () => {
    const s = await scenario(6);
    await approve(
      s,
      range(6).map((office) => ({ office, code: 'CASES_ON_TIME_PCT' as const, numerator: 9, denominator: office === 5 ? 700 : 10 })),
    );
    await release(s);
    expect((await cells(s)).get('CASES_ON_TIME_PCT')).toMatchObject({
      suppressed: true,
      suppressionReason: 'DOMINANCE',
      mean: null,
      pooledRate: null,
    });
  });

  it('suppresses a count cell where one office holds over 75% of the total, and publishes a balanced one with its pooled rate', async () => {
    const s = await scenario(6);
    await approve(s, [
      ...counts(range(6), (i) => (i === 2 ? 400 : 20)),
      ...range(6).map((office) => ({ office, code: 'CASES_ON_TIME_PCT' as const, numerator: 8 + office, denominator: 20 })),
    ]);
    await release(s);
    const all = await cells(s);
    expect(all.get('E_SERVICES_COUNT')?.suppressionReason).toBe('DOMINANCE');
    expect(all.get('CASES_ON_TIME_PCT')).toMatchObject({ suppressed: false, pooledRate: roundSignificant((63 / 120) * 100) });
  });
});

describe('quantiles', () => {
  it('publishes median and quartiles only from 2k contributors', async () => {
    const small = await scenario(5);
    await approve(
      small,
      counts(range(5), (i) => 10 + i),
    );
    await release(small);
    expect((await cells(small)).get('E_SERVICES_COUNT')).toMatchObject({
      suppressed: false,
      median: null,
      p25: null,
      p75: null,
      ownQuartile: null,
    });
    const large = await scenario(6);
    await approve(
      large,
      counts(range(6), (i) => 10 + i),
    );
    await release(large);
    expect((await cells(large)).get('E_SERVICES_COUNT')).toMatchObject({ median: 12.5, p25: 11.3, p75: 13.8, ownQuartile: 1 });
  });
});

describe('nested and overlapping groups', () => {
  it('suppresses the smaller of two nested groups whose difference holds k or fewer contributors', async () => {
    const s = await scenario(10, { NINE: range(9), SIX: range(6) });
    await approve(
      s,
      counts(range(10), (i) => 7 + i * 3),
    );
    await release(s);
    expect((await cells(s, 'ALL')).get('E_SERVICES_COUNT')?.suppressed).toBe(false);
    expect((await cells(s, 'NINE')).get('E_SERVICES_COUNT')).toMatchObject({
      suppressed: true,
      suppressionReason: 'NESTED_GROUP',
      mean: null,
    });
    // ALL - SIX holds 4 offices: fine.
    expect((await cells(s, 'SIX')).get('E_SERVICES_COUNT')?.suppressed).toBe(false);
  });

  it('counts contributors, not members: a difference of members that did not report is no difference', async () => {
    const s = await scenario(10, { NINE: range(9) });
    await approve(
      s,
      counts(range(9), (i) => 7 + i * 3),
    );
    await release(s);
    expect((await cells(s, 'NINE')).get('E_SERVICES_COUNT')?.suppressed).toBe(false);
  });

  it('suppresses an overlapping group that, with others, singles out one office', async () => {
    // Office 0 is the only one in both K and R; every office is in one of them.
    const s = await scenario(9, { K: [0, 1, 2, 3, 4], R: [0, 5, 6, 7, 8] });
    await approve(
      s,
      counts(range(9), (i) => 11 + i * 2),
    );
    await release(s);
    const reasons = await Promise.all(
      ['ALL', 'K', 'R'].map(async (g) => (await cells(s, g)).get('E_SERVICES_COUNT')?.suppressionReason ?? null),
    );
    expect(reasons.filter((r) => r === 'NESTED_GROUP')).toHaveLength(1);
    expect(reasons[0]).toBeNull();
  });
});

describe('re-release', () => {
  it('is refused while a cell changed by 1 to k offices, says why, and is allowed after k + 1 changed', async () => {
    const s = await scenario(10);
    await approve(
      s,
      counts(range(8), (i) => 10 + i),
    );
    await release(s);
    const before = (await cells(s)).get('E_SERVICES_COUNT')?.mean;

    await approve(
      s,
      counts([8], () => 99.5),
    );
    const refused = await release(s, 'pl');
    expect(refused.errors[0].extensions).toMatchObject({
      code: 'RELEASE_REFUSED',
      cells: [{ indicatorCode: 'E_SERVICES_COUNT', peerGroupName: 'ALL', changedOffices: 1 }],
    });
    expect(refused.errors[0].message).toContain('mniej niż 4 urzędów');
    expect(refused.errors[0].message).not.toContain('99');
    expect((await cells(s)).get('E_SERVICES_COUNT')?.mean).toBe(before);

    await approve(s, [...counts([9], () => 40), ...counts([0, 1], (i) => 30 + i)]);
    expect((await release(s)).errors).toBeUndefined();
    const values = [30, 31, 12, 13, 14, 15, 16, 17, 99.5, 40];
    expect((await cells(s)).get('E_SERVICES_COUNT')?.mean).toBe(roundSignificant(values.reduce((a, b) => a + b, 0) / values.length));
  });

  it('audits a re-release together with the earlier one: a late office cannot be differenced out of nested groups', async () => {
    // H is offices 0-5. Office 6 is late; 0-3 revise. Each cell changed by k + 1 = 4 or more offices,
    // but (ALL2 - H2) - (ALL1 - H1) would be office 6's value alone.
    const s = await scenario(11, { H: range(6) });
    await approve(
      s,
      counts(
        range(11).filter((i) => i !== 6),
        (i) => 40 + i * 3,
      ),
    );
    await release(s);
    expect([
      (await cells(s, 'ALL')).get('E_SERVICES_COUNT')?.suppressed,
      (await cells(s, 'H')).get('E_SERVICES_COUNT')?.suppressed,
    ]).toEqual([false, false]);
    await approve(
      s,
      counts([0, 1, 2, 3, 6], (i) => 70 + i),
    );
    expect((await release(s)).errors).toBeUndefined();
    expect((await cells(s, 'ALL')).get('E_SERVICES_COUNT')?.suppressed).toBe(false);
    expect((await cells(s, 'H')).get('E_SERVICES_COUNT')).toMatchObject({
      suppressed: true,
      suppressionReason: 'NESTED_GROUP',
      mean: null,
    });
  });

  it('releases again without changes, keeping what was published', async () => {
    const s = await scenario(6);
    await approve(
      s,
      counts(range(6), (i) => 10 + i),
    );
    await release(s);
    const first = await cells(s);
    expect((await release(s)).errors).toBeUndefined();
    expect(await cells(s)).toEqual(first);
  });
});

describe('automatic release', () => {
  it('releases periods whose deadline plus grace has passed, once, and leaves the others', async () => {
    const due = await scenario(6);
    const notYet = await scenario(6);
    await approve(
      due,
      counts(range(6), (i) => 10 + i),
    );
    await api.owner.query(`UPDATE period SET deadline = now() - interval '10 days' WHERE id = $1`, [notYet.periodId]);
    const sweep = api.app.get(ReleaseService);
    await sweep.sweep();
    expect((await cells(due)).get('E_SERVICES_COUNT')?.suppressed).toBe(false);
    expect((await cells(notYet)).get('E_SERVICES_COUNT')?.suppressionReason).toBe('NOT_RELEASED');
    const [{ count }] = await api.owner.query(
      `SELECT count(*)::int FROM audit_log WHERE action = 'PERIOD_RELEASED_AUTOMATICALLY' AND entity_id = $1`,
      [due.periodId],
    );
    await sweep.sweep();
    const [{ count: again }] = await api.owner.query(
      `SELECT count(*)::int FROM audit_log WHERE action = 'PERIOD_RELEASED_AUTOMATICALLY' AND entity_id = $1`,
      [due.periodId],
    );
    expect([count, again]).toEqual([1, 1]);
  });
});

describe('trend', () => {
  it('gives the own value against peers over released periods only', async () => {
    const s = await scenario(6);
    await approve(
      s,
      counts(range(6), (i) => 10 + i),
    );
    const trend = async () =>
      (
        await api.graphql(
          'query($pr: ID!, $o: ID!) { trend(programmeId: $pr, officeId: $o, indicatorCode: "E_SERVICES_COUNT") { period { label } own peerMean peerMedian suppressed } }',
          { pr: s.programmeId, o: s.officeIds[0] },
          s.officeCookie,
        )
      ).body.data.trend;
    expect(await trend()).toEqual([]);
    await release(s);
    expect(await trend()).toEqual([{ period: { label: '2020-Q1' }, own: 10, peerMean: 12.5, peerMedian: 12.5, suppressed: false }]);
  });
});

describe('distribution (lead)', () => {
  it('shows the lead every office’s live value with its status', async () => {
    const s = await scenario(6);
    await approve(
      s,
      counts([0, 1], (i) => 10 + i),
    );
    await approve(
      s,
      counts([2], () => 7),
      'SUBMITTED',
    );
    const { body } = await api.graphql(
      'query($pr: ID!, $p: ID!) { distribution(programmeId: $pr, periodId: $p, indicatorCode: "E_SERVICES_COUNT") { office { id } value status } }',
      { pr: s.programmeId, p: s.periodId },
      s.leadCookie,
    );
    expect(body.data.distribution.map((r: { value: number | null; status: string | null }) => [r.value, r.status])).toEqual([
      [10, 'APPROVED'],
      [11, 'APPROVED'],
      [7, 'SUBMITTED'],
      [null, null],
      [null, null],
      [null, null],
    ]);
    const refused = await api.graphql(
      'query($pr: ID!, $p: ID!) { distribution(programmeId: $pr, periodId: $p, indicatorCode: "E_SERVICES_COUNT") { value } }',
      { pr: s.programmeId, p: s.periodId },
      s.officeCookie,
    );
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.body.data).toBeNull();
  });
});

describe('custom peer groups', () => {
  const CREATE = 'mutation($i: PeerGroupInput!) { createPeerGroup(input: $i) { id name basis members { id } } }';

  it('defines a group whose comparisons all cover k + 1 offices', async () => {
    const s = await scenario(10);
    const { body } = await api.graphql(
      CREATE,
      { i: { programmeId: s.programmeId, name: 'ISO 9001', officeIds: s.officeIds.slice(0, 5) } },
      s.leadCookie,
    );
    expect(body.data.createPeerGroup).toMatchObject({ name: 'ISO 9001', basis: 'CUSTOM' });
    expect(body.data.createPeerGroup.members).toHaveLength(5);
  });

  it('refuses, with the reason, a group that would differ from another by too few offices', async () => {
    const s = await scenario(10);
    const { body } = await api
      .graphql(CREATE, { i: { programmeId: s.programmeId, name: 'Prawie wszystkie', officeIds: s.officeIds.slice(0, 8) } }, s.leadCookie)
      .set('Accept-Language', 'en');
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officeIds' });
    expect(body.errors[0].message).toBe(
      "The group differs from “ALL” by 2 offices. The difference must hold at least 4 offices, or comparing the two groups would reveal single offices' values.",
    );
    const [{ count }] = await api.owner.query(`SELECT count(*)::int FROM peer_group WHERE programme_id = $1`, [s.programmeId]);
    expect(count).toBe(1);
  });

  it('refuses offices of another programme and a coordinator', async () => {
    const s = await scenario(6);
    const other = await scenario(6);
    const foreign = await api.graphql(
      CREATE,
      { i: { programmeId: s.programmeId, name: 'Obce', officeIds: other.officeIds } },
      s.leadCookie,
    );
    expect(foreign.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const coordinatorTry = await api.graphql(
      CREATE,
      { i: { programmeId: s.programmeId, name: 'Moja', officeIds: s.officeIds } },
      s.officeCookie,
    );
    expect(coordinatorTry.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('targets', () => {
  /** A further quarter of the scenario's programme, open and past its deadline from its last day. */
  const quarterOf = async (s: Scenario, label: string, startsOn: string, endsOn: string) =>
    (
      await api.owner.query(
        `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline) VALUES ($1, 'QUARTER', $2, $3, $4::date, $4::timestamptz, $4::timestamptz) RETURNING id`,
        [s.programmeId, label, startsOn, endsOn],
      )
    )[0].id as string;
  /** A percentage of `value` out of 100 (the value given too, so that it is exactly `value`). */
  const pct = (office: number, value: number): Entry => ({ office, code: 'CASES_ON_TIME_PCT', value, numerator: value, denominator: 100 });

  it('shows each office its own progress and the lead the programme’s', async () => {
    const demo = await demoIds(api.owner);
    const leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
    const own = await api.graphql(
      'query($pr: ID!, $o: ID!) { officeProgress(programmeId: $pr, officeId: $o) { office { id } target { indicator { code } kind value } baseline latest change status onTrack baselinePeriod { label } } }',
      { pr: demo.programmeId, o: demo.officeIds[0] },
      leadCookie,
    );
    const rows = own.body.data.officeProgress;
    expect(rows.map((r: { target: { indicator: { code: string } } }) => r.target.indicator.code)).toEqual([
      'CLIENT_SATISFIED_PCT',
      'EMPLOYEE_SATISFIED_PCT',
      'CAF_TOTAL_SCORE',
    ]);
    for (const row of rows) {
      expect(row.office.id).toBe(demo.officeIds[0]);
      expect(row.change).toBeCloseTo(row.latest - row.baseline, 9);
    }
    const [{ value: firstCaf }] = await api.owner.query(
      `SELECT v.value::float8 AS value FROM submission s JOIN submission_value v ON v.submission_id = s.id JOIN period p ON p.id = s.period_id JOIN indicator i ON i.id = v.indicator_id
        WHERE s.office_id = $1 AND s.programme_id = $2 AND s.status = 'APPROVED' AND i.code = 'CAF_TOTAL_SCORE' ORDER BY p.ends_on LIMIT 1`,
      [demo.officeIds[0], demo.programmeId],
    );
    const [{ label: firstCycle }] = await api.owner.query(
      `SELECT label FROM period WHERE programme_id = $1 AND kind = 'CAF_CYCLE' ORDER BY starts_on LIMIT 1`,
      [demo.programmeId],
    );
    expect(rows[2]).toMatchObject({ baseline: firstCaf, baselinePeriod: { label: firstCycle } });

    const summary = (
      await api.graphql(
        'query($pr: ID!) { programmeProgress(programmeId: $pr) { officesWithData officesOnTrack shareOnTrack offices { onTrack status } } }',
        { pr: demo.programmeId },
        leadCookie,
      )
    ).body.data.programmeProgress;
    for (const target of summary) {
      const withData = target.offices.filter((o: { status: string }) => o.status !== 'NO_DATA');
      expect(target.officesWithData).toBe(withData.length);
      expect(target.officesOnTrack).toBe(withData.filter((o: { onTrack: boolean }) => o.onTrack).length);
      expect(target.shareOnTrack).toBeCloseTo(target.officesOnTrack / target.officesWithData, 9);
    }
  });

  it('settles a target whose due date has passed as met or missed, on the values by the due date', async () => {
    const s = await scenario(4);
    const q4 = await quarterOf(s, '2020-Q4', '2020-10-01', '2020-12-31');
    const after = await quarterOf(s, '2021-Q2', '2021-04-01', '2021-06-30');
    // Baselines in 2020-Q1 (s.periodId); office 3 reports only after the due date.
    await approve(s, [pct(0, 50), pct(1, 50), pct(2, 50), ...counts([0, 1], () => 10)]);
    await approve({ ...s, periodId: q4 }, [pct(0, 70), pct(1, 54), pct(2, 64), ...counts([0, 1], (i) => (i === 0 ? 18 : 9))]);
    await approve({ ...s, periodId: after }, [pct(1, 90), pct(3, 95)]);
    const SET = 'mutation($i: TargetInput!) { setTarget(input: $i) { id } }';
    for (const i of [
      { indicatorCode: 'CASES_ON_TIME_PCT', kind: 'CHANGE', value: 15, dueOn: '2020-12-31T00:00:00Z' },
      { indicatorCode: 'E_SERVICES_COUNT', kind: 'CHANGE', value: 10, dueOn: '2099-12-31T00:00:00Z' },
    ])
      expect((await api.graphql(SET, { i: { programmeId: s.programmeId, ...i } }, s.leadCookie)).body.errors).toBeUndefined();

    const { body } = await api.graphql(
      'query($pr: ID!) { programmeProgress(programmeId: $pr) { target { indicator { code } } officesWithData officesOnTrack offices { office { id } latest latestPeriod { label } change status onTrack settled } } }',
      { pr: s.programmeId },
      s.leadCookie,
    );
    expect(body.errors).toBeUndefined();
    const [settled, open] = body.data.programmeProgress;
    expect(settled.target.indicator.code).toBe('CASES_ON_TIME_PCT');
    // Office 1's 90 of 2021-Q2 came after the due date: it is judged on its +4 of 2020-Q4.
    expect(settled.offices.map((o: Record<string, unknown>) => [o.status, o.onTrack, o.settled, o.latest, o.change])).toEqual([
      ['MET', true, true, 70, 20],
      ['MISSED', false, true, 54, 4],
      ['MISSED', false, true, 64, 14],
      ['NO_DATA', false, true, null, null],
    ]);
    expect(settled.offices[1].latestPeriod).toEqual({ label: '2020-Q4' });
    expect(settled).toMatchObject({ officesWithData: 3, officesOnTrack: 1 });
    // A target still ahead keeps the pace statuses.
    expect(open.offices.map((o: { status: string; settled: boolean }) => [o.status, o.settled])).toEqual([
      ['ON_PACE', false],
      ['BEHIND', false],
      ['NO_DATA', false],
      ['NO_DATA', false],
    ]);

    const own = await api.graphql(
      'query($pr: ID!, $o: ID!) { officeProgress(programmeId: $pr, officeId: $o) { office { id } status settled } }',
      { pr: s.programmeId, o: s.officeIds[0] },
      s.officeCookie,
    );
    expect(own.body.data.officeProgress).toEqual([
      { office: { id: s.officeIds[0] }, status: 'MET', settled: true },
      { office: { id: s.officeIds[0] }, status: 'ON_PACE', settled: false },
    ]);
    // The coordinator sees neither another office's progress nor the programme's.
    const other = await api.graphql(
      'query($pr: ID!, $o: ID!) { officeProgress(programmeId: $pr, officeId: $o) { status } }',
      { pr: s.programmeId, o: s.officeIds[1] },
      s.officeCookie,
    );
    expect(other.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const programme = await api.graphql(
      'query($pr: ID!) { programmeProgress(programmeId: $pr) { officesWithData } }',
      { pr: s.programmeId },
      s.officeCookie,
    );
    expect(programme.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets the lead set a target, validated, and shows it on the programme', async () => {
    const s = await scenario(6);
    const SET = 'mutation($i: TargetInput!) { setTarget(input: $i) { id kind value indicator { code } } }';
    const zero = await api.graphql(
      SET,
      { i: { programmeId: s.programmeId, indicatorCode: 'E_SERVICES_COUNT', kind: 'CHANGE', value: 0 } },
      s.leadCookie,
    );
    expect(zero.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // A percentage cannot be asked to reach 2,147,483,648 %, nor to move by 150 points.
    for (const [kind, value] of [
      ['LEVEL', 2_147_483_648],
      ['LEVEL', 101],
      ['CHANGE', 150],
    ] as const) {
      const outOfRange = await api.graphql(
        SET,
        { i: { programmeId: s.programmeId, indicatorCode: 'CASES_ON_TIME_PCT', kind, value } },
        s.leadCookie,
      );
      expect(outOfRange.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    }
    const unknown = await api.graphql(
      SET,
      { i: { programmeId: s.programmeId, indicatorCode: 'CAF_TOTAL_SCORE', kind: 'LEVEL', value: 500 } },
      s.leadCookie,
    );
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const set = await api.graphql(
      SET,
      { i: { programmeId: s.programmeId, indicatorCode: 'E_SERVICES_COUNT', kind: 'LEVEL', value: 30 } },
      s.leadCookie,
    );
    expect(set.body.data.setTarget).toMatchObject({ kind: 'LEVEL', value: 30, indicator: { code: 'E_SERVICES_COUNT' } });
    const listed = await api.graphql('query($id: ID!) { programme(id: $id) { targets { value } } }', { id: s.programmeId }, s.officeCookie);
    expect(listed.body.data.programme.targets).toEqual([{ value: 30 }]);
  });

  it('judges a relative change target from each office’s own baseline, and refuses one of 0 or −100 %', async () => {
    const s = await scenario(5);
    const q4 = await quarterOf(s, '2020-Q4', '2020-10-01', '2020-12-31');
    // Baselines in 2020-Q1: 50, 40, 0, 60 and 20; office 3 reports nothing after its baseline.
    await approve(s, [pct(0, 50), pct(1, 40), pct(2, 0), pct(3, 60), pct(4, 20)]);
    await approve({ ...s, periodId: q4 }, [pct(0, 55), pct(1, 43), pct(2, 10), pct(4, 23)]);
    const SET = 'mutation($i: TargetInput!) { setTarget(input: $i) { kind value } }';
    const set = (kind: string, value: number) =>
      api
        .graphql(SET, { i: { programmeId: s.programmeId, indicatorCode: 'CASES_ON_TIME_PCT', kind, value } }, s.leadCookie)
        .set('Accept-Language', 'en');

    for (const value of [0, -100, -150]) {
      const refused = await set('RELATIVE_CHANGE', value);
      expect(refused.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    }
    expect((await set('RELATIVE_CHANGE', -100)).body.errors[0].message).toBe(
      'A relative change must be above −100 % of the baseline; to ask for a fall to a given value, set a level (e.g. 0).',
    );
    // +10 % of each office's baseline, with no due date: 50 → 55 reaches it; 40 → 43 is +3 points, +7.5 %: not yet.
    expect((await set('RELATIVE_CHANGE', 10)).body.data.setTarget).toEqual({ kind: 'RELATIVE_CHANGE', value: 10 });
    const PROGRESS =
      'query($pr: ID!) { programmeProgress(programmeId: $pr) { officesWithData officesOnTrack offices { baseline latest change status onTrack } } }';
    const progress = async () => (await api.graphql(PROGRESS, { pr: s.programmeId }, s.leadCookie)).body.data.programmeProgress[0];
    const relative = await progress();
    expect(relative.offices.map((o: Record<string, unknown>) => [o.baseline, o.latest, o.status, o.onTrack])).toEqual([
      [50, 55, 'MET', true],
      [40, 43, 'BEHIND', false],
      // A baseline of 0 has no per cent to move by: not judged.
      [0, 10, 'NO_DATA', false],
      [60, 60, 'NO_DATA', false],
      // 20 → 23 is +3 points but +15 %: met.
      [20, 23, 'MET', true],
    ]);
    expect(relative).toMatchObject({ officesWithData: 3, officesOnTrack: 2 });
    // The same number as an absolute change (+10 points) asks for more of every office.
    await set('CHANGE', 10);
    expect((await progress()).offices.map((o: { status: string }) => o.status)).toEqual(['BEHIND', 'BEHIND', 'MET', 'NO_DATA', 'BEHIND']);
  });
});
