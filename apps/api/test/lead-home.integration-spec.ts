import { DEMO_ADMIN_EMAIL, DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { addSecondProgramme, createUser, demoIds, freshCafCycle, lead, submissionIn } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

const HOME = `query($pr: ID!) {
  leadHome(programmeId: $pr) {
    currentPeriod { id label }
    daysToDeadline
    completeness { offices notStarted draft submitted returned approved late }
    targets { target { id } offices officesWithData officesOnTrack byStatus { status offices } }
    spread { indicator { code } period { id } offices relativeSpread }
    waiting { submissionsToReview periodsToLock { id } periodsToPublish { id } }
    newestPractices { id title }
  }
}`;

interface Home {
  currentPeriod: { id: string; label: string } | null;
  daysToDeadline: number | null;
  completeness: Record<string, number> | null;
  targets: Array<{
    target: { id: string };
    offices: number;
    officesWithData: number;
    officesOnTrack: number;
    byStatus: Array<{ status: string; offices: number }>;
  }>;
  spread: Array<{ indicator: { code: string }; period: { id: string }; offices: number; relativeSpread: number }>;
  waiting: { submissionsToReview: number; periodsToLock: Array<{ id: string }>; periodsToPublish: Array<{ id: string }> };
  newestPractices: Array<{ id: string; title: string }>;
}

const codeOf = (body: { errors?: Array<{ extensions?: { code?: string } }> }) => body.errors?.[0]?.extensions?.code;
const ids = (rows: Array<{ id: string }>) => rows.map(({ id }) => id).sort();

/** The p-quantile by linear interpolation between closest ranks (PostgreSQL's percentile_cont), written out for the check. */
function quantile(sorted: number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (position - below);
}

describe('the lead’s home (leadHome)', () => {
  let api: TestApi;
  let programmeId: string;
  let officeIds: string[];
  let leadCookie: string;
  const otherLeadEmail = 'lead.other@test.officebench.local';

  const home = async (cookie = leadCookie): Promise<Home> => {
    const { body } = await api.graphql(HOME, { pr: programmeId }, cookie);
    expect(body.errors).toBeUndefined();
    return body.data.leadHome;
  };

  beforeAll(async () => {
    api = await startTestApi();
    ({ programmeId, officeIds } = await demoIds(api.owner));
    const second = await addSecondProgramme(api.owner, [officeIds[0]]);
    await createUser(api.owner, otherLeadEmail, [lead(second.programmeId)], 'officebench-demo');
    leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
  });

  afterAll(async () => {
    await api.close();
  });

  it('names the current period, its days to the deadline in Poland and its completeness as the database has them', async () => {
    const answer = await home();
    const [expected] = await api.owner.query(
      `SELECT id, (deadline AT TIME ZONE 'Europe/Warsaw')::date - (now() AT TIME ZONE 'Europe/Warsaw')::date AS days FROM period
        WHERE programme_id = $1 AND opens_at <= now()
        ORDER BY (deadline >= now() AND (locked_at IS NULL OR locked_at > now())) DESC,
                 CASE WHEN deadline >= now() AND (locked_at IS NULL OR locked_at > now()) THEN deadline END ASC,
                 deadline DESC
        LIMIT 1`,
      [programmeId],
    );
    expect(answer.currentPeriod?.id).toBe(expected.id);
    expect(answer.daysToDeadline).toBe(expected.days);

    const [counts] = await api.owner.query(
      `SELECT count(*)::int AS offices,
              count(*) FILTER (WHERE s.status IS NULL)::int AS "notStarted",
              count(*) FILTER (WHERE s.status = 'DRAFT')::int AS draft,
              count(*) FILTER (WHERE s.status = 'SUBMITTED')::int AS submitted,
              count(*) FILTER (WHERE s.status = 'RETURNED')::int AS returned,
              count(*) FILTER (WHERE s.status = 'APPROVED')::int AS approved,
              count(*) FILTER (WHERE p.deadline < now() AND s.status IS DISTINCT FROM 'SUBMITTED' AND s.status IS DISTINCT FROM 'APPROVED')::int AS late
         FROM programme_office po JOIN period p ON p.id = $2
         LEFT JOIN submission s ON s.office_id = po.office_id AND s.period_id = p.id
        WHERE po.programme_id = $1`,
      [programmeId, expected.id],
    );
    expect(answer.completeness).toEqual(counts);
    expect(counts.offices).toBe(officeIds.length);

    // The completeness query says the same of that period.
    const { body } = await api.graphql(
      `query($pr: ID!) { completeness(programmeId: $pr) { status isLate period { id } } }`,
      { pr: programmeId },
      leadCookie,
    );
    const rows: Array<{ status: string | null; isLate: boolean; period: { id: string } }> = body.data.completeness;
    const inPeriod = rows.filter((row) => row.period.id === expected.id);
    expect(answer.completeness?.approved).toBe(inPeriod.filter((row) => row.status === 'APPROVED').length);
    expect(answer.completeness?.late).toBe(inPeriod.filter((row) => row.isLate).length);
    expect(answer.waiting.submissionsToReview).toBe(rows.filter((row) => row.status === 'SUBMITTED').length);
  });

  it('counts each target’s offices by the statuses the target progress query gives them', async () => {
    const answer = await home();
    const { body } = await api.graphql(
      `query($pr: ID!) { programmeProgress(programmeId: $pr) { target { id } officesWithData officesOnTrack offices { status } } }`,
      { pr: programmeId },
      leadCookie,
    );
    const progress: Array<{ target: { id: string }; officesWithData: number; officesOnTrack: number; offices: Array<{ status: string }> }> =
      body.data.programmeProgress;
    expect(progress.length).toBeGreaterThan(0);
    expect(answer.targets.map(({ target }) => target.id)).toEqual(progress.map(({ target }) => target.id));
    for (const [index, summary] of progress.entries()) {
      const shown = answer.targets[index];
      expect(shown.offices).toBe(summary.offices.length);
      expect(shown.officesWithData).toBe(summary.officesWithData);
      expect(shown.officesOnTrack).toBe(summary.officesOnTrack);
      for (const { status, offices } of shown.byStatus) expect(offices).toBe(summary.offices.filter((o) => o.status === status).length);
      expect(shown.byStatus.reduce((sum, { offices }) => sum + offices, 0)).toBe(summary.offices.length);
    }
  });

  it('lists the newest practices as the practice search does without words', async () => {
    const answer = await home();
    const { body } = await api.graphql(`{ goodPractices(first: 3) { edges { node { id } } } }`, {}, leadCookie);
    expect(answer.newestPractices.map(({ id }) => id)).toEqual(
      body.data.goodPractices.edges.map((edge: { node: { id: string } }) => edge.node.id),
    );
    expect(answer.newestPractices.length).toBeGreaterThan(0);
  });

  it('ranks the indicators where offices differ most by the interquartile range over the median of approved values', async () => {
    // A CAF cycle later than any other, with five widely spread approved scores: 20 | 450 | 880 → (880 − 20) / 450.
    const periodId = await freshCafCycle(api.owner, programmeId, { opensAt: '2011-01-01', deadline: '2020-01-01' });
    for (const [index, value] of [10, 20, 450, 880, 890].entries())
      await submissionIn(api.owner, programmeId, periodId, officeIds[index], 'APPROVED', value);
    await submissionIn(api.owner, programmeId, periodId, officeIds[5], 'SUBMITTED', 900);

    const { spread } = await home();
    expect(spread.length).toBeGreaterThan(0);
    expect(spread.length).toBeLessThanOrEqual(4);
    const caf = spread.find(({ indicator }) => indicator.code === 'CAF_TOTAL_SCORE');
    expect(caf).toEqual({
      indicator: { code: 'CAF_TOTAL_SCORE' },
      period: { id: periodId },
      offices: 5,
      relativeSpread: expect.closeTo(860 / 450, 9),
    });
    expect(spread.map(({ relativeSpread }) => relativeSpread)).toEqual(
      [...spread.map(({ relativeSpread }) => relativeSpread)].sort((a, b) => b - a),
    );
    // Every figure from the approved values themselves.
    for (const row of spread) {
      const values: number[] = (
        await api.owner.query(
          `SELECT v.value::float8 AS value FROM submission s JOIN submission_value v ON v.submission_id = s.id JOIN indicator i ON i.id = v.indicator_id
            WHERE s.programme_id = $1 AND s.period_id = $2 AND i.code = $3 AND s.status = 'APPROVED' AND v.value IS NOT NULL ORDER BY 1`,
          [programmeId, row.period.id, row.indicator.code],
        )
      ).map((r: { value: number }) => r.value);
      expect(row.offices).toBe(values.length);
      const median = quantile(values, 0.5);
      expect(row.relativeSpread).toBeCloseTo((quantile(values, 0.75) - quantile(values, 0.25)) / Math.abs(median), 9);
    }
  });

  it('asks to lock and publish the periods past their deadline, and forgets them once locked and published as they stand', async () => {
    const periodId = await freshCafCycle(api.owner, programmeId, { opensAt: '2011-01-01', deadline: '2020-01-01' });
    for (const index of [0, 1, 2, 3, 4, 5])
      await submissionIn(api.owner, programmeId, periodId, officeIds[index], 'APPROVED', 300 + index * 10);

    const before = await home();
    const toLock = await api.owner.query(
      `SELECT id FROM period WHERE programme_id = $1 AND deadline < now() AND (locked_at IS NULL OR locked_at > now())`,
      [programmeId],
    );
    expect(ids(before.waiting.periodsToLock)).toEqual(ids(toLock));
    // Past the deadline and never released, or approved values that differ from the last release's snapshot.
    const toPublish = await api.owner.query(
      `SELECT p.id FROM period p WHERE p.programme_id = $1 AND p.deadline < now() AND (p.released_at IS NULL OR EXISTS (
         (SELECT v.indicator_id, s.office_id, v.value FROM submission s JOIN submission_value v ON v.submission_id = s.id
            JOIN programme_indicator pi ON pi.programme_id = s.programme_id AND pi.indicator_id = v.indicator_id
           WHERE s.period_id = p.id AND s.status = 'APPROVED' AND v.value IS NOT NULL
          EXCEPT SELECT u.indicator_id, r.office_id, u.value FROM release_snapshot r, unnest(r.indicator_ids, r.amounts) AS u(indicator_id, value) WHERE r.period_id = p.id AND r.release_no = p.releases)
         UNION ALL
         (SELECT u.indicator_id, r.office_id, u.value FROM release_snapshot r, unnest(r.indicator_ids, r.amounts) AS u(indicator_id, value) WHERE r.period_id = p.id AND r.release_no = p.releases
          EXCEPT SELECT v.indicator_id, s.office_id, v.value FROM submission s JOIN submission_value v ON v.submission_id = s.id
            JOIN programme_indicator pi ON pi.programme_id = s.programme_id AND pi.indicator_id = v.indicator_id
           WHERE s.period_id = p.id AND s.status = 'APPROVED' AND v.value IS NOT NULL)))`,
      [programmeId],
    );
    expect(ids(before.waiting.periodsToPublish)).toEqual(ids(toPublish));
    expect(ids(before.waiting.periodsToLock)).toContain(periodId);
    expect(ids(before.waiting.periodsToPublish)).toContain(periodId);

    const released = await api.graphql(`mutation($p: ID!) { releasePeriod(periodId: $p) { id releasedAt } }`, { p: periodId }, leadCookie);
    expect(released.body.errors).toBeUndefined();
    await api.owner.query(`UPDATE period SET locked_at = now() - interval '1 minute' WHERE id = $1`, [periodId]);
    const after = await home();
    expect(ids(after.waiting.periodsToLock)).not.toContain(periodId);
    expect(ids(after.waiting.periodsToPublish)).not.toContain(periodId);

    // The lead reopens an approved submission: the published results no longer stand.
    await api.owner.query(
      `UPDATE submission SET status = 'RETURNED', return_reason = 'correction', approved_at = NULL WHERE period_id = $1 AND office_id = $2`,
      [periodId, officeIds[0]],
    );
    expect(ids((await home()).waiting.periodsToPublish)).toContain(periodId);
  });

  it('refuses coordinators, another programme’s lead and the admin', async () => {
    for (const email of [demoCoordinatorEmail(3), otherLeadEmail, DEMO_ADMIN_EMAIL]) {
      const { body } = await api.graphql(HOME, { pr: programmeId }, await api.signIn(email));
      expect(codeOf(body)).toBe('FORBIDDEN');
      expect(body.data?.leadHome ?? null).toBeNull();
    }
    const anonymous = await api.graphql(HOME, { pr: programmeId });
    expect(codeOf(anonymous.body)).toBe('UNAUTHENTICATED');
  });
});
