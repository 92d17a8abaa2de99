import { randomBytes } from 'node:crypto';
import { satisfiedShare, SURVEY_KEY_QUESTION, type SurveyAnswers } from '@officebench/domain';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { type AccessScope, NO_ACCESS, setAccessScope } from '../src/database/access-context';
import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { signFormToken } from '../src/modules/surveys/survey-answering.service';
import { demoIds, type DemoIds, freshCafCycle } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Satisfaction surveys (issue 21, docs/surveys.md) through GraphQL and the public answering page on a real
 * PostgreSQL: rounds, the public form's checks (timing, a form used once, honeypot, per-address limit),
 * employees' single-use links and their anonymity (no token-to-answer link, not through xmin, not in the
 * audit log), closing into CLIENT_ / EMPLOYEE_SATISFIED_PCT with approval, thresholds on small counts, the
 * lead's extra questions, and answers under concurrency with none lost.
 *
 * Demo offices used: 20 (clients, walked through), 21 (employees), 22 (a small round), 23 (concurrency),
 * 24 (another office that must see nothing), 25 (extra questions).
 */

interface Body {
  // The answers' shapes are what the assertions check.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> & { code: string } }>;
}

const ROUND = `id kind state code publicPath responses invited responseRatePct threshold missingForResults respondents satisfied satisfiedPct
  version mayManage submissionStatus questions { code kind required standard }
  results { code kind suppressed answered counts notApplicable mean satisfiedPct texts }`;
const OFFICE = `query($pr: ID!, $o: ID!) { surveyOffice(programmeId: $pr, officeId: $o) { mayManage openable { kind periodId periodLabel } rounds { id kind state } } }`;
const OPEN = `mutation($pr: ID!, $o: ID!, $p: ID!, $k: SurveyKind!) { openSurveyRound(programmeId: $pr, officeId: $o, periodId: $p, kind: $k) { ${ROUND} } }`;
const GET = `query($id: ID!) { surveyRound(id: $id) { ${ROUND} } }`;
const INVITE = `mutation($r: ID!, $n: Int!) { createSurveyInvitations(roundId: $r, count: $n) { roundId links invited } }`;
const CLOSE = `mutation($r: ID!, $v: Int!, $s: Boolean) { closeSurveyRound(roundId: $r, expectedVersion: $v, submit: $s) { ${ROUND} } }`;
const QUESTIONNAIRE = `query($pr: ID!, $k: SurveyKind!) { surveyQuestionnaire(programmeId: $pr, kind: $k) { version mayEdit questions { code kind standard textPl textEn cafCriterion } } }`;
const SET_EXTRAS = `mutation($pr: ID!, $k: SurveyKind!, $q: [SurveyExtraQuestionInput!]!, $v: Int!) {
  setSurveyExtraQuestions(programmeId: $pr, kind: $k, questions: $q, expectedVersion: $v) { version questions { code standard } } }`;
const COMPARISON = `query($r: ID!) { surveyComparison(roundId: $r) { released peers { peerGroupName contributorsBand suppressionReason means { code mean } } } }`;
const RELEASE = 'mutation($p: ID!) { releasePeriod(periodId: $p) { releasedAt } }';
const PROGRAMME = `query($pr: ID!) { surveyProgramme(programmeId: $pr) { id officeId kind state responses results { code } } }`;
const APPROVE = 'mutation($s: ID!) { approveSubmission(submissionId: $s) { status } }';
const SAVE_VALUES = 'mutation($i: SaveValuesInput!) { saveValues(input: $i) { id version status } }';

type Round = {
  id: string;
  kind: string;
  state: string;
  code: string;
  publicPath: string | null;
  responses: number;
  invited: number | null;
  version: number;
  respondents: number | null;
  satisfied: number | null;
  satisfiedPct: number | null;
  submissionStatus: string | null;
  questions: Array<{ code: string; kind: string; required: boolean; standard: boolean }>;
  results: Array<{
    code: string;
    suppressed: boolean;
    answered: number | null;
    counts: number[] | null;
    mean: number | null;
    texts: string[] | null;
  }> | null;
};

const codeOf = (body: Body) => body.errors?.[0]?.extensions.code;
let addresses = 0;
/** A client address of its own for each answer, unless a test means to share one (the limit is per address). */
const nextAddress = () => `10.9.${Math.floor(++addresses / 250)}.${addresses % 250}`;
const FORM_TOKEN = /name="formToken" value="([^"]+)"/;

