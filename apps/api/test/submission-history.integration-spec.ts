import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { demoIds, type DemoIds } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

const HISTORY = `query($o: ID!, $p: ID!, $c: String!) {
  indicatorHistory(officeId: $o, periodId: $p, indicatorCode: $c) { period { id label } status value numerator denominator }
}`;

interface Point {
  period: { id: string; label: string };
  status: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

const codeOf = (body: { errors?: Array<{ extensions?: { code?: string } }> }) => body.errors?.[0]?.extensions?.code;

describe("an indicator's history in the office's own submissions (indicatorHistory)", () => {
  let api: TestApi;
  let demo: DemoIds;
  let officeId: string;
  let cookie: string;

  /** What the database holds for the office: every earlier quarter, newest first, with its entry where there is one. */
  const expected = async (office: string, code: string): Promise<Point[]> => {
    const rows: Array<{
      id: string;
      label: string;
      status: string | null;
      value: number | null;
      numerator: number | null;
      denominator: number | null;
    }> = await api.owner.query(
      `SELECT p.id, p.label, s.status, v.value::float8 AS value, v.numerator::float8 AS numerator, v.denominator::float8 AS denominator
           FROM period p
           JOIN period current ON current.id = $2 AND current.programme_id = p.programme_id AND current.kind = p.kind
           LEFT JOIN submission s ON s.period_id = p.id AND s.office_id = $1
           LEFT JOIN submission_value v ON v.submission_id = s.id AND v.indicator_id = (SELECT id FROM indicator WHERE code = $3)
          WHERE p.starts_on < current.starts_on
          ORDER BY p.starts_on DESC
          LIMIT 8`,
      [office, demo.openQuarterId, code],
    );
    return rows.map(({ id, label, status, value, numerator, denominator }) => ({
      period: { id, label },
      status,
      value,
      numerator,
      denominator,
    }));
  };

  beforeAll(async () => {
    api = await startTestApi();
    demo = await demoIds(api.owner);
    cookie = await api.signIn(demoCoordinatorEmail(4));
    const { body } = await api.graphql(`{ me { roles { role office { id } } } }`, {}, cookie);
    officeId = body.data.me.roles.find((role: { role: string }) => role.role === 'OFFICE_COORDINATOR').office.id;
  });

  afterAll(async () => {
    await api.close();
  });

  it("gives the office's own entries of a ratio indicator in the earlier quarters, newest first, as the database has them", async () => {
    const { body } = await api.graphql(HISTORY, { o: officeId, p: demo.openQuarterId, c: 'CASES_ON_TIME_PCT' }, cookie);
    expect(body.errors).toBeUndefined();
    const answer: Point[] = body.data.indicatorHistory;
    const stored = await expected(officeId, 'CASES_ON_TIME_PCT');
    expect(answer).toEqual(stored);
    expect(answer.length).toBeGreaterThanOrEqual(3);
    expect(answer[0]?.period.id).toBe(demo.previousQuarterId);
    const entered = answer.filter((point) => point.value !== null);
    expect(entered.length).toBeGreaterThan(0);
    for (const point of entered) expect(point.value).toBeCloseTo(((point.numerator as number) / (point.denominator as number)) * 100, 6);
  });

  it("shows a returned submission's entry with its status, and a period with nothing saved as empty", async () => {
    const [older, oldest] = (await expected(officeId, 'CASES_ON_TIME_PCT')).slice(1, 3);
    await api.owner.query(
      `UPDATE submission SET status = 'RETURNED', approved_at = NULL, return_reason = 'Sprawdźcie licznik.' WHERE office_id = $1 AND period_id = $2`,
      [officeId, older?.period.id],
    );
    await api.owner.query(`DELETE FROM submission WHERE office_id = $1 AND period_id = $2`, [officeId, oldest?.period.id]);
    const answer: Point[] = (await api.graphql(HISTORY, { o: officeId, p: demo.openQuarterId, c: 'CASES_ON_TIME_PCT' }, cookie)).body.data
      .indicatorHistory;
    expect(answer.find((point) => point.period.id === older?.period.id)?.status).toBe('RETURNED');
    expect(answer.find((point) => point.period.id === oldest?.period.id)).toEqual({
      period: oldest?.period,
      status: null,
      value: null,
      numerator: null,
      denominator: null,
    });
    expect(answer).toEqual(await expected(officeId, 'CASES_ON_TIME_PCT'));
  });

  it("gives the programme's lead the same answer, and refuses another office's coordinator", async () => {
    const lead = await api.signIn(DEMO_LEAD_EMAIL);
    const variables = { o: officeId, p: demo.openQuarterId, c: 'CASE_HANDLING_DAYS' };
    const asLead = (await api.graphql(HISTORY, variables, lead)).body;
    expect(asLead.errors).toBeUndefined();
    expect(asLead.data.indicatorHistory).toEqual(await expected(officeId, 'CASE_HANDLING_DAYS'));

    const other = await api.signIn(demoCoordinatorEmail(6));
    const refused = (await api.graphql(HISTORY, variables, other)).body;
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
  });

  it('answers NOT_FOUND for an unknown indicator and one not collected in periods of this kind; refuses a malformed id', async () => {
    const annual: Array<{ code: string }> = await api.owner.query(
      `SELECT i.code FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
        WHERE pi.programme_id = $1 AND i.periodicity <> 'QUARTERLY' LIMIT 1`,
      [demo.programmeId],
    );
    expect(annual).toHaveLength(1);
    for (const c of ['NO_SUCH_INDICATOR', annual[0]?.code]) {
      expect(codeOf((await api.graphql(HISTORY, { o: officeId, p: demo.openQuarterId, c }, cookie)).body)).toBe('NOT_FOUND');
    }
    expect(codeOf((await api.graphql(HISTORY, { o: 'not-an-id', p: demo.openQuarterId, c: 'CASE_HANDLING_DAYS' }, cookie)).body)).toBe(
      'BAD_USER_INPUT',
    );
  });
});
