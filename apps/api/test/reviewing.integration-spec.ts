import { BULK_APPROVAL_MAX } from '@officebench/domain';
import { DEMO_LEAD_EMAIL, DEMO_PROGRAMME_CODE, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { addSecondProgramme, createUser, freshCafCycle, lead, submissionIn } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The lead's reviewing on a real PostgreSQL: the review list with each submission's warnings (the
 * form's own) and the latest reason, and the bulk approval, each submission approved on its own and
 * audited, refusals per submission, and the whole call refused for anyone but the programme's lead.
 */
const REVIEW_LIST = `query($p: ID!, $period: ID, $status: SubmissionStatus) {
  reviewList(programmeId: $p, periodId: $period, status: $status) {
    warningCount
    latestComment { kind text at }
    submission { id status version office { id } period { id } values { indicator { code } warnings comment } }
  }
}`;
const FORM = `query($o: ID!, $p: ID!) { submissionForm(officeId: $o, periodId: $p) { submission { values { indicator { code } warnings } } } }`;
const APPROVE_MANY = `mutation($i: ApproveSubmissionsInput!) {
  approveSubmissions(input: $i) { approvedCount refusedCount outcomes { submissionId approved code reason submission { status version } } }
}`;
const RETURN =
  'mutation($s: ID!, $r: String!, $v: Int) { returnSubmission(submissionId: $s, reason: $r, expectedVersion: $v) { version } }';

interface Item {
  warningCount: number;
  latestComment: { kind: string; text: string; at: string } | null;
  submission: { id: string; status: string; version: number; office: { id: string }; values: Array<{ warnings: string[] }> };
}

describe('reviewing', () => {
  let api: TestApi;
  let programmeId: string;
  let officeIds: string[];
  let leadCookie: string;

  const status = async (id: string): Promise<{ status: string; version: number }> =>
    (await api.owner.query('SELECT status, version FROM submission WHERE id = $1', [id]))[0];
  const approvals = async (id: string): Promise<number> =>
    Number(
      (
        await api.owner.query(
          `SELECT count(*) AS n FROM audit_log WHERE action = 'SUBMISSION_APPROVE' AND entity = 'submission' AND entity_id = $1`,
          [id],
        )
      )[0].n,
    );
  const list = async (variables: Record<string, unknown>, cookie = leadCookie) =>
    api.graphql(REVIEW_LIST, { p: programmeId, ...variables }, cookie);
  const approveMany = (input: Record<string, unknown>, cookie = leadCookie, language = 'pl') =>
    api.graphql(APPROVE_MANY, { i: { programmeId, ...input } }, cookie).set('Accept-Language', language);

  beforeAll(async () => {
    api = await startTestApi();
    [{ id: programmeId }] = await api.owner.query('SELECT id FROM programme WHERE code = $1', [DEMO_PROGRAMME_CODE]);
    officeIds = (
      await api.owner.query('SELECT office_id FROM programme_office WHERE programme_id = $1 ORDER BY position', [programmeId])
    ).map((row: { office_id: string }) => row.office_id);
    leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
    const { programmeId: secondId } = await addSecondProgramme(api.owner, officeIds.slice(0, 2));
    await createUser(api.owner, 'second-lead@example.test', [lead(secondId)]);
  });
  afterAll(() => api.close());

  describe('the review list', () => {
    let periodId: string;
    let flagged: { id: string; version: number };
    let plain: { id: string; version: number };

    beforeAll(async () => {
      // Office 5 reported 10 points in three cycles, then 900: far from its own history.
      for (let cycle = 0; cycle < 3; cycle++) {
        await submissionIn(api.owner, programmeId, await freshCafCycle(api.owner, programmeId), officeIds[4], 'APPROVED', 10);
      }
      periodId = await freshCafCycle(api.owner, programmeId);
      flagged = await submissionIn(api.owner, programmeId, periodId, officeIds[4], 'SUBMITTED', 900);
      plain = await submissionIn(api.owner, programmeId, periodId, officeIds[5], 'SUBMITTED', 400);
      await submissionIn(api.owner, programmeId, periodId, officeIds[6], 'DRAFT', 400);
    });

    it("lists the period's submitted submissions, the longest waiting first, each with the form's own warnings", async () => {
      await api.owner.query(`UPDATE submission SET submitted_at = now() - interval '2 days' WHERE id = $1`, [plain.id]);
      const { body } = await list({ period: periodId, status: 'SUBMITTED' });
      expect(body.errors).toBeUndefined();
      const items: Item[] = body.data.reviewList;
      expect(items.map((item) => item.submission.id)).toEqual([plain.id, flagged.id]);
      const [plainItem, flaggedItem] = items;
      expect(plainItem.warningCount).toBe(0);
      expect(flaggedItem.warningCount).toBe(1);
      expect(flaggedItem.submission.values[0].warnings.join(' ')).toMatch(/historii|wartości/i);

      const form = await api.graphql(FORM, { o: officeIds[4], p: periodId }, leadCookie);
      expect(flaggedItem.submission.values.map((value) => value.warnings)).toEqual(
        form.body.data.submissionForm.submission.values.map((value: { warnings: string[] }) => value.warnings),
      );
    });

    it('filters by status and carries the latest reason the lead gave', async () => {
      const drafts = (await list({ period: periodId, status: 'DRAFT' })).body.data.reviewList as Item[];
      expect(drafts.map((item) => item.submission.office.id)).toEqual([officeIds[6]]);
      const all = (await list({ period: periodId })).body.data.reviewList as Item[];
      expect(all).toHaveLength(3);
      expect(all.every((item) => item.latestComment === null)).toBe(true);

      const returned = await api.graphql(RETURN, { s: plain.id, r: 'Proszę sprawdzić wynik.', v: plain.version }, leadCookie);
      expect(returned.body.errors).toBeUndefined();
      const [item] = (await list({ period: periodId, status: 'RETURNED' })).body.data.reviewList as Item[];
      expect(item.submission.id).toBe(plain.id);
      expect(item.latestComment).toMatchObject({ kind: 'RETURN', text: 'Proszę sprawdzić wynik.' });
    });

    it('is refused to a coordinator and to the lead of another programme', async () => {
      const coordinator = await api.signIn(demoCoordinatorEmail(1));
      expect((await list({}, coordinator)).body.errors[0].extensions.code).toBe('FORBIDDEN');
      const otherLead = await api.signIn('second-lead@example.test', 'correct horse battery');
      expect((await list({}, otherLead)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('bulk approval', () => {
    let periodId: string;
    beforeAll(async () => {
      periodId = await freshCafCycle(api.owner, programmeId);
    });
    let nextOffice = 10;
    const submitted = () => submissionIn(api.owner, programmeId, periodId, officeIds[nextOffice++], 'SUBMITTED');

    it('approves each submission on its own, audited, and refuses per submission what it may not approve', async () => {
      const [first, second, stale, draft] = [await submitted(), await submitted(), await submitted(), await submitted()];
      await api.owner.query(`UPDATE submission SET status = 'DRAFT', submitted_at = NULL WHERE id = $1`, [draft.id]);
      // Someone changed it after the lead saw it.
      await api.owner.query(`UPDATE submission SET version = version + 1 WHERE id = $1`, [stale.id]);
      const [{ id: elsewhere }] = await api.owner.query(
        `SELECT s.id FROM submission s JOIN programme p ON p.id = s.programme_id WHERE p.code = 'second' LIMIT 1`,
      );
      const items = [
        { submissionId: first.id, expectedVersion: first.version },
        { submissionId: stale.id, expectedVersion: stale.version },
        { submissionId: second.id, expectedVersion: second.version },
        { submissionId: draft.id, expectedVersion: (await status(draft.id)).version },
        { submissionId: elsewhere, expectedVersion: 1 },
      ];
      const { body } = await approveMany({ items });
      expect(body.errors).toBeUndefined();
      const result = body.data.approveSubmissions;
      expect(result).toMatchObject({ approvedCount: 2, refusedCount: 3 });
      expect(
        result.outcomes.map((o: { submissionId: string; approved: boolean; code: string | null }) => [o.submissionId, o.approved, o.code]),
      ).toEqual([
        [first.id, true, null],
        [stale.id, false, 'CONFLICT'],
        [second.id, true, null],
        [draft.id, false, 'CONFLICT'],
        [elsewhere, false, 'NOT_FOUND'],
      ]);
      expect(result.outcomes[0].submission).toEqual({ status: 'APPROVED', version: first.version + 1 });
      expect(result.outcomes[1].reason).toMatch(/zmieniło się/);
      expect(result.outcomes[3].reason).toMatch(/DRAFT/);

      expect(await status(first.id)).toEqual({ status: 'APPROVED', version: first.version + 1 });
      expect(await status(second.id)).toEqual({ status: 'APPROVED', version: second.version + 1 });
      expect(await status(stale.id)).toEqual({ status: 'SUBMITTED', version: stale.version + 1 });
      expect((await status(draft.id)).status).toBe('DRAFT');
      expect([await approvals(first.id), await approvals(second.id), await approvals(stale.id), await approvals(draft.id)]).toEqual([
        1, 1, 0, 0,
      ]);
    });

    it('refuses the whole call to a coordinator and to the lead of another programme, changing nothing', async () => {
      const waiting = await submitted();
      const items = [{ submissionId: waiting.id, expectedVersion: waiting.version }];
      const coordinator = await api.signIn(demoCoordinatorEmail(nextOffice));
      expect((await approveMany({ items }, coordinator)).body.errors[0].extensions.code).toBe('FORBIDDEN');

      const otherLead = await api.signIn('second-lead@example.test', 'correct horse battery');
      expect((await approveMany({ items }, otherLead)).body.errors[0].extensions.code).toBe('FORBIDDEN');
      const [{ id: secondId }] = await api.owner.query(`SELECT id FROM programme WHERE code = 'second'`);
      const { body } = await approveMany({ items, programmeId: secondId }, otherLead);
      expect(body.data.approveSubmissions.outcomes[0]).toMatchObject({ approved: false, code: 'NOT_FOUND' });

      expect(await status(waiting.id)).toEqual({ status: 'SUBMITTED', version: waiting.version });
      expect(await approvals(waiting.id)).toBe(0);
    });

    it('refuses an empty list, one too long and a submission named twice, in Polish and English', async () => {
      const waiting = await submitted();
      const item = { submissionId: waiting.id, expectedVersion: waiting.version };
      const empty = await approveMany({ items: [] });
      expect(empty.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(empty.body.errors[0].message).toBe('Wybierz co najmniej jedno zgłoszenie do zatwierdzenia.');
      const twice = await approveMany({ items: [item, item] }, leadCookie, 'en');
      expect(twice.body.errors[0].message).toBe('Each submission may appear in the list only once.');
      const tooMany = Array.from({ length: BULK_APPROVAL_MAX + 1 }, (_, i) => ({
        submissionId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        expectedVersion: 1,
      }));
      const long = await approveMany({ items: tooMany });
      expect(long.body.errors[0].message).toBe(`Naraz można zatwierdzić najwyżej ${BULK_APPROVAL_MAX} zgłoszeń.`);
      expect(await status(waiting.id)).toEqual({ status: 'SUBMITTED', version: waiting.version });
    });
  });
});