describe('satisfaction surveys (issue 21)', () => {
  let api: TestApi;
  let demo: DemoIds;
  let yearId: string;
  let key: Buffer;
  const cookies = new Map<string, string>();

  const officeAt = (position: number) => demo.officeIds[position - 1];
  const session = async (email: string) => {
    if (!cookies.has(email)) cookies.set(email, await api.signIn(email));
    return cookies.get(email)!;
  };
  const coordinatorOf = (position: number) => session(demoCoordinatorEmail(position));
  const call = async (query: string, variables: Record<string, unknown>, cookie: string | undefined): Promise<Body> =>
    (await api.graphql(query, variables, cookie).set('Accept-Language', 'en')).body;
  const data = async (query: string, variables: Record<string, unknown>, cookie: string | undefined) => {
    const body = await call(query, variables, cookie);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const open = async (position: number, kind: 'CLIENT' | 'EMPLOYEE'): Promise<Round> =>
    (await data(OPEN, { pr: demo.programmeId, o: officeAt(position), p: yearId, k: kind }, await coordinatorOf(position))).openSurveyRound;
  const roundAs = async (id: string, cookie: string): Promise<Round | null> => (await data(GET, { id }, cookie)).surveyRound;

  const http = () => request(api.app.getHttpServer());
  /** A form token as the page would have issued it `secondsAgo` seconds ago (signed with the installation's key). */
  const formToken = (roundId: string, secondsAgo = 10) =>
    signFormToken(key, roundId, new Date(Date.now() - secondsAgo * 1000), randomBytes(12).toString('base64url'));
  const fields = (answers: Record<string, number | string | null>) =>
    Object.fromEntries(Object.entries(answers).map(([code, value]) => [`q_${code}`, value === null ? 'na' : String(value)]));
  /** Posts one answer as the form would; `extra` overrides fields. Resolves to the response. */
  const answer = (
    round: Round,
    answers: Record<string, number | string | null>,
    extra: Record<string, string> = {},
    address = nextAddress(),
  ) =>
    http()
      .post(`/ankieta/${round.code}`)
      .set('X-Forwarded-For', address)
      .type('form')
      .send({ formToken: formToken(round.id), website: '', lang: 'pl', ...fields(answers), ...extra });

  const asApp = <T>(scope: Partial<AccessScope>, work: (manager: EntityManager) => Promise<T>): Promise<T> =>
    api.appDataSource.transaction(async (manager) => {
      await setAccessScope(manager, { ...NO_ACCESS, ...scope });
      return work(manager);
    });

  beforeAll(async () => {
    api = await startTestApi({
      rateLimits: { loginPerIp: 10_000, loginPerAccount: 10_000, surveyAnswersPerIp: 25 },
      env: { TRUST_PROXY: '1', SURVEY_SWEEP_MINUTES: '0' },
    });
    demo = await demoIds(api.owner);
    [{ id: yearId }] = await api.owner.query(
      `SELECT id FROM period WHERE programme_id = $1 AND kind = 'YEAR' AND locked_at IS NULL ORDER BY starts_on DESC LIMIT 1`,
      [demo.programmeId],
    );
    [{ key }] = await api.owner.query('SELECT key FROM survey_secret');
  });
  afterAll(() => api.close());

  describe('a client survey from the public link to the approved indicator (office 20)', () => {
    let round: Round;
    const sent: SurveyAnswers[] = [];

    it('opens a round for the open year with a public link; the office offers the other questionnaire still', async () => {
      const cookie = await coordinatorOf(20);
      const before = (await data(OFFICE, { pr: demo.programmeId, o: officeAt(20) }, cookie)).surveyOffice;
      expect(before.openable).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'CLIENT', periodId: yearId }),
          expect.objectContaining({ kind: 'EMPLOYEE', periodId: yearId }),
        ]),
      );
      round = await open(20, 'CLIENT');
      expect(round).toMatchObject({
        state: 'OPEN',
        publicPath: `/ankieta/${round.code}`,
        responses: 0,
        invited: null,
        results: null,
        mayManage: true,
      });
      expect(round.code).toMatch(/^[A-Za-z0-9]{10}$/);
      const after = (await data(OFFICE, { pr: demo.programmeId, o: officeAt(20) }, cookie)).surveyOffice;
      expect(after.openable.filter((o: { periodId: string }) => o.periodId === yearId).map((o: { kind: string }) => o.kind)).toEqual([
        'EMPLOYEE',
      ]);
      // A second client round in the same year is refused.
      const again = await call(OPEN, { pr: demo.programmeId, o: officeAt(20), p: yearId, k: 'CLIENT' }, cookie);
      expect(codeOf(again)).toBe('CONFLICT');
    });

    it('serves a light form that works without a login: the questions, a form token, the honeypot, no inline script', async () => {
      const page = await http().get(`/ankieta/${round.code}`).expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).toMatch(FORM_TOKEN);
      expect(page.text).toContain('name="website"');
      expect(page.text).toContain(`name="q_${SURVEY_KEY_QUESTION}"`);
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(page.text).not.toContain('/assets/');
      await http()
        .get('/ankieta/zasoby/ankieta.css')
        .expect(200)
        .expect('Content-Type', /text\/css/);
      await http().get('/ankieta/NoSuchCode').expect(404);
    });

    it('takes answers in the shape of the form and counts them live, with no per-question result while open', async () => {
      const ratings = [5, 5, 4, 4, 4, 3, 2, 1, 5, 4, 3, 5];
      for (const [i, overall] of ratings.entries()) {
        const answers = { OVERALL: overall, COURTESY: i % 2 === 0 ? 5 : null, IMPROVE: i < 11 ? `uwaga ${i}` : '' };
        sent.push({
          OVERALL: overall,
          ...(i % 2 === 0 ? { COURTESY: 5 } : { COURTESY: null }),
          ...(i < 11 ? { IMPROVE: `uwaga ${i}` } : {}),
        });
        const response = await answer(round, answers);
        expect({ status: response.status, location: response.headers['location'] }).toEqual({
          status: 303,
          location: `/ankieta/${round.code}/dziekujemy`,
        });
      }
      const live = await roundAs(round.id, await coordinatorOf(20));
      expect(live).toMatchObject({ responses: 12, results: null, state: 'OPEN' });
      const thanks = await http().get(`/ankieta/${round.code}/dziekujemy`).expect(200);
      expect(thanks.text).toContain(`data-answered-round="${round.code}"`);
    });

    it('refuses a form sent too fast, a reused or forged form token and a wrong answer, and keeps nothing of them', async () => {
      const fast = await answer(round, { OVERALL: 5 }, { formToken: formToken(round.id, 1) });
      expect(fast.status).toBe(400);
      const token = formToken(round.id);
      expect((await answer(round, { OVERALL: 4 }, { formToken: token })).status).toBe(303);
      sent.push({ OVERALL: 4 });
      const twice = await answer(round, { OVERALL: 4 }, { formToken: token });
      expect(twice.status).toBe(409);
      const forged = await answer(round, { OVERALL: 5 }, { formToken: `${token.split('.')[0]}.${randomBytes(32).toString('base64url')}` });
      expect(forged.status).toBe(400);
      const otherRound = await answer(round, { OVERALL: 5 }, { formToken: formToken(randomUuid()) });
      expect(otherRound.status).toBe(400);
      const expired = await answer(round, { OVERALL: 5 }, { formToken: formToken(round.id, 25 * 3600) });
      expect(expired.status).toBe(400);
      const missingKey = await answer(round, { COURTESY: 4 });
      expect(missingKey.status).toBe(422);
      expect(missingKey.text).toContain('role="alert"');
      const outOfScale = await answer(round, { OVERALL: 7 });
      expect(outOfScale.status).toBe(422);
      // A robot filling the hidden field is thanked and nothing is kept.
      expect((await answer(round, { OVERALL: 1 }, { website: 'http://spam.example' })).status).toBe(303);
      expect((await roundAs(round.id, await coordinatorOf(20)))!.responses).toBe(13);
    });

    it('limits answers per client address (kept only as a daily keyed hash) and answers 429 past it', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 26; i++) statuses.push((await answer(round, { OVERALL: 3 }, {}, '203.0.113.77')).status);
      expect(statuses.filter((s) => s === 303)).toHaveLength(25);
      expect(statuses.at(-1)).toBe(429);
      for (let i = 0; i < 25; i++) sent.push({ OVERALL: 3 });
      const keys: Array<{ key: string }> = await api.owner.query(`SELECT key FROM rate_limit_window WHERE key LIKE 'survey:%'`);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every(({ key: k }) => !k.includes('203.0.113.77') && !k.includes('10.9.0.1'))).toBe(true);
    });

    it('closes into CLIENT_SATISFIED_PCT (numerator satisfied, denominator respondents), submitted, then approved by the lead', async () => {
      const cookie = await coordinatorOf(20);
      const current = (await roundAs(round.id, cookie))!;
      const stale = await call(CLOSE, { r: round.id, v: current.version + 1, s: true }, cookie);
      expect(codeOf(stale)).toBe('CONFLICT');
      // Submitting the year needs its other mandatory values: refused, and the round stays open with every answer.
      const early = await call(CLOSE, { r: round.id, v: current.version, s: true }, cookie);
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      expect(early.errors![0].message).toContain('EMPLOYEE_SATISFIED_PCT');
      expect(await roundAs(round.id, cookie)).toMatchObject({ state: 'OPEN', version: current.version, responses: 38 });
      // The coordinator enters them the ordinary way (the employee share as if from an outside survey).
      await data(
        SAVE_VALUES,
        {
          i: {
            officeId: officeAt(20),
            periodId: yearId,
            expectedVersion: null,
            values: [
              { indicatorCode: 'EMPLOYEE_SATISFIED_PCT', numerator: 40, denominator: 50 },
              { indicatorCode: 'LOCAL_LAW_INVALIDATED_PCT', numerator: 1, denominator: 40 },
              { indicatorCode: 'COST_PER_CASE_PLN', numerator: 2_000_000, denominator: 40_000 },
            ],
          },
        },
        cookie,
      );
      const closed: Round = (await data(CLOSE, { r: round.id, v: current.version, s: true }, cookie)).closeSurveyRound;
      const expected = satisfiedShare(sent)!;
      expect(expected.denominator).toBe(38);
      expect(closed).toMatchObject({ state: 'CLOSED', respondents: expected.denominator, satisfied: expected.numerator, responses: 38 });
      expect(closed.satisfiedPct).toBeCloseTo((expected.numerator / expected.denominator) * 100, 2);
      expect(closed.submissionStatus).toBe('SUBMITTED');
      const overall = closed.results!.find((r) => r.code === 'OVERALL')!;
      const counts = [1, 2, 3, 4, 5].map((v) => sent.filter((a) => a['OVERALL'] === v).length);
      expect(overall).toMatchObject({ suppressed: false, answered: 38, counts });
      // COURTESY: 6 rated 5 and 6 "not applicable" in the first twelve: under the threshold of 10.
      expect(closed.results!.find((r) => r.code === 'COURTESY')).toMatchObject({
        suppressed: true,
        answered: null,
        counts: null,
        mean: null,
      });
      const texts = closed.results!.find((r) => r.code === 'IMPROVE')!.texts!;
      expect([...texts].sort()).toEqual(Array.from({ length: 11 }, (_, i) => `uwaga ${i}`).sort());

      const [value] = await api.owner.query(
        `SELECT s.id, s.status, v.numerator, v.denominator, v.value FROM submission s JOIN submission_value v ON v.submission_id = s.id
           JOIN indicator i ON i.id = v.indicator_id WHERE s.office_id = $1 AND s.period_id = $2 AND i.code = 'CLIENT_SATISFIED_PCT'`,
        [officeAt(20), yearId],
      );
      expect({ status: value.status, numerator: Number(value.numerator), denominator: Number(value.denominator) }).toEqual({
        status: 'SUBMITTED',
        numerator: expected.numerator,
        denominator: expected.denominator,
      });
      expect((await data(APPROVE, { s: value.id }, await session(DEMO_LEAD_EMAIL))).approveSubmission.status).toBe('APPROVED');
      expect((await roundAs(round.id, cookie))!.submissionStatus).toBe('APPROVED');
      // Closed: the public page says so, and an answer is refused.
      await http().get(`/ankieta/${round.code}`).expect(410);
      expect((await answer(round, { OVERALL: 5 })).status).toBe(410);
      expect(codeOf(await call(CLOSE, { r: round.id, v: closed.version, s: false }, cookie))).toBe('CONFLICT');
    });

    it('shows the lead counts but no per-question results, and another office nothing at all', async () => {
      const rounds: Array<{ id: string; results: unknown }> = (
        await data(PROGRAMME, { pr: demo.programmeId }, await session(DEMO_LEAD_EMAIL))
      ).surveyProgramme;
      expect(rounds.find((r) => r.id === round.id)).toMatchObject({ responses: 38, results: null });
      expect(await roundAs(round.id, await coordinatorOf(24))).toBeNull();
      const other = await call(OFFICE, { pr: demo.programmeId, o: officeAt(20) }, await coordinatorOf(24));
      expect(codeOf(other)).toBe('FORBIDDEN');
      expect(codeOf(await call(PROGRAMME, { pr: demo.programmeId }, await coordinatorOf(24)))).toBe('FORBIDDEN');
    });
  });

  describe('employees: single-use links and no link from a token to an answer (office 21)', () => {
    let round: Round;
    let links: string[];
    const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('t')!;

    it('makes single-use links shown once: only their hashes are stored, the audit log says how many and nothing else', async () => {
      round = await open(21, 'EMPLOYEE');
      expect(round.publicPath).toBeNull();
      const made = (await data(INVITE, { r: round.id, n: 12 }, await coordinatorOf(21))).createSurveyInvitations;
      links = made.links;
      expect(made.invited).toBe(12);
      expect(new Set(links).size).toBe(12);
      expect(links.every((link: string) => link.startsWith(`/ankieta/${round.code}?t=`))).toBe(true);
      const stored: Array<{ hash: string }> = await api.owner.query(
        `SELECT encode(token_hash, 'hex') AS hash FROM survey_invitation WHERE round_id = $1`,
        [round.id],
      );
      expect(stored).toHaveLength(12);
      const tokens = links.map(tokenOf);
      expect(stored.every(({ hash }) => !tokens.some((token) => hash.includes(Buffer.from(token).toString('hex'))))).toBe(true);
      const audit: Array<{ action: string; text: string }> = await api.owner.query(
        `SELECT action, coalesce(new_value::text, '') || coalesce(old_value::text, '') AS text FROM audit_log WHERE entity_id = $1 ORDER BY id`,
        [round.id],
      );
      expect(audit.map((row) => row.action)).toEqual(['SURVEY_ROUND_OPENED', 'SURVEY_INVITATIONS_MADE']);
      expect(audit[1].text).toContain('"count": 12');
      expect(
        audit.every((row) => tokens.every((token) => !row.text.includes(token)) && stored.every(({ hash }) => !row.text.includes(hash))),
      ).toBe(true);
      // Clients' rounds have a public link, not invitations.
      expect(codeOf(await call(INVITE, { r: round.id, n: 0 }, await coordinatorOf(21)))).toBe('BAD_USER_INPUT');
    });

    it('lets each link answer once: the page then says it was used, and a second answer is refused', async () => {
      const ballotXmins: string[] = [];
      for (const [i, link] of links.entries()) {
        const page = await http().get(link).expect(200);
        expect(page.text).toContain(`name="invitation" value="${tokenOf(link)}"`);
        const response = await answer(round, { OVERALL: (i % 5) + 1, WORKLOAD: 3 }, { invitation: tokenOf(link) });
        expect(response.status).toBe(303);
        if (i === 2) {
          // The periodic sweep leaves a round's answers until 5 wait together: none is moved alone.
          await api.appDataSource.query('SELECT survey_sweep(NULL)');
          expect(await api.owner.query('SELECT 1 FROM survey_ballot_box WHERE round_id = $1', [round.id])).toHaveLength(3);
        }
        if (i === 0) {
          await http().get(link).expect(410);
          expect((await answer(round, { OVERALL: 5 }, { invitation: tokenOf(link) })).status).toBe(410);
        }
      }
      for (const row of await api.owner.query('SELECT xmin::text AS xmin FROM survey_ballot_box WHERE round_id = $1', [round.id]))
        ballotXmins.push(row.xmin);
      expect(ballotXmins).toHaveLength(12);
      expect(await api.owner.query('SELECT 1 FROM survey_invitation WHERE round_id = $1', [round.id])).toHaveLength(0);
      expect((await answer(round, { OVERALL: 5 }, { invitation: randomBytes(32).toString('base64url') })).status).toBe(410);
      expect((await answer(round, { OVERALL: 5 })).status).toBe(410);
      // The ballot box answers to nobody but the answering functions; the API's own role cannot read it or the invitations.
      for (const table of ['survey_ballot_box', 'survey_invitation'])
        await expect(
          asApp({ coordinatedOffices: [{ programmeId: demo.programmeId, officeId: officeAt(21) }] }, (m) =>
            m.query(`SELECT * FROM ${table}`),
          ),
        ).rejects.toThrow(/permission denied/);

      // The sweep moves the answers in its own transaction, in random order, under new ids.
      const before: Array<{ id: string }> = await api.owner.query('SELECT id FROM survey_ballot_box WHERE round_id = $1 ORDER BY ctid', [
        round.id,
      ]);
      const [{ moved }] = await api.appDataSource.query('SELECT survey_sweep(NULL) AS moved');
      expect(moved).toBeGreaterThanOrEqual(12);
      const after: Array<{ id: string; xmin: string }> = await api.owner.query(
        'SELECT id, xmin::text AS xmin FROM survey_response WHERE round_id = $1 ORDER BY ctid',
        [round.id],
      );
      expect(after).toHaveLength(12);
      expect(new Set(after.map((row) => row.xmin)).size).toBe(1);
      expect(after.some((row) => ballotXmins.includes(row.xmin))).toBe(false);
      expect(after.some((row) => before.some((b) => b.id === row.id))).toBe(false);
      // No time, no sequence: a response is its id, its round and its answers.
      const columns: Array<{ column_name: string }> = await api.owner.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_response' ORDER BY column_name`,
      );
      expect(columns.map((c) => c.column_name)).toEqual(['answers', 'id', 'round_id']);
      const progress = (await roundAs(round.id, await coordinatorOf(21)))!;
      expect(progress).toMatchObject({ responses: 12, invited: 12, results: null });
    });

    it('keeps the audit log to counts: no answer, no time of an answer, no token', async () => {
      const rows: Array<{ action: string }> = await api.owner.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
        round.id,
      ]);
      expect(rows.map((row) => row.action)).toEqual(['SURVEY_ROUND_OPENED', 'SURVEY_INVITATIONS_MADE']);
    });

    it('closes into EMPLOYEE_SATISFIED_PCT as a draft value of the year when not asked to submit', async () => {
      const cookie = await coordinatorOf(21);
      const current = (await roundAs(round.id, cookie))!;
      const closed: Round = (await data(CLOSE, { r: round.id, v: current.version }, cookie)).closeSurveyRound;
      // OVERALL 1..5 in turn over 12 answers (1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2): 4 and 5 twice each → satisfied 4 of 12.
      expect(closed).toMatchObject({ respondents: 12, satisfied: 4, submissionStatus: 'DRAFT' });
      expect(closed.results!.find((r) => r.code === 'WORKLOAD')).toMatchObject({ suppressed: false, answered: 12, mean: 3 });
    });
  });

  it('keeps every per-question result back in a round below max(k, 10) respondents, and free texts too (office 22)', async () => {
    const round = await open(22, 'CLIENT');
    for (let i = 0; i < 9; i++)
      expect((await answer(round, { OVERALL: 5, CLARITY: 4, IMPROVE: 'krótsze kolejki' }, {}, `192.0.2.${i}`)).status).toBe(303);
    const cookie = await coordinatorOf(22);
    const closed: Round = (await data(CLOSE, { r: round.id, v: round.version }, cookie)).closeSurveyRound;
    expect(closed).toMatchObject({ respondents: 9, satisfied: 9 });
    expect(
      closed.results!.every((r) => r.suppressed && r.answered === null && r.counts === null && r.mean === null && r.texts === null),
    ).toBe(true);
    const [{ results }] = await api.owner.query('SELECT results FROM survey_round WHERE id = $1', [round.id]);
    expect(JSON.stringify(results)).not.toContain('kolejki');
  });

  it('loses no answer sent concurrently, nor one sent while the round closes (office 23)', async () => {
    const round = await open(23, 'CLIENT');
    const first = await Promise.all(Array.from({ length: 60 }, (_, i) => answer(round, { OVERALL: (i % 5) + 1 }, {}, `10.1.${i}.1`)));
    expect(first.every((response) => response.status === 303)).toBe(true);
    const cookie = await coordinatorOf(23);
    const racing = Array.from({ length: 40 }, (_, i) => answer(round, { OVERALL: 5 }, {}, `10.2.${i}.1`));
    const [closing, ...late] = await Promise.all([call(CLOSE, { r: round.id, v: round.version }, cookie), ...racing]);
    expect(closing.errors).toBeUndefined();
    const accepted = late.filter((response) => response.status === 303).length;
    expect(late.every((response) => response.status === 303 || response.status === 410)).toBe(true);
    const closed = closing.data!.closeSurveyRound as Round;
    expect(closed.respondents).toBe(60 + accepted);
    // Nothing waits in the ballot box for a closed round, and what the round counted is what was stored.
    expect(await api.owner.query('SELECT 1 FROM survey_ballot_box WHERE round_id = $1', [round.id])).toHaveLength(0);
    const [{ count }] = await api.owner.query('SELECT count(*)::int FROM survey_response WHERE round_id = $1', [round.id]);
    expect(count).toBe(closed.respondents);
  });

  describe('per-question comparison with anonymised peers, through the release (offices 1-8, a past year of their own)', () => {
    /** Closed client rounds of offices 1-8 in a fresh annual period, each with its share approved; `typed` offices typed a share of their own. */
    const yearWithRounds = async (typed: number[]) => {
      const periodId = await freshCafCycle(api.owner, demo.programmeId, { kind: 'YEAR' });
      const rounds = new Map<number, string>();
      const means = new Map<number, Record<string, number>>();
      for (let p = 1; p <= 8; p++) {
        const respondents = 100;
        const satisfied = 60 + p;
        // Every office rated COURTESY and CLARITY; only offices 1-4 had enough answers on WAITING_TIME.
        const questionMeans: Record<string, number> = { OVERALL: 3.5 + p / 10, COURTESY: 4 + p / 25, CLARITY: 3 + p / 8 };
        if (p <= 4) questionMeans['WAITING_TIME'] = 2.5;
        means.set(p, questionMeans);
        const [{ id }] = await api.owner.query(
          `INSERT INTO survey_round (programme_id, office_id, period_id, kind, code, questionnaire, state, closed_on, respondents, satisfied, results, question_means)
           VALUES ($1, $2, $3, 'CLIENT', $4, '[{"code": "OVERALL"}]', 'CLOSED', current_date, $5, $6, '[]', $7) RETURNING id`,
          [demo.programmeId, officeAt(p), periodId, randomBytes(5).toString('hex'), respondents, satisfied, JSON.stringify(questionMeans)],
        );
        rounds.set(p, id);
        const numerator = typed.includes(p) ? satisfied + 1 : satisfied;
        const [{ id: submissionId }] = await api.owner.query(
          `INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3) RETURNING id`,
          [demo.programmeId, officeAt(p), periodId],
        );
        await api.owner.query(
          `INSERT INTO submission_value (submission_id, indicator_id, numerator, denominator, value, comment)
           SELECT $1, id, $2::numeric, $3::numeric, $2::numeric * 100 / $3::numeric, 'test' FROM indicator WHERE code = 'CLIENT_SATISFIED_PCT'`,
          [submissionId, numerator, respondents],
        );
        await api.owner.query(`UPDATE submission SET status = 'APPROVED', submitted_at = now(), approved_at = now() WHERE id = $1`, [
          submissionId,
        ]);
      }
      await api.owner.query(`UPDATE period SET deadline = now() - interval '1 day' WHERE id = $1`, [periodId]);
      return { periodId, rounds, means };
    };
    const comparisonOf = async (roundId: string, position: number) =>
      (await data(COMPARISON, { r: roundId }, await coordinatorOf(position))).surveyComparison;

    it('publishes the peers’ means of the questions every contributor has a result for, from exactly the offices behind the share', async () => {
      const { periodId, rounds, means } = await yearWithRounds([]);
      const before = await comparisonOf(rounds.get(1)!, 1);
      expect(before.released).toBe(false);
      expect(before.peers.every((peer: { suppressionReason: string }) => peer.suppressionReason === 'NOT_RELEASED')).toBe(true);
      expect((await call(RELEASE, { p: periodId }, await session(DEMO_LEAD_EMAIL))).errors).toBeUndefined();

      const [shareCell] = await api.owner.query(
        `SELECT c.suppression_reason AS reason, c.contributors_band AS band FROM benchmark_cell c JOIN peer_group g ON g.id = c.peer_group_id
           JOIN indicator i ON i.id = c.indicator_id WHERE c.period_id = $1 AND i.code = 'CLIENT_SATISFIED_PCT' AND g.basis = 'ALL'`,
        [periodId],
      );
      expect(shareCell).toEqual({ reason: null, band: '5-9' });
      const after = await comparisonOf(rounds.get(1)!, 1);
      expect(after.released).toBe(true);
      const all = after.peers[0];
      expect(all).toMatchObject({ contributorsBand: '5-9', suppressionReason: null });
      const mean = (code: string) => [1, 2, 3, 4, 5, 6, 7, 8].reduce((sum, p) => sum + means.get(p)![code], 0) / 8;
      const published = Object.fromEntries(all.means.map(({ code, mean: value }: { code: string; mean: number }) => [code, value]));
      // WAITING_TIME: only half the contributors have a result, so it is not among the means.
      expect(Object.keys(published).sort()).toEqual(['CLARITY', 'COURTESY', 'OVERALL']);
      for (const code of ['OVERALL', 'COURTESY', 'CLARITY']) expect(published[code]).toBeCloseTo(Number(mean(code).toPrecision(3)), 6);
      // Each group shows means exactly where its share was published; otherwise nothing, and only that (not why).
      const shares: Array<{ name: string; published: boolean }> = await api.owner.query(
        `SELECT g.name, c.suppression_reason IS NULL AS published FROM benchmark_cell c JOIN peer_group g ON g.id = c.peer_group_id
           JOIN indicator i ON i.id = c.indicator_id WHERE c.period_id = $1 AND i.code = 'CLIENT_SATISFIED_PCT'`,
        [periodId],
      );
      const shown = Object.fromEntries(
        after.peers.map((peer: { peerGroupName: string; means: unknown; suppressionReason: string | null }) => [
          peer.peerGroupName,
          peer.means === null ? peer.suppressionReason : 'MEANS',
        ]),
      );
      expect(shown).toEqual(
        Object.fromEntries(
          shares.filter(({ name }) => name in shown).map(({ name, published }) => [name, published ? 'MEANS' : 'NOT_PUBLISHED']),
        ),
      );
      expect(Object.values(shown)).toContain('NOT_PUBLISHED');
    });

    it('publishes nothing where an office typed its share instead of running the survey (its share would not match its round)', async () => {
      const { periodId, rounds } = await yearWithRounds([8]);
      expect((await call(RELEASE, { p: periodId }, await session(DEMO_LEAD_EMAIL))).errors).toBeUndefined();
      const after = await comparisonOf(rounds.get(1)!, 1);
      expect(after.peers[0]).toMatchObject({ suppressionReason: 'NOT_PUBLISHED', means: null, contributorsBand: null });
      const [stored] = await api.owner.query(
        `SELECT c.suppression_reason AS reason FROM survey_question_cell c JOIN peer_group g ON g.id = c.peer_group_id WHERE c.period_id = $1 AND g.basis = 'ALL'`,
        [periodId],
      );
      expect(stored.reason).toBe('NOT_FROM_SURVEYS');
      // Another office never reads this office's round, nor its comparison.
      expect(codeOf(await call(COMPARISON, { r: rounds.get(1) }, await coordinatorOf(2)))).toBe('NOT_FOUND');
    });
  });

  describe('the lead’s extra questions (office 25)', () => {
    it('adds a question the rounds opened afterwards ask; only the lead may, checked and version-guarded', async () => {
      const lead = await session(DEMO_LEAD_EMAIL);
      const before = (await data(QUESTIONNAIRE, { pr: demo.programmeId, k: 'CLIENT' }, lead)).surveyQuestionnaire;
      expect(before).toMatchObject({ version: 0, mayEdit: true });
      expect(before.questions.every((q: { standard: boolean }) => q.standard)).toBe(true);
      const parking = {
        code: 'PARKING',
        kind: 'LIKERT',
        textPl: 'Jak ocenia Pan/Pani parking przy urzędzie?',
        textEn: 'How do you rate the parking?',
      };
      const bad = await call(SET_EXTRAS, { pr: demo.programmeId, k: 'CLIENT', q: [{ ...parking, code: 'OVERALL' }], v: 0 }, lead);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      const byCoordinator = await call(SET_EXTRAS, { pr: demo.programmeId, k: 'CLIENT', q: [parking], v: 0 }, await coordinatorOf(25));
      expect(codeOf(byCoordinator)).toBe('FORBIDDEN');
      const saved = (await data(SET_EXTRAS, { pr: demo.programmeId, k: 'CLIENT', q: [parking], v: 0 }, lead)).setSurveyExtraQuestions;
      expect(saved.version).toBe(1);
      expect(saved.questions.at(-1)).toEqual({ code: 'PARKING', standard: false });
      expect(codeOf(await call(SET_EXTRAS, { pr: demo.programmeId, k: 'CLIENT', q: [], v: 0 }, lead))).toBe('CONFLICT');
      // Saved again from the current version: changed (a second question), and the older version is then stale.
      const tram = { code: 'TRAM', kind: 'TEXT', textPl: 'Jak dojechał Pan/Pani do urzędu?', textEn: 'How did you get to the office?' };
      const again = (await data(SET_EXTRAS, { pr: demo.programmeId, k: 'CLIENT', q: [parking, tram], v: 1 }, lead)).setSurveyExtraQuestions;
      expect(again.version).toBe(2);
      expect(again.questions.slice(-2)).toEqual([
        { code: 'PARKING', standard: false },
        { code: 'TRAM', standard: false },
      ]);
      expect(codeOf(await call(SET_EXTRAS, { pr: demo.programmeId, k: 'CLIENT', q: [parking], v: 1 }, lead))).toBe('CONFLICT');
      const round = await open(25, 'CLIENT');
      expect(round.questions.map((q) => q.code)).toContain('PARKING');
      expect((await answer(round, { OVERALL: 4, PARKING: 2 })).status).toBe(303);
      // Rounds already open keep the questions they opened with.
      const employee = await open(25, 'EMPLOYEE');
      expect(employee.questions.map((q) => q.code)).not.toContain('PARKING');
    });
  });
});

function randomUuid(): string {
  return '00000000-0000-4000-8000-' + randomBytes(6).toString('hex');
}
