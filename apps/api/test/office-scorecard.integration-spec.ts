import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { addSecondProgramme, demoIds } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

const SCORECARD = `query($pr: ID!, $office: ID!, $group: ID) {
  officeScorecard(programmeId: $pr, officeId: $office, peerGroupId: $group) {
    office { id kind }
    peerGroups { id basis }
    peerGroup { id name basis }
    tasks { period { id } status filledCount expectedCount daysToDeadline late done }
    lines {
      indicator { code direction }
      latest latestPeriod { id } previous previousPeriod { id } change
      comparedPeriod { id }
      own suppressed suppressionReason mean median ownQuartile versusMean
      progress { target { id } status latest }
      trend { period { id } own peerMean }
    }
  }
}`;

interface Line {
  indicator: { code: string; direction: string };
  latest: number | null;
  latestPeriod: { id: string } | null;
  previous: number | null;
  previousPeriod: { id: string } | null;
  change: number | null;
  comparedPeriod: { id: string } | null;
  own: number | null;
  suppressed: boolean;
  suppressionReason: string | null;
  mean: number | null;
  median: number | null;
  ownQuartile: number | null;
  versusMean: string | null;
  progress: { target: { id: string }; status: string; latest: number | null } | null;
  trend: Array<{ period: { id: string }; own: number | null; peerMean: number | null }>;
}
interface Scorecard {
  office: { id: string; kind: string };
  peerGroups: Array<{ id: string; basis: string }>;
  peerGroup: { id: string; name: string; basis: string } | null;
  tasks: Array<{
    period: { id: string };
    status: string | null;
    filledCount: number;
    expectedCount: number;
    daysToDeadline: number;
    late: boolean;
    done: boolean;
  }>;
  lines: Line[];
}

const codeOf = (body: { errors?: Array<{ extensions?: { code?: string } }> }) => body.errors?.[0]?.extensions?.code;

