import { CAF_SUB_CRITERIA, cafScores, roundSignificant } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { type AccessScope, NO_ACCESS, setAccessScope } from '../src/database/access-context';
import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { csvFile, storedValues, upload, waitForRow } from './import-helpers';
import { cafCycleIn } from './support/caf-cycles';
import { demoIds, type DemoIds, freshCafCycle, submissionIn } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * CAF self-assessment cycles (issue 19, docs/caf.md) through GraphQL on a real PostgreSQL: opening,
 * private drafts, consensus, closing into CAF_TOTAL_SCORE, the locks of the state triggers, row-level
 * security of the individual scores, the improvement plan feeding IMPROVEMENT_ACTIONS_DONE_PCT, and the
 * radar's peer criterion means published by a CAF period's release.
 *
 * Everything this file needs it makes itself (its assessors, its CAF periods, a programme of its own
 * for the release), so it holds whatever the demo seed adds. Demo offices used: 14 (the cycle walked
 * through end to end, its plan), 15 and 16 (closings refused by a manual submission), 17 (another
 * office: its coordinator and an assessor must see nothing of 14's). The release uses demo offices
 * 1-14 inside a separate programme, where the demo's own data cannot reach.
 */

const CODES = CAF_SUB_CRITERIA.map(({ code }) => code);
const PASSWORD = 'a long enough password';

const CYCLE = `id state version officeId periodId criterionScores total submissionStatus mayManage mayScore mayAgree
  assessors { userId displayName scored isMe }
  myScores { code score evidence strengths improvements }
  individualScores { assessorId assessorName code score }
  spreads { code count lowest highest mean range wide }
  consensus { code score evidence }`;
const OPEN = `mutation($pr: ID!, $o: ID!, $p: ID!, $a: [ID!]!) { openCafCycle(programmeId: $pr, officeId: $o, periodId: $p, assessorIds: $a) { ${CYCLE} } }`;
const SET_GROUP = `mutation($c: ID!, $a: [ID!]!, $v: Int!) { setCafGroup(cycleId: $c, assessorIds: $a, expectedVersion: $v) { ${CYCLE} } }`;
const SAVE_SCORES = `mutation($c: ID!, $s: [CafScoreInput!]!) { saveCafScores(cycleId: $c, scores: $s) { ${CYCLE} } }`;
const START = `mutation($c: ID!, $v: Int!) { startCafConsensus(cycleId: $c, expectedVersion: $v) { ${CYCLE} } }`;
const SAVE_CONSENSUS = `mutation($c: ID!, $s: [CafScoreInput!]!, $v: Int!) { saveCafConsensus(cycleId: $c, scores: $s, expectedVersion: $v) { ${CYCLE} } }`;
const CLOSE = `mutation($c: ID!, $v: Int!) { closeCafCycle(cycleId: $c, expectedVersion: $v) { ${CYCLE} } }`;
const GET = `query($id: ID!) { cafCycle(id: $id) { ${CYCLE} } }`;
const OFFICE = `query($pr: ID!, $o: ID!) { cafOffice(programmeId: $pr, officeId: $o) { mayManage openablePeriods { id } cycles { id state criterionScores total individualScores { code } myScores { code } } } }`;
const CANDIDATES = `query($pr: ID!, $o: ID!) { cafGroupCandidates(programmeId: $pr, officeId: $o) { userId role } }`;
const RADAR = `query($c: ID!) { cafRadar(cycleId: $c) { cycleId released total criteria { criterion score }
  peers { peerGroupId peerGroupName contributorsBand suppressionReason means } } }`;
const PROGRAMME = `query($pr: ID!) { cafProgramme(programmeId: $pr) { closedCycles openCycles offices { officeId cycles { id state total assessorCount } } } }`;
const ACTION = `mutation($i: CafActionInput!) { saveCafAction(input: $i) { id cycleId code indicatorCode title dueOn status completedOn version } }`;
const DELETE_ACTION = 'mutation($id: ID!, $v: Int!) { deleteCafAction(id: $id, expectedVersion: $v) }';
const INVITE = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id } link } }';
const SET_PASSWORD = 'mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) { id } }';
const APPROVE = 'mutation($s: ID!) { approveSubmission(submissionId: $s) { status } }';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> & { code: string } }>;
}
interface Score {
  code: string;
  score: number | null;
  evidence?: string;
  strengths?: string;
  improvements?: string;
}
interface Cycle {
  id: string;
  state: string;
  version: number;
  criterionScores: number[] | null;
  total: number | null;
  submissionStatus: string | null;
  mayManage: boolean;
  mayScore: boolean;
  mayAgree: boolean;
  assessors: Array<{ userId: string; displayName: string; scored: number; isMe: boolean }>;
  myScores: Score[];
  individualScores: Array<{ assessorId: string; assessorName: string; code: string; score: number | null }>;
  spreads: Array<{
    code: string;
    count: number;
    lowest: number | null;
    highest: number | null;
    mean: number | null;
    range: number | null;
    wide: boolean;
  }>;
  consensus: Score[];
}

const codeOf = (body: Body) => body.errors?.[0]?.extensions.code;
const round2 = (value: number) => Math.round(value * 100) / 100;
/** Every sub-criterion scored by `score(code, index)`. */
const all28 = (score: (code: string, index: number) => number | null): Score[] => CODES.map((code, i) => ({ code, score: score(code, i) }));

/** The agreed scores of the cycle walked through, chosen by hand so that the criterion means are known. */
const AGREED: Record<string, number> = {
  '1.1': 60, '1.2': 70, '1.3': 80, '1.4': 90, // 75
  '2.1': 40, '2.2': 45, '2.3': 50, '2.4': 55, // 47.5
  '3.1': 30, '3.2': 31, '3.3': 31, // 30.666… → 30.67
  '4.1': 50, '4.2': 50, '4.3': 50, '4.4': 50, '4.5': 50, '4.6': 50, // 50
  '5.1': 20, '5.2': 40, '5.3': 60, // 40
  '6.1': 65, '6.2': 70, // 67.5
  '7.1': 10, '7.2': 15, // 12.5
  '8.1': 0, '8.2': 100, // 50
  '9.1': 33, '9.2': 34, // 33.5
}; // prettier-ignore
const AGREED_CRITERIA = [75, 47.5, 30.67, 50, 40, 67.5, 12.5, 50, 33.5];
const AGREED_TOTAL = 406.67; // 75 + 47.5 + 30.666… + 50 + 40 + 67.5 + 12.5 + 50 + 33.5

/** The criterion means and their sum, computed here from scores by code (independently of the API). */
function byHand(scores: Record<string, number>): { criteria: number[]; total: number } {
  const sums = new Map<number, number[]>();
  for (const [code, score] of Object.entries(scores)) {
    const criterion = Number(code.split('.')[0]);
    sums.set(criterion, [...(sums.get(criterion) ?? []), score]);
  }
  const means = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (sums.get(n) ?? []).reduce((a, b) => a + b, 0) / (sums.get(n) ?? [1]).length);
  return { criteria: means.map(round2), total: round2(means.reduce((a, b) => a + b, 0)) };
}

/** The database error's constraint name (pg puts it on the error; TypeORM keeps it on driverError). */
function constraintOf(error: unknown): string | undefined {
  const e = error as { constraint?: string; driverError?: { constraint?: string } };
  return e.driverError?.constraint ?? e.constraint;
}

