import { DEMO_ADMIN_EMAIL, DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { RemindersService } from '../src/modules/reminders/reminders.service';
import { addSecondProgramme, createUser, demoIds, type DemoIds, freshCafCycle, lead, submissionIn } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';
import { type ReceivedMail as Received, startTestSmtp, type TestSmtp } from './support/test-smtp';

const SEND = `mutation($pr: ID!, $p: ID!) {
  sendReminders(programmeId: $pr, periodId: $p) { remindedOffices emailsSent alreadyReminded { id } withoutCoordinator { id } failed { id } }
}`;
const LIST = `query($pr: ID!, $p: ID, $o: ID) { reminders(programmeId: $pr, periodId: $p, officeId: $o) { kind sentAt recipientCount office { id } period { id } } }`;

const codeOf = (body: { errors?: Array<{ extensions?: { code?: string } }> }) => body.errors?.[0]?.extensions?.code;

describe('reminders by e-mail (SMTP_URL)', () => {
  let api: TestApi;
  let demo: DemoIds;
  let smtp: TestSmtp;
  let leadCookie: string;
  const otherLeadEmail = 'lead.other@test.officebench.local';

  beforeAll(async () => {
    smtp = await startTestSmtp();
    api = await startTestApi({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Bench <bench@test.officebench.local>', PUBLIC_URL: 'https://bench.example.pl' },
    });
    demo = await demoIds(api.owner);
    const second = await addSecondProgramme(api.owner, [demo.officeIds[0]]);
    await createUser(api.owner, otherLeadEmail, [lead(second.programmeId)], 'officebench-demo');
    leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
  });

  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('lets the lead remind every office that has not handed in, once a day, and e-mails their coordinators', async () => {
    const periodId = await freshCafCycle(api.owner, demo.programmeId);
    const [{ label }] = await api.owner.query('SELECT label FROM period WHERE id = $1', [periodId]);
    await submissionIn(api.owner, demo.programmeId, periodId, demo.officeIds[0], 'SUBMITTED');
    await submissionIn(api.owner, demo.programmeId, periodId, demo.officeIds[1], 'APPROVED');
    await submissionIn(api.owner, demo.programmeId, periodId, demo.officeIds[2], 'DRAFT');
    await submissionIn(api.owner, demo.programmeId, periodId, demo.officeIds[3], 'RETURNED');
    // Office 5's only coordinator leaves: it is due a reminder but there is no one to e-mail.
    await api.owner.query('UPDATE app_user SET is_active = false WHERE email = $1', [demoCoordinatorEmail(5)]);
    const due = demo.officeIds.length - 2;

    const { body } = await api.graphql(SEND, { pr: demo.programmeId, p: periodId }, leadCookie);
    expect(body.errors).toBeUndefined();
    expect(body.data.sendReminders).toEqual({
      remindedOffices: due - 1,
      emailsSent: due - 1,
      alreadyReminded: [],
      withoutCoordinator: [{ id: demo.officeIds[4] }],
      failed: [],
    });
    const recipients = smtp.received.map((mail) => mail.to).sort();
    expect(recipients).toHaveLength(due - 1);
    expect(recipients).toContain(demoCoordinatorEmail(3));
    expect(recipients).toContain(demoCoordinatorEmail(4));
    expect(recipients).not.toContain(demoCoordinatorEmail(1));
    expect(recipients).not.toContain(demoCoordinatorEmail(2));
    expect(recipients).not.toContain(demoCoordinatorEmail(5));

    const [{ name: officeName }] = await api.owner.query('SELECT name FROM office WHERE id = $1', [demo.officeIds[2]]);
    const mail = smtp.received.find((m) => m.to === demoCoordinatorEmail(3)) as Received;
    expect(mail.text).toContain('From: Bench <bench@test.officebench.local>');
    expect(mail.text).toContain(`sprawozdanie urzędu ${officeName} za okres ${label}`);
    expect(mail.text).toContain('należy przesłać do 31 grudnia 2999');
    expect(mail.text).toContain(`https://bench.example.pl/programmes/${demo.programmeId}/offices/${demo.officeIds[2]}/periods/${periodId}`);
    expect(mail.text).toContain(`the report of ${officeName} for ${label}`);

    // The same day again: everyone is skipped, nothing is sent.
    const again = (await api.graphql(SEND, { pr: demo.programmeId, p: periodId }, leadCookie)).body.data.sendReminders;
    expect(again.remindedOffices).toBe(0);
    expect(again.alreadyReminded).toHaveLength(due - 1);
    expect(smtp.received).toHaveLength(due - 1);

    // What each one sees: the lead every office's reminder, a coordinator only its own office's.
    const leadView = (await api.graphql(LIST, { pr: demo.programmeId, p: periodId }, leadCookie)).body.data.reminders;
    expect(leadView).toHaveLength(due - 1);
    expect(leadView[0]).toMatchObject({ kind: 'MANUAL', recipientCount: 1, period: { id: periodId } });
    const coordinator3 = await api.signIn(demoCoordinatorEmail(3));
    const own = (await api.graphql(LIST, { pr: demo.programmeId, p: periodId }, coordinator3)).body.data.reminders;
    expect(own).toEqual([expect.objectContaining({ kind: 'MANUAL', office: { id: demo.officeIds[2] } })]);
    expect(Date.now() - new Date(own[0].sentAt).getTime()).toBeLessThan(60_000);
    const coordinator1 = await api.signIn(demoCoordinatorEmail(1));
    expect((await api.graphql(LIST, { pr: demo.programmeId, p: periodId }, coordinator1)).body.data.reminders).toEqual([]);
    // Row-level security, not only the service: the owner's count and the sender's id are recorded.
    const [{ count, manual }] = await api.owner.query(
      `SELECT count(*)::int AS count, count(*) FILTER (WHERE sent_by IS NOT NULL)::int AS manual FROM office_reminder WHERE period_id = $1`,
      [periodId],
    );
    expect({ count, manual }).toEqual({ count: due - 1, manual: due - 1 });
    await api.owner.query('UPDATE app_user SET is_active = true WHERE email = $1', [demoCoordinatorEmail(5)]);
  });

  it('refuses a coordinator, another programme’s lead, the admin and bad or foreign ids', async () => {
    const periodId = await freshCafCycle(api.owner, demo.programmeId);
    const sent = smtp.received.length;
    const refusal = async (cookie: string, variables: Record<string, unknown>, query = SEND) => {
      const { body } = await api.graphql(query, variables, cookie);
      return { code: codeOf(body), message: body.errors?.[0]?.message as string | undefined };
    };
    const ok = { pr: demo.programmeId, p: periodId };
    expect((await refusal(await api.signIn(demoCoordinatorEmail(3)), ok)).code).toBe('FORBIDDEN');
    expect((await refusal(await api.signIn(otherLeadEmail), ok)).code).toBe('FORBIDDEN');
    expect((await refusal(await api.signIn(DEMO_ADMIN_EMAIL), ok)).code).toBe('FORBIDDEN');
    // A malformed id is refused before any resolver runs (common/graphql-input-checks.ts).
    expect((await refusal(leadCookie, { pr: demo.programmeId, p: 'not-an-id' })).code).toBe('BAD_USER_INPUT');
    expect((await refusal(leadCookie, { pr: 'x', p: periodId })).code).toBe('BAD_USER_INPUT');
    expect((await refusal(leadCookie, { pr: demo.programmeId, p: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    const [{ id: foreignPeriod }] = await api.owner.query(`SELECT id FROM period WHERE programme_id <> $1 LIMIT 1`, [demo.programmeId]);
    expect((await refusal(leadCookie, { pr: demo.programmeId, p: foreignPeriod })).code).toBe('NOT_FOUND');
    const locked = await freshCafCycle(api.owner, demo.programmeId, { lockedAt: '2011-06-01' });
    expect(await refusal(leadCookie, { pr: demo.programmeId, p: locked })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Przypomnienia można wysyłać tylko w okresie, który jest otwarty i nie został zamknięty.',
    });
    expect(smtp.received).toHaveLength(sent);

    // The list: the admin has no office data; a coordinator may not ask for another office.
    expect((await refusal(await api.signIn(DEMO_ADMIN_EMAIL), { pr: demo.programmeId }, LIST)).code).toBe('FORBIDDEN');
    expect((await refusal(await api.signIn(demoCoordinatorEmail(3)), { pr: demo.programmeId, o: demo.officeIds[0] }, LIST)).code).toBe(
      'FORBIDDEN',
    );
    expect((await refusal(await api.signIn(otherLeadEmail), { pr: demo.programmeId }, LIST)).code).toBe('FORBIDDEN');
  });

  it('lets the database itself refuse a second reminder to an office on one day in Poland, and a write outside a lead’s scope', async () => {
    const periodId = await freshCafCycle(api.owner, demo.programmeId);
    const insert = (sentAt: string) =>
      api.owner.query(
        `INSERT INTO office_reminder (programme_id, office_id, period_id, kind, sent_at, recipient_count) VALUES ($1, $2, $3, 'AFTER_DEADLINE', $4, 1)`,
        [demo.programmeId, demo.officeIds[6], periodId, sentAt],
      );
    await insert('2900-01-10T22:59:00Z'); // 23:59 on the 10th in Warsaw
    await expect(insert('2900-01-10T12:00:00Z')).rejects.toThrow(/office_reminder_one_a_day/);
    await insert('2900-01-10T23:00:00Z'); // midnight: the 11th in Warsaw
    await expect(
      api.owner.query(
        `INSERT INTO office_reminder (programme_id, office_id, period_id, kind, sent_at, recipient_count) VALUES ($1, $2, $3, 'MANUAL', '2900-02-01', 1)`,
        [demo.programmeId, demo.officeIds[6], periodId],
      ),
    ).rejects.toThrow(/office_reminder_sender/);

    // The API's role, in a coordinator's scope, may read its office's reminders but not write one.
    await api.appDataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.coordinated_offices', $1, true)`, [`{${demo.programmeId}/${demo.officeIds[6]}}`]);
      expect(await manager.query('SELECT count(*)::int AS n FROM office_reminder WHERE period_id = $1', [periodId])).toEqual([{ n: 2 }]);
      await expect(
        manager.query(
          `INSERT INTO office_reminder (programme_id, office_id, period_id, kind, sent_at, recipient_count) VALUES ($1, $2, $3, 'AFTER_DEADLINE', '2900-03-01', 1)`,
          [demo.programmeId, demo.officeIds[6], periodId],
        ),
      ).rejects.toThrow(/row-level security/);
    });
  });

  it('sends the scheduled reminders days before the deadline and once after it, to offices still not handed in', async () => {
    const reminders = api.app.get(RemindersService);
    const periodId = await freshCafCycle(api.owner, demo.programmeId, { deadline: '2950-06-20T21:59:59Z' });
    await submissionIn(api.owner, demo.programmeId, periodId, demo.officeIds[0], 'SUBMITTED');
    const sentTo = () => new Set(smtp.received.slice(before).map((m) => m.to));
    let before = smtp.received.length;
    const all = demo.officeIds.length;

    expect(await reminders.sweep(new Date('2950-06-16T10:00:00Z'))).toBe(0); // four days before: not yet
    expect(await reminders.sweep(new Date('2950-06-18T10:00:00Z'))).toBe(all - 1);
    expect(sentTo().has(demoCoordinatorEmail(1))).toBe(false);
    expect(smtp.received.at(-1)?.text).toContain('należy przesłać do 20 czerwca 2950');
    expect(await reminders.sweep(new Date('2950-06-18T20:00:00Z'))).toBe(0); // the same day
    expect(await reminders.sweep(new Date('2950-06-19T10:00:00Z'))).toBe(0); // the before-deadline reminder went already

    await submissionIn(api.owner, demo.programmeId, periodId, demo.officeIds[1], 'SUBMITTED');
    before = smtp.received.length;
    expect(await reminders.sweep(new Date('2950-06-21T10:00:00Z'))).toBe(all - 2);
    expect(sentTo().has(demoCoordinatorEmail(2))).toBe(false);
    expect(smtp.received.at(-1)?.text).toContain('minął 20 czerwca 2950');
    expect(await reminders.sweep(new Date('2950-06-23T10:00:00Z'))).toBe(0); // one late reminder per period
    expect(await reminders.sweep(new Date('2950-07-10T10:00:00Z'))).toBe(0);

    const kinds = await api.owner.query(
      `SELECT kind, count(*)::int AS n, count(sent_by)::int AS senders FROM office_reminder WHERE period_id = $1 GROUP BY kind ORDER BY kind`,
      [periodId],
    );
    expect(kinds).toEqual([
      { kind: 'AFTER_DEADLINE', n: all - 2, senders: 0 },
      { kind: 'BEFORE_DEADLINE', n: all - 1, senders: 0 },
    ]);
  });
});

describe('reminders without SMTP', () => {
  it('prints each reminder to the server log instead', async () => {
    const api = await startTestApi();
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const demo = await demoIds(api.owner);
      const periodId = await freshCafCycle(api.owner, demo.programmeId);
      const { body } = await api.graphql(SEND, { pr: demo.programmeId, p: periodId }, await api.signIn(DEMO_LEAD_EMAIL));
      expect(body.data.sendReminders.remindedOffices).toBe(demo.officeIds.length);
      const lines = log.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('[Reminders]'));
      expect(lines).toHaveLength(demo.officeIds.length);
      expect(lines.find((line) => line.includes(demoCoordinatorEmail(3)))).toContain(
        `/programmes/${demo.programmeId}/offices/${demo.officeIds[2]}/periods/${periodId}`,
      );
    } finally {
      log.mockRestore();
      await api.close();
    }
  });
});