describe("the office's scorecard (officeScorecard)", () => {
  let api: TestApi;
  let programmeId: string;
  let officeId: string;
  let otherOfficeId: string;
  let cookie: string;

  const scorecard = async (group: string | null = null, who = cookie, office = officeId) =>
    api.graphql(SCORECARD, { pr: programmeId, office, group }, who);

  beforeAll(async () => {
    api = await startTestApi();
    const ids = await demoIds(api.owner);
    programmeId = ids.programmeId;
    cookie = await api.signIn(demoCoordinatorEmail(2));
    const { body } = await api.graphql(`{ me { roles { role office { id } } } }`, {}, cookie);
    officeId = body.data.me.roles.find((role: { role: string }) => role.role === 'OFFICE_COORDINATOR').office.id;
    otherOfficeId = ids.officeIds.find((id) => id !== officeId) as string;
  });

  afterAll(async () => {
    await api.close();
  });

  it("compares with the group of the office's own kind unless asked otherwise", async () => {
    const { body } = await scorecard();
    expect(body.errors).toBeUndefined();
    const answer: Scorecard = body.data.officeScorecard;
    const [group] = await api.owner.query(`SELECT id FROM peer_group WHERE programme_id = $1 AND basis = 'KIND' AND criterion = $2`, [
      programmeId,
      answer.office.kind,
    ]);
    expect(answer.peerGroup?.id).toBe(group.id);
    const all = answer.peerGroups.find(({ basis }) => basis === 'ALL');
    const chosen: Scorecard = (await scorecard(all?.id as string)).body.data.officeScorecard;
    expect(chosen.peerGroup?.id).toBe(all?.id);
  });

  it('lists the open periods with the status, the count of values and the late flag as the database has them', async () => {
    const answer: Scorecard = (await scorecard()).body.data.officeScorecard;
    const expected: Array<Record<string, unknown>> = await api.owner.query(
      `SELECT p.id, s.status,
              (SELECT count(*)::int FROM submission_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE v.submission_id = s.id AND v.value IS NOT NULL) AS filled,
              (p.deadline < now() AND s.status IS DISTINCT FROM 'SUBMITTED' AND s.status IS DISTINCT FROM 'APPROVED') AS late,
              (p.deadline AT TIME ZONE 'Europe/Warsaw')::date - (now() AT TIME ZONE 'Europe/Warsaw')::date AS days
         FROM period p LEFT JOIN submission s ON s.period_id = p.id AND s.office_id = $2
        WHERE p.programme_id = $1 AND p.opens_at <= now() AND (p.locked_at IS NULL OR p.locked_at > now())
        ORDER BY p.deadline`,
      [programmeId, officeId],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.tasks.map((task) => [task.period.id, task.status, task.filledCount, task.late, task.daysToDeadline])).toEqual(
      expected.map((row) => [row.id, row.status, row.filled ?? 0, row.late, row.days]),
    );
    for (const task of answer.tasks) {
      expect(task.expectedCount).toBeGreaterThan(0);
      expect(task.done).toBe(task.status === 'SUBMITTED' || task.status === 'APPROVED');
    }
  });

  it("gives each indicator's latest handed-in value and its change from the one before", async () => {
    const answer: Scorecard = (await scorecard()).body.data.officeScorecard;
    const handedIn: Array<{ code: string; periodId: string; value: number }> = await api.owner.query(
      `SELECT i.code, s.period_id AS "periodId", v.value::float8 AS value
         FROM submission s JOIN submission_value v ON v.submission_id = s.id JOIN indicator i ON i.id = v.indicator_id
         JOIN period p ON p.id = s.period_id
        WHERE s.office_id = $1 AND s.programme_id = $2 AND s.status IN ('SUBMITTED', 'APPROVED') AND v.value IS NOT NULL
        ORDER BY p.ends_on DESC`,
      [officeId, programmeId],
    );
    const withChange = answer.lines.filter((line) => line.change !== null);
    expect(withChange.length).toBeGreaterThan(0);
    for (const line of answer.lines) {
      const [latest, previous] = handedIn.filter((row) => row.code === line.indicator.code);
      expect([line.latestPeriod?.id ?? null, line.latest]).toEqual([latest?.periodId ?? null, latest?.value ?? null]);
      expect([line.previousPeriod?.id ?? null, line.previous]).toEqual([previous?.periodId ?? null, previous?.value ?? null]);
      if (latest && previous) expect(line.change).toBeCloseTo(latest.value - previous.value, 9);
    }
  });

  it('stands each indicator against the released cell of the chosen group, as the benchmark query does', async () => {
    const answer: Scorecard = (await scorecard()).body.data.officeScorecard;
    const compared = answer.lines.filter((line) => line.comparedPeriod !== null);
    expect(compared.length).toBeGreaterThan(0);
    for (const periodId of new Set(compared.map((line) => line.comparedPeriod?.id as string))) {
      const { body } = await api.graphql(
        `query($pr: ID!, $p: ID!, $o: ID!, $g: ID) { benchmark(programmeId: $pr, periodId: $p, officeId: $o, peerGroupId: $g) {
           indicator { code } own suppressed suppressionReason mean median ownQuartile } }`,
        { pr: programmeId, p: periodId, o: officeId, g: answer.peerGroup?.id },
        cookie,
      );
      for (const cell of body.data.benchmark) {
        const line = compared.find((l) => l.indicator.code === cell.indicator.code && l.comparedPeriod?.id === periodId);
        if (!line) continue;
        expect({ ...line, code: line.indicator.code }).toMatchObject({ ...cell, code: cell.indicator.code, indicator: line.indicator });
        if (!cell.suppressed && cell.own !== null) {
          const above = cell.own > cell.mean;
          const better = line.indicator.direction === 'HIGHER_BETTER' ? above : !above;
          expect(line.versusMean).toBe(cell.own === cell.mean ? 'SAME' : better ? 'BETTER' : 'WORSE');
        } else {
          expect(line.versusMean).toBeNull();
        }
      }
    }
    const all = answer.peerGroups.find(({ basis }) => basis === 'ALL')?.id as string;
    const againstAll: Scorecard = (await scorecard(all)).body.data.officeScorecard;
    expect(againstAll.lines.some((line) => !line.suppressed && line.ownQuartile !== null)).toBe(true);
  });

  it("draws each trend from the trend query's released periods and the target progress from officeProgress", async () => {
    const answer: Scorecard = (await scorecard()).body.data.officeScorecard;
    const line = answer.lines.find((l) => l.trend.length > 1) as Line;
    const { body } = await api.graphql(
      `query($pr: ID!, $o: ID!, $c: String!, $g: ID) { trend(programmeId: $pr, officeId: $o, indicatorCode: $c, peerGroupId: $g) {
         period { id } own peerMean suppressed } }`,
      { pr: programmeId, o: officeId, c: line.indicator.code, g: answer.peerGroup?.id },
      cookie,
    );
    const points: Array<{ period: { id: string }; own: number | null; peerMean: number | null; suppressed: boolean }> = body.data.trend;
    expect(line.trend).toEqual(
      points.slice(-8).map((point) => ({ period: point.period, own: point.own, peerMean: point.suppressed ? null : point.peerMean })),
    );

    const progress = await api.graphql(
      `query($pr: ID!, $o: ID!) { officeProgress(programmeId: $pr, officeId: $o) { target { id indicator { code } } status latest } }`,
      { pr: programmeId, o: officeId },
      cookie,
    );
    const rows: Array<{ target: { id: string; indicator: { code: string } }; status: string; latest: number | null }> =
      progress.body.data.officeProgress;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const shown = answer.lines.find((l) => l.indicator.code === row.target.indicator.code);
      expect(shown?.progress).toEqual({ target: { id: row.target.id }, status: row.status, latest: row.latest });
    }
    expect(answer.lines.filter((l) => l.progress !== null)).toHaveLength(rows.length);
  });

  it("shows the lead any office's scorecard and no other office's coordinator", async () => {
    const leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
    const asLead = await scorecard(null, leadCookie);
    expect(asLead.body.errors).toBeUndefined();
    expect(asLead.body.data.officeScorecard.office.id).toBe(officeId);
    const other = await scorecard(null, cookie, otherOfficeId);
    expect(codeOf(other.body)).toBe('FORBIDDEN');
    expect(other.body.data).toBeNull();
  });

  it('refuses a peer group that is not the programme’s', async () => {
    const second = await addSecondProgramme(api.owner, [officeId]);
    const [foreign] = await api.owner.query(
      `INSERT INTO peer_group (programme_id, name, basis, criterion) VALUES ($1, 'Wszystkie urzędy programu', 'ALL', NULL) RETURNING id`,
      [second.programmeId],
    );
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(foreign).toBeDefined();
    for (const group of [foreign.id, unknown]) {
      const { body } = await scorecard(group);
      expect(codeOf(body)).toBe('NOT_FOUND');
    }
    expect(codeOf((await scorecard('not-a-uuid')).body)).toBe('BAD_USER_INPUT');
  });
});