describe('CAF self-assessment cycles (issue 19)', () => {
  let api: TestApi;
  let demo: DemoIds;
  let leadCookie: string;
  let leadId: string;
  const cookies = new Map<string, string>();
  const userIds = new Map<string, string>();

  const officeAt = (position: number) => demo.officeIds[position - 1];
  const idOf = async (email: string): Promise<string> => {
    if (!userIds.has(email)) userIds.set(email, (await api.owner.query('SELECT id FROM app_user WHERE email = $1', [email]))[0].id);
    return userIds.get(email)!;
  };
  const session = async (email: string, password?: string) => {
    if (!cookies.has(email)) cookies.set(email, await api.signIn(email, password));
    return cookies.get(email)!;
  };
  const coordinatorOf = (position: number) => session(demoCoordinatorEmail(position));
  const call = async (query: string, variables: Record<string, unknown>, cookie: string | undefined): Promise<Body> =>
    (await api.graphql(query, variables, cookie).set('Accept-Language', 'en')).body;

  /** An assessor of the demo office at `position`, made as the owner (SQL), signed in. */
  const assessorOf = async (position: number, name: string): Promise<{ id: string; cookie: string; email: string }> => {
    const email = `${name}.${position}@test.officebench.local`;
    const [{ id }] = await api.owner.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, (SELECT password_hash FROM app_user WHERE email = $3)) RETURNING id`,
      [email, `Asesor ${name} ${position}`, DEMO_LEAD_EMAIL],
    );
    await api.owner.query(`INSERT INTO role_grant (user_id, role, programme_id, office_id) VALUES ($1, 'OFFICE_ASSESSOR', $2, $3)`, [
      id,
      demo.programmeId,
      officeAt(position),
    ]);
    userIds.set(email, id);
    return { id, email, cookie: await session(email) };
  };

  /** A transaction of the API's own role (officebench_app) under this scope: what row-level security and the triggers allow it. */
  const asApp = <T>(scope: Partial<AccessScope>, work: (manager: EntityManager) => Promise<T>): Promise<T> =>
    api.appDataSource.transaction(async (manager) => {
      await setAccessScope(manager, { ...NO_ACCESS, ...scope });
      return work(manager);
    });
  /** The constraint that refused a write made as the app role in `scope`, or 'accepted'. */
  const refusedBy = async (scope: Partial<AccessScope>, sql: string, params: unknown[]): Promise<string> => {
    try {
      await asApp(scope, (m) => m.query(sql, params));
      return 'accepted';
    } catch (error) {
      return constraintOf(error) ?? String(error);
    }
  };
  const individualRowsSeen = (scope: Partial<AccessScope>, cycleId: string) =>
    asApp(scope, (m) =>
      m.query('SELECT assessor_id AS "assessorId", code, score FROM caf_individual_score WHERE cycle_id = $1', [cycleId]),
    );
  const ownerRows = (cycleId: string): Promise<Array<{ assessorId: string; code: string; score: number | null }>> =>
    api.owner.query(
      'SELECT assessor_id AS "assessorId", code, score FROM caf_individual_score WHERE cycle_id = $1 ORDER BY assessor_id, code',
      [cycleId],
    );
  const lastAuditId = async (): Promise<number> =>
    Number((await api.owner.query('SELECT coalesce(max(id), 0) AS id FROM audit_log'))[0].id);
  const auditSince = async (since: number, officeId: string): Promise<string[]> =>
    (await api.owner.query('SELECT action FROM audit_log WHERE id > $1 AND office_id = $2 ORDER BY id', [since, officeId])).map(
      (r: { action: string }) => r.action,
    );

  beforeAll(async () => {
    api = await startTestApi({ rateLimits: { loginPerIp: 10_000, loginPerAccount: 10_000 } });
    demo = await demoIds(api.owner);
    leadCookie = await session(DEMO_LEAD_EMAIL);
    leadId = await idOf(DEMO_LEAD_EMAIL);
  });
  afterAll(() => api.close());

  describe('one office’s cycle from opening to approval (office 14)', () => {
    const office = () => officeAt(14);
    let periodId: string;
    let coordinator: string;
    let coordinatorId: string;
    /** A: invited by the coordinator through inviteUser; B: made as the owner. */
    let a: { id: string; cookie: string };
    let b: { id: string; cookie: string };
    /** Office 17's coordinator and an assessor of office 17: another office's people. */
    let otherCoordinator: string;
    let otherAssessor: { id: string; cookie: string };
    let cycleId: string;
    let version: number;
    const scopeOfCoordinator = () => ({
      coordinatedOffices: [{ programmeId: demo.programmeId, officeId: office() }],
      userId: coordinatorId,
    });
    const scopeOfAssessor = (id: string) => ({ assessedOffices: [{ programmeId: demo.programmeId, officeId: office() }], userId: id });
    const scopeOfLead = () => ({ leadProgrammes: [demo.programmeId], userId: leadId });
    const scopeOfOtherAssessor = () => ({
      assessedOffices: [{ programmeId: demo.programmeId, officeId: officeAt(17) }],
      userId: otherAssessor.id,
    });
    const cycleAs = async (cookie: string): Promise<Cycle | null> =>
      (await call(GET, { id: cycleId }, cookie)).data?.cafCycle as Cycle | null;
    /** A's and B's draft scores: A scores 60 + i, B 90 - i, so that 1.1 has 60 against 90 (a wide spread). */
    const aScore = (_code: string, i: number) => 60 + i;
    const bScore = (_code: string, i: number) => 90 - i;

    beforeAll(async () => {
      periodId = await freshCafCycle(api.owner, demo.programmeId);
      coordinator = await coordinatorOf(14);
      coordinatorId = await idOf(demoCoordinatorEmail(14));
      otherCoordinator = await coordinatorOf(17);
      otherAssessor = await assessorOf(17, 'inny');
      b = await assessorOf(14, 'bogna');
    });

    it('the coordinator invites an assessor of its own office (only that role, only its office), who sets a password and signs in', async () => {
      const invite = (email: string, role: string, position: number) =>
        call(
          INVITE,
          { i: { email, displayName: 'Asesor Anna', role, programmeId: demo.programmeId, officeId: officeAt(position) } },
          coordinator,
        );
      expect(codeOf(await invite('not.mine@test.officebench.local', 'OFFICE_ASSESSOR', 15))).toBe('FORBIDDEN');
      expect(codeOf(await invite('not.assessor@test.officebench.local', 'OFFICE_COORDINATOR', 14))).toBe('FORBIDDEN');
      const invited = await invite('anna.14@test.officebench.local', 'OFFICE_ASSESSOR', 14);
      expect(invited.errors).toBeUndefined();
      const { user, link } = (invited.data as { inviteUser: { user: { id: string }; link: string } }).inviteUser;
      const token = new URL(link).hash.replace('#token=', '');
      expect((await call(SET_PASSWORD, { t: token, p: PASSWORD }, undefined)).errors).toBeUndefined();
      a = { id: user.id, cookie: await session('anna.14@test.officebench.local', PASSWORD) };
      const grants = await api.owner.query(
        'SELECT role, programme_id AS "programmeId", office_id AS "officeId" FROM role_grant WHERE user_id = $1',
        [user.id],
      );
      expect(grants).toEqual([{ role: 'OFFICE_ASSESSOR', programmeId: demo.programmeId, officeId: office() }]);
    });

    it('offers the office’s coordinators and assessors as the group (never another office’s), to its coordinator and the lead only', async () => {
      const candidates = await call(CANDIDATES, { pr: demo.programmeId, o: office() }, coordinator);
      const listed = (candidates.data!.cafGroupCandidates as Array<{ userId: string; role: string }>).map((c) => c.userId);
      expect(listed).toEqual(expect.arrayContaining([a.id, b.id, coordinatorId]));
      expect(listed).not.toContain(otherAssessor.id);
      expect((await call(CANDIDATES, { pr: demo.programmeId, o: office() }, leadCookie)).errors).toBeUndefined();
      expect(codeOf(await call(CANDIDATES, { pr: demo.programmeId, o: office() }, a.cookie))).toBe('FORBIDDEN');
      expect(codeOf(await call(CANDIDATES, { pr: demo.programmeId, o: office() }, otherCoordinator))).toBe('FORBIDDEN');
    });

    it('opens only in a CAF period whose deadline is ahead, with a group of the office’s people, by its coordinator', async () => {
      const open = (cookie: string, p: string, assessors: string[]) =>
        call(OPEN, { pr: demo.programmeId, o: office(), p, a: assessors }, cookie);
      const passed = await freshCafCycle(api.owner, demo.programmeId, { deadline: '2011-02-01' });
      const offered = await call(OFFICE, { pr: demo.programmeId, o: office() }, coordinator);
      const openable = (offered.data!.cafOffice as { openablePeriods: Array<{ id: string }> }).openablePeriods.map((p) => p.id);
      expect(openable).toContain(periodId);
      expect(openable).not.toContain(passed);

      expect(codeOf(await open(coordinator, demo.openQuarterId, [a.id, b.id]))).toBe('BAD_USER_INPUT');
      expect(codeOf(await open(coordinator, passed, [a.id, b.id]))).toBe('BAD_USER_INPUT');
      expect(codeOf(await open(coordinator, periodId, []))).toBe('BAD_USER_INPUT');
      expect(codeOf(await open(coordinator, periodId, [a.id, otherAssessor.id]))).toBe('BAD_USER_INPUT');
      expect(codeOf(await open(coordinator, periodId, [a.id, leadId]))).toBe('BAD_USER_INPUT');
      expect(codeOf(await open(leadCookie, periodId, [a.id, b.id]))).toBe('FORBIDDEN');
      expect(codeOf(await open(a.cookie, periodId, [a.id, b.id]))).toBe('FORBIDDEN');
      expect(codeOf(await open(otherCoordinator, periodId, [a.id, b.id]))).toBe('FORBIDDEN');
      expect(
        await api.owner.query('SELECT id FROM caf_cycle WHERE office_id = $1 AND period_id = ANY ($2::uuid[])', [
          office(),
          [periodId, passed],
        ]),
      ).toEqual([]);

      const since = await lastAuditId();
      const opened = await open(coordinator, periodId, [a.id, b.id]);
      expect(opened.errors).toBeUndefined();
      const cycle = opened.data!.openCafCycle as Cycle;
      expect(cycle).toMatchObject({ state: 'SCORING', version: 1, mayManage: true, mayScore: false, criterionScores: null, total: null });
      expect(cycle.assessors.map((m) => [m.userId, m.scored]).sort()).toEqual(
        [
          [a.id, 0],
          [b.id, 0],
        ].sort(),
      );
      expect(await auditSince(since, office())).toEqual(['CAF_CYCLE_OPENED']);
      cycleId = cycle.id;
      version = cycle.version;

      const again = await open(coordinator, periodId, [a.id]);
      expect(codeOf(again)).toBe('CONFLICT');
      expect(
        (await api.owner.query('SELECT count(*)::int AS n FROM caf_cycle WHERE office_id = $1 AND period_id = $2', [office(), periodId]))[0]
          .n,
      ).toBe(1);
      const after = await call(OFFICE, { pr: demo.programmeId, o: office() }, coordinator);
      expect((after.data!.cafOffice as { openablePeriods: Array<{ id: string }> }).openablePeriods.map((p) => p.id)).not.toContain(
        periodId,
      );
    });

    it('the group is the office’s people: changed while scoring with the current version, a stranger refused', async () => {
      const stranger = await call(SET_GROUP, { c: cycleId, a: [a.id, otherAssessor.id], v: version }, coordinator);
      expect(codeOf(stranger)).toBe('BAD_USER_INPUT');
      const stale = await call(SET_GROUP, { c: cycleId, a: [a.id], v: version + 5 }, coordinator);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(codeOf(await call(SET_GROUP, { c: cycleId, a: [a.id], v: version }, a.cookie))).toBe('FORBIDDEN');
      // Same group again: a change of version only.
      const same = await call(SET_GROUP, { c: cycleId, a: [b.id, a.id], v: version }, coordinator);
      expect(same.errors).toBeUndefined();
      const cycle = same.data!.setCafGroup as Cycle;
      expect(cycle.version).toBe(version + 1);
      expect(cycle.assessors.map((m) => m.userId).sort()).toEqual([a.id, b.id].sort());
      version = cycle.version;
    });

    it('an assessor saves a partial draft (a score may be empty), privately; invalid scores are refused with nothing saved', async () => {
      const saved = await call(
        SAVE_SCORES,
        {
          c: cycleId,
          s: [
            { code: '1.1', score: 60, evidence: 'Strategia przyjęta uchwałą', strengths: 'Jasne cele', improvements: 'Komunikacja' },
            { code: '1.2', score: null },
          ],
        },
        a.cookie,
      );
      expect(saved.errors).toBeUndefined();
      const mine = saved.data!.saveCafScores as Cycle;
      expect(mine.myScores).toEqual([
        { code: '1.1', score: 60, evidence: 'Strategia przyjęta uchwałą', strengths: 'Jasne cele', improvements: 'Komunikacja' },
        { code: '1.2', score: null, evidence: '', strengths: '', improvements: '' },
      ]);
      expect(mine.mayScore).toBe(true);
      expect(mine.individualScores).toEqual([]);
      expect(mine.assessors.find((m) => m.userId === a.id)).toMatchObject({ scored: 1, isMe: true });

      const before = await ownerRows(cycleId);
      const refusals: Array<[string, Score[]]> = [
        [
          'an unknown sub-criterion',
          [
            { code: '2.1', score: 50 },
            { code: '1.5', score: 50 },
          ],
        ],
        [
          'a malformed code',
          [
            { code: '2.1', score: 50 },
            { code: '10.1', score: 50 },
          ],
        ],
        [
          'a score above 100',
          [
            { code: '2.1', score: 50 },
            { code: '2.2', score: 101 },
          ],
        ],
        [
          'a negative score',
          [
            { code: '2.1', score: 50 },
            { code: '2.2', score: -1 },
          ],
        ],
        [
          'a code twice',
          [
            { code: '2.1', score: 50 },
            { code: '2.1', score: 40 },
          ],
        ],
        [
          'evidence past 4000 characters',
          [
            { code: '2.1', score: 50 },
            { code: '2.2', score: 50, evidence: 'x'.repeat(4001) },
          ],
        ],
      ];
      for (const [name, scores] of refusals) {
        const refused = await call(SAVE_SCORES, { c: cycleId, s: scores }, a.cookie);
        expect([name, codeOf(refused)]).toEqual([name, 'BAD_USER_INPUT']);
      }
      expect(await ownerRows(cycleId)).toEqual(before);
    });

    it('only a member of the group scores: the coordinator outside it, the lead and another office are refused', async () => {
      const scores = [{ code: '3.1', score: 40 }];
      expect(codeOf(await call(SAVE_SCORES, { c: cycleId, s: scores }, coordinator))).toBe('FORBIDDEN');
      expect(codeOf(await call(SAVE_SCORES, { c: cycleId, s: scores }, leadCookie))).toBe('FORBIDDEN');
      expect(codeOf(await call(SAVE_SCORES, { c: cycleId, s: scores }, otherAssessor.cookie))).toBe('NOT_FOUND');
      expect(codeOf(await call(SAVE_SCORES, { c: cycleId, s: scores }, otherCoordinator))).toBe('NOT_FOUND');
      expect((await ownerRows(cycleId)).filter((r) => r.code === '3.1')).toEqual([]);
    });

    it('consensus cannot start while a member misses scores: the coordinator is told who misses how many', async () => {
      const first = await call(START, { c: cycleId, v: version }, coordinator);
      expect(codeOf(first)).toBe('CONFLICT');
      expect(first.errors![0].message).toContain('Asesor Anna: 27 scores missing');
      expect(first.errors![0].message).toContain('Asesor bogna 14: 28 scores missing');

      const completed = await call(SAVE_SCORES, { c: cycleId, s: all28(aScore) }, a.cookie);
      expect((completed.data!.saveCafScores as Cycle).assessors.find((m) => m.isMe)!.scored).toBe(28);
      const almost = await call(SAVE_SCORES, { c: cycleId, s: all28((code, i) => (code === '9.2' ? null : bScore(code, i))) }, b.cookie);
      expect(almost.errors).toBeUndefined();
      const second = await call(START, { c: cycleId, v: version }, coordinator);
      expect(codeOf(second)).toBe('CONFLICT');
      expect(second.errors![0].message).toContain('Asesor bogna 14: 1 score missing');
      expect(second.errors![0].message).not.toContain('Asesor Anna');
      expect(second.errors![0].extensions.blockers).toEqual([{ code: 'ASSESSOR_INCOMPLETE', assessorId: b.id, missing: 1 }]);
      expect((await api.owner.query('SELECT state FROM caf_cycle WHERE id = $1', [cycleId]))[0].state).toBe('SCORING');
    });

    it('while scoring, nobody but its author sees a draft score: not the other member, the coordinator, the lead or another office (GraphQL and SQL)', async () => {
      const ofA = (await ownerRows(cycleId)).filter((r) => r.assessorId === a.id);
      expect(ofA).toHaveLength(28);

      const seenByB = (await cycleAs(b.cookie))!;
      expect(seenByB.myScores.map((s) => s.score)).toEqual(CODES.map((code, i) => (code === '9.2' ? null : bScore(code, i))));
      expect(seenByB.individualScores).toEqual([]);
      expect(seenByB.spreads).toEqual([]);
      // What B may know of A: how far A has got.
      expect(seenByB.assessors.find((m) => m.userId === a.id)).toMatchObject({ scored: 28, isMe: false });
      const sqlB = await individualRowsSeen(scopeOfAssessor(b.id), cycleId);
      expect(sqlB).toHaveLength(28);
      expect(sqlB.every((r: { assessorId: string }) => r.assessorId === b.id)).toBe(true);
      expect((await individualRowsSeen(scopeOfAssessor(a.id), cycleId)).every((r: { assessorId: string }) => r.assessorId === a.id)).toBe(
        true,
      );

      for (const [who, cookie, scope] of [
        ['coordinator', coordinator, scopeOfCoordinator()],
        ['lead', leadCookie, scopeOfLead()],
      ] as const) {
        const seen = (await cycleAs(cookie))!;
        expect([who, seen.myScores, seen.individualScores, seen.spreads]).toEqual([who, [], [], []]);
        expect([who, await individualRowsSeen(scope, cycleId)]).toEqual([who, []]);
      }
      expect(await cycleAs(otherCoordinator)).toBeNull();
      expect(await cycleAs(otherAssessor.cookie)).toBeNull();
      expect(await individualRowsSeen(scopeOfOtherAssessor(), cycleId)).toEqual([]);
    });

    it('an assessor sees none of its office’s indicator values or statistics and cannot import', async () => {
      const o = office();
      const reads: Array<[string, string, Record<string, unknown>]> = [
        [
          'submission',
          'query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { values { value } } }',
          { o, p: demo.previousQuarterId },
        ],
        [
          'submissionForm',
          'query($o: ID!, $p: ID!) { submissionForm(officeId: $o, periodId: $p) { lines { previousValue } } }',
          { o, p: demo.openQuarterId },
        ],
        [
          'benchmark',
          'query($pr: ID!, $p: ID!, $o: ID!) { benchmark(programmeId: $pr, periodId: $p, officeId: $o) { mean } }',
          { pr: demo.programmeId, p: demo.previousQuarterId, o },
        ],
        [
          'officeScorecard',
          'query($pr: ID!, $o: ID!) { officeScorecard(programmeId: $pr, officeId: $o) { lines { latest } } }',
          { pr: demo.programmeId, o },
        ],
        [
          'indicatorHistory',
          'query($o: ID!, $p: ID!) { indicatorHistory(officeId: $o, periodId: $p, indicatorCode: "CASES_ON_TIME_PCT") { value } }',
          { o, p: demo.openQuarterId },
        ],
      ];
      for (const [name, query, variables] of reads) {
        const body = await call(query, variables, a.cookie);
        expect([name, codeOf(body)]).toEqual([name, 'FORBIDDEN']);
      }
      // The import page offers it nothing to import.
      expect(
        (await call('query($p: ID!) { importPeriods(programmeId: $p) { importable } }', { p: demo.programmeId }, a.cookie)).data,
      ).toEqual({
        importPeriods: [],
      });
      const before = await storedValues(api.owner, o, demo.openQuarterId);
      const file = csvFile([
        ['Wskaźnik', 'Wartość'],
        ['E_SERVICES_COUNT', '99'],
      ]);
      const response = await upload(api, a.cookie, file, 'dane.csv', { periodId: demo.openQuarterId });
      expect(response.status).toBe(403);
      expect(await storedValues(api.owner, o, demo.openQuarterId)).toEqual(before);
      // Nor through SQL in its own scope: no submission or value of its office.
      const [submissions, values] = await asApp(scopeOfAssessor(a.id), async (m) => [
        await m.query('SELECT id FROM submission WHERE office_id = $1', [o]),
        await m.query('SELECT v.value FROM submission_value v JOIN submission s ON s.id = v.submission_id WHERE s.office_id = $1', [o]),
      ]);
      expect([submissions, values]).toEqual([[], []]);
    });

    it('consensus starts once every member scored all 28 (with the current version); scores are then locked', async () => {
      await call(SAVE_SCORES, { c: cycleId, s: [{ code: '9.2', score: bScore('9.2', 27) }] }, b.cookie);
      expect(codeOf(await call(START, { c: cycleId, v: version - 1 }, coordinator))).toBe('CONFLICT');
      expect(codeOf(await call(START, { c: cycleId, v: version }, a.cookie))).toBe('FORBIDDEN');
      const since = await lastAuditId();
      const started = await call(START, { c: cycleId, v: version }, coordinator);
      expect(started.errors).toBeUndefined();
      const cycle = started.data!.startCafConsensus as Cycle;
      expect(cycle).toMatchObject({ state: 'CONSENSUS', version: version + 1, mayAgree: true });
      expect(await auditSince(since, office())).toEqual(['CAF_CONSENSUS_STARTED']);
      version = cycle.version;

      const before = await ownerRows(cycleId);
      const late = await call(SAVE_SCORES, { c: cycleId, s: [{ code: '1.1', score: 1 }] }, a.cookie);
      expect(codeOf(late)).toBe('CONFLICT');
      expect(codeOf(await call(SET_GROUP, { c: cycleId, a: [a.id], v: version }, coordinator))).toBe('CONFLICT');
      expect(await ownerRows(cycleId)).toEqual(before);
      // The database refuses it too, whatever the API does: A's own row, in A's own scope.
      expect(
        await refusedBy(scopeOfAssessor(a.id), `UPDATE caf_individual_score SET score = 1 WHERE cycle_id = $1 AND assessor_id = $2`, [
          cycleId,
          a.id,
        ]),
      ).toBe('caf_cycle_state_allows');
    });

    it('from consensus the group and the coordinator see every individual score with its spread; the lead and another office never do', async () => {
      const expected = [
        ...CODES.map((code, i) => ({ assessorId: a.id, code, score: aScore(code, i) })),
        ...CODES.map((code, i) => ({ assessorId: b.id, code, score: bScore(code, i) })),
      ];
      const sorted = <T extends { assessorId: string; code: string }>(rows: T[]) =>
        [...rows].sort((x, y) => (x.assessorId + x.code).localeCompare(y.assessorId + y.code));
      for (const [who, cookie, scope] of [
        ['assessor A', a.cookie, scopeOfAssessor(a.id)],
        ['assessor B', b.cookie, scopeOfAssessor(b.id)],
        ['coordinator', coordinator, scopeOfCoordinator()],
      ] as const) {
        const seen = (await cycleAs(cookie))!;
        expect([who, sorted(seen.individualScores.map(({ assessorId, code, score }) => ({ assessorId, code, score })))]).toEqual([
          who,
          sorted(expected),
        ]);
        expect([who, sorted(await individualRowsSeen(scope, cycleId))]).toEqual([who, sorted(expected)]);
      }
      const spreads = (await cycleAs(coordinator))!.spreads;
      expect(spreads).toHaveLength(28);
      // 1.1: A 60, B 90; 9.2: A 87, B 63. Widest first.
      expect(spreads[0]).toEqual({ code: '1.1', count: 2, lowest: 60, highest: 90, mean: 75, range: 30, wide: true });
      expect(spreads.find((s) => s.code === '5.1')).toEqual({
        code: '5.1',
        count: 2,
        lowest: 73,
        highest: 77,
        mean: 75,
        range: 4,
        wide: false,
      });
      expect(spreads.find((s) => s.code === '9.2')).toEqual({
        code: '9.2',
        count: 2,
        lowest: 63,
        highest: 87,
        mean: 75,
        range: 24,
        wide: true,
      });

      const lead = (await cycleAs(leadCookie))!;
      expect([lead.state, lead.myScores, lead.individualScores]).toEqual(['CONSENSUS', [], []]);
      // The lead gets the spreads' rows but not a figure of them (nothing of the individual scores, not even how many).
      expect(
        lead.spreads.filter((s) => s.count !== 0 || s.lowest !== null || s.highest !== null || s.mean !== null || s.range !== null),
      ).toEqual([]);
      expect(await individualRowsSeen(scopeOfLead(), cycleId)).toEqual([]);
      expect(await cycleAs(otherCoordinator)).toBeNull();
      expect(await cycleAs(otherAssessor.cookie)).toBeNull();
      expect(await individualRowsSeen(scopeOfOtherAssessor(), cycleId)).toEqual([]);
      expect(
        await individualRowsSeen(
          { coordinatedOffices: [{ programmeId: demo.programmeId, officeId: officeAt(17) }], userId: await idOf(demoCoordinatorEmail(17)) },
          cycleId,
        ),
      ).toEqual([]);
      expect(codeOf(await call(OFFICE, { pr: demo.programmeId, o: office() }, otherCoordinator))).toBe('FORBIDDEN');
      expect(codeOf(await call(OFFICE, { pr: demo.programmeId, o: office() }, otherAssessor.cookie))).toBe('FORBIDDEN');
      const leadOffice = await call(OFFICE, { pr: demo.programmeId, o: office() }, leadCookie);
      const leadCycle = (
        leadOffice.data!.cafOffice as { cycles: Array<{ id: string; individualScores: unknown[]; myScores: unknown[] }> }
      ).cycles.find((c) => c.id === cycleId)!;
      expect([leadCycle.individualScores, leadCycle.myScores]).toEqual([[], []]);
    });

    it('an assessor of the office outside the group sees none of the group’s individual scores, even in consensus (docs/caf.md: “the rest of the group and the office’s coordinators”)', async () => {
      const outsider = await assessorOf(14, 'cezary');
      const seen = (await cycleAs(outsider.cookie))!;
      expect(seen.state).toBe('CONSENSUS');
      expect(seen.mayAgree).toBe(false);
      expect(codeOf(await call(SAVE_CONSENSUS, { c: cycleId, s: [{ code: '1.1', score: 5 }], v: version }, outsider.cookie))).toBe(
        'FORBIDDEN',
      );
      expect(seen.individualScores).toEqual([]);
      expect(await individualRowsSeen(scopeOfAssessor(outsider.id), cycleId)).toEqual([]);
    });

    it('the consensus is saved by the group or the coordinator with the current version; a stale save is refused', async () => {
      const firstHalf = CODES.slice(0, 14).map((code) => ({ code, score: AGREED[code], evidence: `Uzgodniono ${code}` }));
      const byA = await call(SAVE_CONSENSUS, { c: cycleId, s: firstHalf, v: version }, a.cookie);
      expect(byA.errors).toBeUndefined();
      const afterA = byA.data!.saveCafConsensus as Cycle;
      expect(afterA.version).toBe(version + 1);
      expect(afterA.consensus).toHaveLength(14);
      const stale = await call(SAVE_CONSENSUS, { c: cycleId, s: [{ code: '1.1', score: 5 }], v: version }, coordinator);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors![0].extensions.currentVersion).toBe(version + 1);
      expect(
        (await api.owner.query(`SELECT score FROM caf_consensus_score WHERE cycle_id = $1 AND code = '1.1'`, [cycleId]))[0].score,
      ).toBe(60);
      version += 1;
      // The lead sees the cycle but may not change it; another office does not even find it.
      expect(codeOf(await call(SAVE_CONSENSUS, { c: cycleId, s: [{ code: '1.1', score: 5 }], v: version }, leadCookie))).toBe('FORBIDDEN');
      expect(codeOf(await call(SAVE_CONSENSUS, { c: cycleId, s: [{ code: '1.1', score: 5 }], v: version }, otherCoordinator))).toBe(
        'NOT_FOUND',
      );

      const incomplete = await call(CLOSE, { c: cycleId, v: version }, coordinator);
      expect(codeOf(incomplete)).toBe('CONFLICT');
      expect(incomplete.errors![0].message).toContain(`14 sub-criteria have no agreed score: ${CODES.slice(14).join(', ')}`);

      const secondHalf = CODES.slice(14).map((code) => ({ code, score: AGREED[code] }));
      const byCoordinator = await call(
        SAVE_CONSENSUS,
        { c: cycleId, s: [...secondHalf.slice(0, 13), { code: '9.2', score: null }], v: version },
        coordinator,
      );
      expect(byCoordinator.errors).toBeUndefined();
      version = (byCoordinator.data!.saveCafConsensus as Cycle).version;
      // An empty agreed score does not count.
      const stillOne = await call(CLOSE, { c: cycleId, v: version }, coordinator);
      expect(codeOf(stillOne)).toBe('CONFLICT');
      expect(stillOne.errors![0].extensions.blockers).toEqual([{ code: 'CONSENSUS_INCOMPLETE', missing: ['9.2'] }]);
      const last = await call(SAVE_CONSENSUS, { c: cycleId, s: [{ code: '9.2', score: AGREED['9.2'] }], v: version }, b.cookie);
      expect(last.errors).toBeUndefined();
      version = (last.data!.saveCafConsensus as Cycle).version;
      expect(codeOf(await call(CLOSE, { c: cycleId, v: version }, a.cookie))).toBe('FORBIDDEN');
      expect(codeOf(await call(CLOSE, { c: cycleId, v: version - 1 }, coordinator))).toBe('CONFLICT');
      expect((await api.owner.query('SELECT state FROM caf_cycle WHERE id = $1', [cycleId]))[0].state).toBe('CONSENSUS');
    });

    it('closing scores the cycle (criterion means, their sum), writes the total as CAF_TOTAL_SCORE and submits it, audited', async () => {
      const since = await lastAuditId();
      const closed = await call(CLOSE, { c: cycleId, v: version }, coordinator);
      expect(closed.errors).toBeUndefined();
      const cycle = closed.data!.closeCafCycle as Cycle;
      // By hand (see AGREED), and computed here from the scores entered, and by the domain's cafScores.
      expect(byHand(AGREED)).toEqual({ criteria: AGREED_CRITERIA, total: AGREED_TOTAL });
      const domain = cafScores(new Map(Object.entries(AGREED)));
      expect([domain.criteria.map(round2), round2(domain.total)]).toEqual([AGREED_CRITERIA, AGREED_TOTAL]);
      expect(cycle).toMatchObject({
        state: 'CLOSED',
        criterionScores: AGREED_CRITERIA,
        total: AGREED_TOTAL,
        submissionStatus: 'SUBMITTED',
      });
      version = cycle.version;

      const [submission] = await api.owner.query(
        `SELECT s.id, s.status, v.value::float8 AS value, v.comment FROM submission s JOIN submission_value v ON v.submission_id = s.id
           JOIN indicator i ON i.id = v.indicator_id WHERE s.office_id = $1 AND s.period_id = $2 AND i.code = 'CAF_TOTAL_SCORE'`,
        [office(), periodId],
      );
      expect(submission).toMatchObject({ status: 'SUBMITTED', value: AGREED_TOTAL });
      expect(submission.comment).toBeTruthy();
      const actions = await auditSince(since, office());
      expect(actions).toEqual(expect.arrayContaining(['CAF_CYCLE_CLOSED', 'SUBMISSION_SUBMIT']));
      expect(actions.indexOf('CAF_CYCLE_CLOSED')).toBeLessThan(actions.indexOf('SUBMISSION_SUBMIT'));

      // The lead sees the closed total (never a score of anyone) and approves it through the ordinary mutation.
      const overview = await call(PROGRAMME, { pr: demo.programmeId }, leadCookie);
      const row = (
        overview.data!.cafProgramme as {
          offices: Array<{ officeId: string; cycles: Array<{ id: string; state: string; total: number; assessorCount: number }> }>;
        }
      ).offices.find((o) => o.officeId === office())!;
      expect(row.cycles.find((c) => c.id === cycleId)).toEqual({ id: cycleId, state: 'CLOSED', total: AGREED_TOTAL, assessorCount: 2 });
      const approved = await call(APPROVE, { s: submission.id }, leadCookie);
      expect(approved.errors).toBeUndefined();
      expect((await cycleAs(coordinator))!.submissionStatus).toBe('APPROVED');
    });

    it('a closed cycle takes no change: not through the API and not in the database as the app role', async () => {
      const before = await api.owner.query('SELECT version, state, total::float8 AS total FROM caf_cycle WHERE id = $1', [cycleId]);
      const refusals: Array<[string, Body]> = [
        ['consensus', await call(SAVE_CONSENSUS, { c: cycleId, s: [{ code: '1.1', score: 5 }], v: version }, coordinator)],
        ['scores', await call(SAVE_SCORES, { c: cycleId, s: [{ code: '1.1', score: 5 }] }, a.cookie)],
        ['group', await call(SET_GROUP, { c: cycleId, a: [a.id], v: version }, coordinator)],
        ['consensus again', await call(START, { c: cycleId, v: version }, coordinator)],
        ['closing again', await call(CLOSE, { c: cycleId, v: version }, coordinator)],
      ];
      for (const [name, body] of refusals) expect([name, codeOf(body)]).toEqual([name, 'CONFLICT']);
      expect(await api.owner.query('SELECT version, state, total::float8 AS total FROM caf_cycle WHERE id = $1', [cycleId])).toEqual(
        before,
      );

      expect(await refusedBy(scopeOfCoordinator(), `UPDATE caf_consensus_score SET score = 1 WHERE cycle_id = $1`, [cycleId])).toBe(
        'caf_cycle_state_allows',
      );
      expect(
        await refusedBy(
          scopeOfCoordinator(),
          `INSERT INTO caf_consensus_score (cycle_id, programme_id, office_id, code, score) VALUES ($1, $2, $3, '1.1', 1) ON CONFLICT (cycle_id, code) DO UPDATE SET score = 1`,
          [cycleId, demo.programmeId, office()],
        ),
      ).toBe('caf_cycle_state_allows');
      expect(await refusedBy(scopeOfCoordinator(), `DELETE FROM caf_consensus_score WHERE cycle_id = $1`, [cycleId])).toBe(
        'caf_cycle_state_allows',
      );
      expect(
        await refusedBy(scopeOfAssessor(a.id), `UPDATE caf_individual_score SET score = 1 WHERE cycle_id = $1 AND assessor_id = $2`, [
          cycleId,
          a.id,
        ]),
      ).toBe('caf_cycle_state_allows');
      expect(await refusedBy(scopeOfCoordinator(), `DELETE FROM caf_assessor WHERE cycle_id = $1`, [cycleId])).toBe(
        'caf_cycle_state_allows',
      );
      expect(await refusedBy(scopeOfCoordinator(), `UPDATE caf_cycle SET total = 900 WHERE id = $1`, [cycleId])).toBe(
        'caf_cycle_transition',
      );
      expect(
        await refusedBy(
          scopeOfCoordinator(),
          `UPDATE caf_cycle SET state = 'CONSENSUS', closed_at = NULL, total = NULL, criterion_scores = NULL WHERE id = $1`,
          [cycleId],
        ),
      ).toBe('caf_cycle_transition');
      expect(
        await refusedBy(scopeOfAssessor(a.id), `UPDATE caf_cycle SET criterion_scores = '{1,1,1,1,1,1,1,1,1}' WHERE id = $1`, [cycleId]),
      ).toBe('caf_cycle_transition');
      expect(await api.owner.query('SELECT version, state, total::float8 AS total FROM caf_cycle WHERE id = $1', [cycleId])).toEqual(
        before,
      );
      expect(
        (await api.owner.query('SELECT count(*)::int AS n FROM caf_consensus_score WHERE cycle_id = $1 AND score = 1', [cycleId]))[0].n,
      ).toBe(0);
    });

    describe('the improvement plan', () => {
      let quarter: { startsOn: string; endsOn: string };
      const today = () => new Date().toISOString().slice(0, 10);
      const action = (input: Record<string, unknown>, cookie: string) =>
        call(
          ACTION,
          { i: { cycleId, code: '2.1', indicatorCode: 'IMPROVEMENT_ACTIONS_DONE_PCT', title: 'Działanie', status: 'PLANNED', ...input } },
          cookie,
        );
      const doneValue = async () =>
        (await storedValues(api.owner, office(), demo.openQuarterId)).find((v) => v.code === 'IMPROVEMENT_ACTIONS_DONE_PCT') ?? null;
      const actionCount = async () =>
        (await api.owner.query('SELECT count(*)::int AS n FROM caf_action WHERE office_id = $1', [office()]))[0].n as number;

      beforeAll(async () => {
        // The office's plan starts empty here (whatever the demo may hold), and its open quarter is still a draft.
        await api.owner.query('DELETE FROM caf_action WHERE office_id = $1', [office()]);
        [quarter] = await api.owner.query(
          `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn" FROM period WHERE id = $1`,
          [demo.openQuarterId],
        );
      });

      it('the programme reports IMPROVEMENT_ACTIONS_DONE_PCT quarterly, and office 14’s open quarter is a draft', async () => {
        const [indicator] = await api.owner.query(
          `SELECT i.periodicity, i.input_kind AS "inputKind" FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
            WHERE pi.programme_id = $1 AND i.code = 'IMPROVEMENT_ACTIONS_DONE_PCT'`,
          [demo.programmeId],
        );
        expect(indicator).toEqual({ periodicity: 'QUARTERLY', inputKind: 'RATIO' });
        const statuses = await api.owner.query('SELECT status FROM submission WHERE office_id = $1 AND period_id = $2', [
          office(),
          demo.openQuarterId,
        ]);
        expect(statuses.every((s: { status: string }) => s.status === 'DRAFT' || s.status === 'RETURNED')).toBe(true);
      });

      it('only the coordinator writes it; a bad title, date, sub-criterion or indicator is refused and nothing is written', async () => {
        const good = { title: 'Szkolenie z obsługi klienta', dueOn: quarter.endsOn };
        expect(codeOf(await action(good, a.cookie))).toBe('FORBIDDEN');
        expect(codeOf(await action(good, leadCookie))).toBe('FORBIDDEN');
        expect(codeOf(await action(good, otherCoordinator))).toBe('NOT_FOUND');
        const bad: Array<[string, Record<string, unknown>]> = [
          ['an empty title', { title: '   ', dueOn: quarter.endsOn }],
          ['an impossible date', { title: 'Działanie', dueOn: '2026-02-30' }],
          ['a date that is no date', { title: 'Działanie', dueOn: 'jutro' }],
          ['an unknown indicator', { title: 'Działanie', indicatorCode: 'NO_SUCH_INDICATOR' }],
          ['an unknown sub-criterion', { title: 'Działanie', code: '1.5' }],
        ];
        for (const [name, input] of bad) expect([name, codeOf(await action(input, coordinator))]).toEqual([name, 'BAD_USER_INPUT']);
        expect(await actionCount()).toBe(0);
      });

      /** Actions made by the first test below, used by the next ones. */
      const made = new Map<string, { id: string; version: number }>();
      const saved = (body: Body) => {
        expect(body.errors).toBeUndefined();
        return body.data!.saveCafAction as { id: string; version: number; completedOn: string | null };
      };

      it('feeds the open quarter’s IMPROVEMENT_ACTIONS_DONE_PCT: done by the due date over due, cancelled left out', async () => {
        const since = await lastAuditId();
        const done = saved(await action({ title: 'Karta usług', dueOn: quarter.endsOn, status: 'DONE' }, coordinator));
        expect(done.completedOn).toBe(today());
        const planned = saved(await action({ title: 'Ankieta klientów', dueOn: quarter.endsOn }, coordinator));
        saved(await action({ title: 'Odwołane', dueOn: quarter.endsOn, status: 'CANCELLED' }, coordinator));
        const early = saved(await action({ title: 'Na początek kwartału', dueOn: quarter.startsOn, status: 'IN_PROGRESS' }, coordinator));
        // Due after the quarter: not in this quarter's share.
        const later = saved(await action({ title: 'Na później', dueOn: '2999-01-15' }, coordinator));
        expect(await doneValue()).toMatchObject({ numerator: 1, denominator: 3 });
        expect(await auditSince(since, office())).toEqual(expect.arrayContaining(['CAF_ACTION_CREATED']));

        const updated = saved(
          await action(
            { id: planned.id, expectedVersion: planned.version, title: 'Ankieta klientów', dueOn: quarter.endsOn, status: 'DONE' },
            coordinator,
          ),
        );
        expect(updated.version).toBe(planned.version + 1);
        expect(await doneValue()).toMatchObject({ numerator: 2, denominator: 3 });

        // Done today, due on the quarter's first day: on time only if today is that day.
        saved(
          await action(
            { id: early.id, expectedVersion: early.version, title: 'Na początek kwartału', dueOn: quarter.startsOn, status: 'DONE' },
            coordinator,
          ),
        );
        const earlyOnTime = today() <= quarter.startsOn ? 1 : 0;
        expect(await doneValue()).toMatchObject({ numerator: 2 + earlyOnTime, denominator: 3 });

        // An assessor reads the plan but cannot remove from it (refused; NOT_FOUND as well as FORBIDDEN keeps it private enough).
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(await call(DELETE_ACTION, { id: done.id, v: done.version }, a.cookie)));
        const deleted = await call(DELETE_ACTION, { id: done.id, v: done.version }, coordinator);
        expect(deleted.data).toEqual({ deleteCafAction: true });
        expect(await api.owner.query('SELECT id FROM caf_action WHERE id = $1', [done.id])).toEqual([]);
        expect(await doneValue()).toMatchObject({ numerator: 1 + earlyOnTime, denominator: 2 });
        // The assessors read the plan.
        expect((await call(`query($id: ID!) { cafCycle(id: $id) { actions { title } } }`, { id: cycleId }, a.cookie)).data).toMatchObject({
          cafCycle: { actions: expect.arrayContaining([{ title: 'Ankieta klientów' }]) },
        });
        made.set('planned', { id: planned.id, version: updated.version });
        made.set('later', later);
      });

      it('refuses a stale change of an action (CONFLICT) and leaves it and the quarter’s value as they were', async () => {
        const { id, version: current } = made.get('planned')!;
        const before = await doneValue();
        const since = await lastAuditId();
        const stale = await action(
          { id, expectedVersion: current - 1, title: 'Spóźniona zmiana', dueOn: quarter.endsOn, status: 'PLANNED' },
          coordinator,
        );
        expect(codeOf(stale)).toBe('CONFLICT');
        expect(await api.owner.query('SELECT title, status, version FROM caf_action WHERE id = $1', [id])).toEqual([
          { title: 'Ankieta klientów', status: 'DONE', version: current },
        ]);
        expect(await doneValue()).toEqual(before);
        expect(await auditSince(since, office())).toEqual([]);
      });

      it('refuses a stale removal of an action (CONFLICT) and keeps it', async () => {
        const { id, version: current } = made.get('later')!;
        const since = await lastAuditId();
        const stale = await call(DELETE_ACTION, { id, v: current + 1 }, coordinator);
        expect(codeOf(stale)).toBe('CONFLICT');
        expect(await api.owner.query('SELECT id FROM caf_action WHERE id = $1', [id])).toEqual([{ id }]);
        expect(await auditSince(since, office())).toEqual([]);
      });

      it('refuses to change an existing action without the version it edits (expectedVersion is "required for an existing action")', async () => {
        const created = saved(await action({ title: 'Bez wersji', dueOn: '2999-02-01' }, coordinator));
        saved(
          await action(
            { id: created.id, expectedVersion: created.version, title: 'Zmienione przez kogoś', dueOn: '2999-02-01' },
            coordinator,
          ),
        );
        const blind = await action({ id: created.id, title: 'Nadpisane na ślepo', dueOn: '2999-02-01' }, coordinator);
        expect(codeOf(blind)).toBe('BAD_USER_INPUT');
        expect((await api.owner.query('SELECT title FROM caf_action WHERE id = $1', [created.id]))[0].title).toBe('Zmienione przez kogoś');
      });
    });
  });

  describe('races and group changes (offices 18 and 19)', () => {
    const office = () => officeAt(18);
    let coordinator: string;
    let coordinatorId: string;
    let x: { id: string; cookie: string };
    let y: { id: string; cookie: string };
    const cycleWith = async (assessorIds: string[], state: 'SCORING' | 'CONSENSUS' = 'SCORING') =>
      cafCycleIn(api.owner, {
        programmeId: demo.programmeId,
        officeId: office(),
        periodId: await freshCafCycle(api.owner, demo.programmeId),
        assessorIds,
        scored: true,
        state,
      });

    beforeAll(async () => {
      coordinator = await coordinatorOf(18);
      coordinatorId = await idOf(demoCoordinatorEmail(18));
      x = await assessorOf(18, 'xawery');
      y = await assessorOf(18, 'ygrek');
    });

    it('a draft taken back while consensus starts: never both (the state trigger waits for the state change, or the change for the draft)', async () => {
      for (let round = 0; round < 8; round += 1) {
        const cycle = await cycleWith([x.id]);
        const [save, start] = await Promise.all([
          call(SAVE_SCORES, { c: cycle.id, s: [{ code: '4.4', score: null }] }, x.cookie),
          call(START, { c: cycle.id, v: cycle.version }, coordinator),
        ]);
        const [{ state }] = await api.owner.query('SELECT state FROM caf_cycle WHERE id = $1', [cycle.id]);
        const [{ n }] = await api.owner.query(
          'SELECT count(*)::int AS n FROM caf_individual_score WHERE cycle_id = $1 AND score IS NOT NULL',
          [cycle.id],
        );
        const [saved, started] = [!save.errors, !start.errors];
        expect([saved && started, saved || started]).toEqual([false, true]);
        expect([state, n]).toEqual(started ? ['CONSENSUS', 28] : ['SCORING', 27]);
      }
    });

    it('a draft whose cycle moves to consensus while it is being written is refused with CONFLICT (not an internal error)', async () => {
      const cycle = await cycleWith([x.id]);
      // The owner holds the cycle as a state change would; the draft waits for it (the service locks the cycle FOR SHARE).
      const runner = api.owner.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query('SELECT id FROM caf_cycle WHERE id = $1 FOR UPDATE', [cycle.id]);
        const save = call(SAVE_SCORES, { c: cycle.id, s: [{ code: '4.4', score: null }] }, x.cookie);
        await waitForRow(
          api.owner,
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR SHARE OF c%'`,
        );
        await runner.query(`UPDATE caf_cycle SET state = 'CONSENSUS', consensus_at = now(), version = version + 1 WHERE id = $1`, [
          cycle.id,
        ]);
        await runner.commitTransaction();
        const refused = await save;
        expect([codeOf(refused), refused.errors?.[0]?.message]).toEqual(['CONFLICT', expect.stringContaining('in consensus')]);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
      const [{ n }] = await api.owner.query(
        'SELECT count(*)::int AS n FROM caf_individual_score WHERE cycle_id = $1 AND score IS NOT NULL',
        [cycle.id],
      );
      expect(n).toBe(28);
    });

    it('two consensus saves on the same version: one is kept, the other refused with CONFLICT', async () => {
      const cycle = await cycleWith([x.id, y.id], 'CONSENSUS');
      const answers = await Promise.all(
        [
          [x, 10],
          [y, 90],
        ].map(([who, score]) =>
          call(SAVE_CONSENSUS, { c: cycle.id, s: [{ code: '1.1', score }], v: cycle.version }, (who as { cookie: string }).cookie),
        ),
      );
      expect(answers.map((body) => codeOf(body) ?? 'saved').sort()).toEqual(['CONFLICT', 'saved']);
      const kept = answers.findIndex((body) => !body.errors);
      const [{ score, version }] = await api.owner.query(
        `SELECT s.score, c.version FROM caf_consensus_score s JOIN caf_cycle c ON c.id = s.cycle_id WHERE s.cycle_id = $1 AND s.code = '1.1'`,
        [cycle.id],
      );
      expect([score, version]).toEqual([[10, 90][kept], cycle.version + 1]);
    });

    it('a member taken out of the group while scoring takes its private drafts with it', async () => {
      const cycle = await cycleWith([x.id, y.id]);
      const changed = await call(SET_GROUP, { c: cycle.id, a: [x.id, coordinatorId], v: cycle.version }, coordinator);
      expect(changed.errors).toBeUndefined();
      expect((changed.data!.setCafGroup as Cycle).assessors.map((m) => [m.userId, m.scored]).sort()).toEqual(
        [
          [x.id, 28],
          [coordinatorId, 0],
        ].sort(),
      );
      expect(
        await api.owner.query('SELECT DISTINCT assessor_id AS "assessorId" FROM caf_individual_score WHERE cycle_id = $1', [cycle.id]),
      ).toEqual([{ assessorId: x.id }]);
      // No longer a member: it cannot score, and sees no draft of anyone (its own are gone).
      expect(codeOf(await call(SAVE_SCORES, { c: cycle.id, s: [{ code: '1.1', score: 1 }] }, y.cookie))).toBe('FORBIDDEN');
      expect(
        await individualRowsSeen({ assessedOffices: [{ programmeId: demo.programmeId, officeId: office() }], userId: y.id }, cycle.id),
      ).toEqual([]);
    });

    it('closing over a total the lead returned: the value is replaced by the cycle’s total and submitted again', async () => {
      const position = 19;
      const periodId = await freshCafCycle(api.owner, demo.programmeId);
      const coordinator19 = await idOf(demoCoordinatorEmail(position));
      const cycle = await cafCycleIn(api.owner, {
        programmeId: demo.programmeId,
        officeId: officeAt(position),
        periodId,
        assessorIds: [coordinator19],
        scored: true,
        state: 'CONSENSUS',
        agreed: true,
        score: 70,
      });
      await submissionIn(api.owner, demo.programmeId, periodId, officeAt(position), 'RETURNED', 123);
      const closed = await call(CLOSE, { c: cycle.id, v: cycle.version }, await coordinatorOf(position));
      expect(closed.errors).toBeUndefined();
      // Every sub-criterion 70: each criterion 70, the total 9 × 70.
      expect(closed.data!.closeCafCycle).toMatchObject({
        state: 'CLOSED',
        criterionScores: Array(9).fill(70),
        total: 630,
        submissionStatus: 'SUBMITTED',
      });
      expect(await storedValues(api.owner, officeAt(position), periodId)).toEqual([
        expect.objectContaining({ code: 'CAF_TOTAL_SCORE', value: 630 }),
      ]);
    });
  });

  describe.each([
    ['SUBMITTED', 15],
    ['APPROVED', 16],
  ] as const)('a closing the submission refuses (the CAF total already %s by hand, office %i)', (status, position) => {
    it('leaves the cycle in consensus, unscored, and the hand-entered value as it was: one transaction', async () => {
      const periodId = await freshCafCycle(api.owner, demo.programmeId);
      const office = officeAt(position);
      const coordinatorId = await idOf(demoCoordinatorEmail(position));
      const [{ id: cycleId }] = await api.owner.query(
        `INSERT INTO caf_cycle (programme_id, office_id, period_id, state, consensus_at, opened_by) VALUES ($1, $2, $3, 'CONSENSUS', now(), $4) RETURNING id`,
        [demo.programmeId, office, periodId, coordinatorId],
      );
      await api.owner.query(
        `INSERT INTO caf_consensus_score (cycle_id, programme_id, office_id, code, score) SELECT $1, $2, $3, code, 50 FROM unnest($4::text[]) AS code`,
        [cycleId, demo.programmeId, office, CODES],
      );
      await submissionIn(api.owner, demo.programmeId, periodId, office, status, 321);
      const since = await lastAuditId();

      const refused = await call(CLOSE, { c: cycleId, v: 1 }, await coordinatorOf(position));
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(
        await api.owner.query(
          'SELECT state, version, total, criterion_scores AS "criterionScores", closed_at AS "closedAt" FROM caf_cycle WHERE id = $1',
          [cycleId],
        ),
      ).toEqual([{ state: 'CONSENSUS', version: 1, total: null, criterionScores: null, closedAt: null }]);
      expect(await storedValues(api.owner, office, periodId)).toEqual([expect.objectContaining({ code: 'CAF_TOTAL_SCORE', value: 321 })]);
      expect(
        (await api.owner.query('SELECT status FROM submission WHERE office_id = $1 AND period_id = $2', [office, periodId]))[0].status,
      ).toBe(status);
      expect(await auditSince(since, office)).toEqual([]);
    });
  });

  describe('the radar’s peer criterion means, published by the CAF period’s release', () => {
    /**
     * A programme of its own (k = 5: a published cell needs k + 1 = 6 contributors) with demo offices
     * 1-20 and four disjoint peer groups, so that the release's decisions on CAF_TOTAL_SCORE are plain:
     * - "Z samooceny": offices 1-6, each with a closed cycle whose total it contributed (office 1's closed
     *   through GraphQL and approved by the lead, with a fractional total): means published;
     * - "Z wpisem": offices 7-11 from cycles and 12 entered by hand: the total published, the means not (NOT_FROM_CYCLES);
     * - "Za mała": offices 13-14 from cycles: too few, the total suppressed, so the means too (TOTAL_SUPPRESSED);
     * - "Z poprawką": offices 15-20 with closed cycles, but 20's approved total corrected by hand after its
     *   cycle (one point more): NOT_FROM_CYCLES.
     */
    let programmeId: string;
    let periodId: string;
    let leadCookieR: string;
    const cycles = new Map<number, string>();
    const criteria = new Map<number, number[]>();
    const groups = new Map<string, string>();
    const coordinatorCookies = new Map<number, string>();
    const GROUPS: Array<[string, number[]]> = [
      ['Z samooceny', [1, 2, 3, 4, 5, 6]],
      ['Z wpisem', [7, 8, 9, 10, 11, 12]],
      ['Za mała', [13, 14]],
      ['Z poprawką', [15, 16, 17, 18, 19, 20]],
    ];
    /** Office p's criterion scores: whole numbers, so that no mean of six falls half-way between two cents. */
    const scoresOf = (p: number) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => 20 + ((p * 7 + n * 11) % 61));
    const radarOf = async (position: number) => (await call(RADAR, { c: cycles.get(position) }, coordinatorCookies.get(position))) as Body;
    type Radar = {
      released: boolean;
      total: number;
      criteria: Array<{ score: number }>;
      peers: Array<{ peerGroupId: string; contributorsBand: string | null; suppressionReason: string | null; means: number[] | null }>;
    };

    beforeAll(async () => {
      const o = (p: number) => officeAt(p);
      [{ id: programmeId }] = await api.owner.query(
        `INSERT INTO programme (code, name, anonymity_threshold) VALUES ('caf-radar', 'Program radaru CAF', 5) RETURNING id`,
      );
      for (let p = 1; p <= 20; p += 1)
        await api.owner.query('INSERT INTO programme_office (programme_id, office_id, position) VALUES ($1, $2, $3)', [
          programmeId,
          o(p),
          p,
        ]);
      await api.owner.query(
        `INSERT INTO programme_indicator (programme_id, indicator_id, position) SELECT $1, id, 1 FROM indicator WHERE code = 'CAF_TOTAL_SCORE' ORDER BY version DESC LIMIT 1`,
        [programmeId],
      );
      [{ id: periodId }] = await api.owner.query(
        `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline) VALUES ($1, 'CAF_CYCLE', 'CAF radar', '2098-03-01', '2098-05-31', '2011-01-01', '2999-12-31') RETURNING id`,
        [programmeId],
      );
      for (const [name, members] of GROUPS) {
        const [{ id }] = await api.owner.query(
          `INSERT INTO peer_group (programme_id, name, basis) VALUES ($1, $2, 'CUSTOM') RETURNING id`,
          [programmeId, name],
        );
        groups.set(name, id);
        for (const p of members)
          await api.owner.query('INSERT INTO peer_group_member (peer_group_id, programme_id, office_id) VALUES ($1, $2, $3)', [
            id,
            programmeId,
            o(p),
          ]);
      }
      const password = (await api.owner.query('SELECT password_hash FROM app_user WHERE email = $1', [DEMO_LEAD_EMAIL]))[0].password_hash;
      const user = async (email: string, role: string, office: string | null) => {
        const [{ id }] = await api.owner.query(
          `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $1, $2) RETURNING id`,
          [email, password],
        );
        await api.owner.query('INSERT INTO role_grant (user_id, role, programme_id, office_id) VALUES ($1, $2, $3, $4)', [
          id,
          role,
          programmeId,
          office,
        ]);
        return session(email);
      };
      leadCookieR = await user('lead.radar@test.officebench.local', 'PROGRAMME_LEAD', null);
      for (const p of [1, 2, 7, 13, 15])
        coordinatorCookies.set(p, await user(`coordinator.radar.${p}@test.officebench.local`, 'OFFICE_COORDINATOR', o(p)));
      // Office 1: a cycle in consensus with the hand-picked AGREED scores, closed by its coordinator, approved by the lead.
      const [{ id: radarCoordinator1 }] = await api.owner.query('SELECT id FROM app_user WHERE email = $1', [
        'coordinator.radar.1@test.officebench.local',
      ]);
      const first = await cafCycleIn(api.owner, {
        programmeId,
        officeId: o(1),
        periodId,
        assessorIds: [radarCoordinator1],
        scored: true,
        state: 'CONSENSUS',
      });
      await api.owner.query(
        `INSERT INTO caf_consensus_score (cycle_id, programme_id, office_id, code, score) SELECT $1, $2, $3, key, value::int FROM json_each_text($4::json)`,
        [first.id, programmeId, o(1), JSON.stringify(AGREED)],
      );
      const closed = await call(CLOSE, { c: first.id, v: first.version }, coordinatorCookies.get(1));
      expect(closed.data?.closeCafCycle).toMatchObject({ state: 'CLOSED', total: AGREED_TOTAL, submissionStatus: 'SUBMITTED' });
      const [{ id: submission1 }] = await api.owner.query('SELECT id FROM submission WHERE office_id = $1 AND period_id = $2', [
        o(1),
        periodId,
      ]);
      expect((await call(APPROVE, { s: submission1 }, leadCookieR)).data).toEqual({ approveSubmission: { status: 'APPROVED' } });
      cycles.set(1, first.id);
      criteria.set(1, AGREED_CRITERIA);
      for (let p = 2; p <= 20; p += 1) {
        if (p === 12) {
          await submissionIn(api.owner, programmeId, periodId, o(p), 'APPROVED', 470);
          continue;
        }
        const scores = scoresOf(p);
        const total = scores.reduce((a, b) => a + b, 0);
        criteria.set(p, scores);
        const [{ id }] = await api.owner.query(
          `INSERT INTO caf_cycle (programme_id, office_id, period_id, state, consensus_at, closed_at, criterion_scores, total)
           VALUES ($1, $2, $3, 'CLOSED', now(), now(), $4::numeric[], $5) RETURNING id`,
          [programmeId, o(p), periodId, scores, total],
        );
        cycles.set(p, id);
        await submissionIn(api.owner, programmeId, periodId, o(p), 'APPROVED', p === 20 ? total + 1 : total);
      }
    });

    it('before the release every peer group’s means are null (NOT_RELEASED)', async () => {
      for (const p of [1, 7, 13]) {
        const body = await radarOf(p);
        expect(body.errors).toBeUndefined();
        const radar = body.data!.cafRadar as Radar;
        expect(radar.released).toBe(false);
        expect(radar.criteria.map((c) => c.score)).toEqual(criteria.get(p));
        expect(radar.peers.length).toBeGreaterThan(0);
        expect(
          radar.peers.every((peer) => peer.means === null && peer.suppressionReason === 'NOT_RELEASED' && peer.contributorsBand === null),
        ).toBe(true);
      }
      expect((await api.owner.query('SELECT count(*)::int AS n FROM caf_criterion_cell WHERE period_id = $1', [periodId]))[0].n).toBe(0);
    });

    it('the release refuses before the deadline, then publishes the means only where every contributor’s total came from its cycle', async () => {
      const release = () => call('mutation($p: ID!) { releasePeriod(periodId: $p) { releasedAt } }', { p: periodId }, leadCookieR);
      expect(codeOf(await release())).toBe('BAD_USER_INPUT');
      await api.owner.query(`UPDATE period SET deadline = now() - interval '1 day' WHERE id = $1`, [periodId]);
      const released = await release();
      expect(released.errors).toBeUndefined();

      // What the release decided for the total itself (the disclosure engine's, not under test here).
      const totalCells: Array<{ group: string; reason: string | null; band: string | null }> = await api.owner.query(
        `SELECT g.name AS group, c.suppression_reason AS reason, c.contributors_band AS band FROM benchmark_cell c
           JOIN peer_group g ON g.id = c.peer_group_id JOIN indicator i ON i.id = c.indicator_id
          WHERE c.period_id = $1 AND i.code = 'CAF_TOTAL_SCORE'`,
        [periodId],
      );
      expect(Object.fromEntries(totalCells.map(({ group, reason, band }) => [group, { reason, band }]))).toEqual({
        'Z samooceny': { reason: null, band: '5-9' },
        'Z wpisem': { reason: null, band: '5-9' },
        'Za mała': { reason: 'TOO_FEW_OFFICES', band: null },
        'Z poprawką': { reason: null, band: '5-9' },
      });

      // The mean of the six offices' criterion scores, rounded half up to the cent in whole cents (no float ties).
      const expectedMeans = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => {
        const cents = [1, 2, 3, 4, 5, 6].reduce((sum, p) => sum + Math.round(criteria.get(p)![i] * 100), 0);
        // Published as the release rounds every mean: three significant digits.
        return roundSignificant(cents / 600);
      });
      const fromCycles = (await radarOf(1)).data!.cafRadar as Radar;
      expect(fromCycles.released).toBe(true);
      expect(fromCycles.peers).toEqual([
        {
          peerGroupId: groups.get('Z samooceny'),
          peerGroupName: 'Z samooceny',
          contributorsBand: '5-9',
          suppressionReason: null,
          means: expectedMeans,
        },
      ]);
      const withHand = (await radarOf(7)).data!.cafRadar as Radar;
      expect(withHand.peers).toEqual([
        {
          peerGroupId: groups.get('Z wpisem'),
          peerGroupName: 'Z wpisem',
          contributorsBand: null,
          suppressionReason: 'NOT_PUBLISHED',
          means: null,
        },
      ]);
      const tooFew = (await radarOf(13)).data!.cafRadar as Radar;
      expect(tooFew.peers).toEqual([
        {
          peerGroupId: groups.get('Za mała'),
          peerGroupName: 'Za mała',
          contributorsBand: null,
          suppressionReason: 'NOT_PUBLISHED',
          means: null,
        },
      ]);
      const corrected = (await radarOf(15)).data!.cafRadar as Radar;
      expect(corrected.peers.map(({ suppressionReason, means }) => ({ suppressionReason, means }))).toEqual([
        { suppressionReason: 'NOT_PUBLISHED', means: null },
      ]);
      const stored: Array<{ name: string; reason: string | null; means: number[] | null }> = await api.owner.query(
        `SELECT g.name, c.suppression_reason AS reason, c.criterion_means::float8[] AS means FROM caf_criterion_cell c JOIN peer_group g ON g.id = c.peer_group_id
          WHERE c.period_id = $1`,
        [periodId],
      );
      expect(Object.fromEntries(stored.map(({ name, reason, means }) => [name, { reason, means }]))).toEqual({
        'Z samooceny': { reason: null, means: expectedMeans },
        'Z wpisem': { reason: 'NOT_FROM_CYCLES', means: null },
        'Za mała': { reason: 'TOTAL_SUPPRESSED', means: null },
        'Z poprawką': { reason: 'NOT_FROM_CYCLES', means: null },
      });
    });

    it('an office never sees another office’s criterion scores (cafCycle, cafOffice, cafRadar)', async () => {
      const other = coordinatorCookies.get(2)!;
      expect((await call(GET, { id: cycles.get(1) }, other)).data).toEqual({ cafCycle: null });
      expect(codeOf(await call(RADAR, { c: cycles.get(1) }, other))).toBe('NOT_FOUND');
      expect(codeOf(await call(OFFICE, { pr: programmeId, o: officeAt(1) }, other))).toBe('FORBIDDEN');
      // Nor does a coordinator of the same office in another programme (the demo's coordinator of office 1).
      const demoCoordinator = await coordinatorOf(1);
      expect((await call(GET, { id: cycles.get(1) }, demoCoordinator)).data).toEqual({ cafCycle: null });
      expect(codeOf(await call(RADAR, { c: cycles.get(1) }, demoCoordinator))).toBe('NOT_FOUND');
      // Its own radar shows its own scores and the group's means only.
      const own = (await call(RADAR, { c: cycles.get(2) }, other)).data!.cafRadar as Radar;
      expect(own.criteria.map((c) => c.score)).toEqual(criteria.get(2));
      const seen = await call(OFFICE, { pr: programmeId, o: officeAt(2) }, other);
      const officeCycles = (seen.data!.cafOffice as { cycles: Array<{ id: string; criterionScores: number[] }> }).cycles;
      expect(officeCycles.map((c) => c.id)).toEqual([cycles.get(2)]);
    });
  });
});
