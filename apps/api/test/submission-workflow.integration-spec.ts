import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { demoIds, type DemoIds, freshCafCycle, submissionIn } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The quarterly submission through GraphQL on a real PostgreSQL: checks, drafts and versions,
 * plausibility warnings, submit / return / approve / reopen, locked periods, audit and completeness.
 */
interface Value {
  indicatorCode: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  comment?: string | null;
}

const SAVE = `mutation($i: SaveValuesInput!) {
  saveValues(input: $i) { id status version values { indicator { code } value numerator denominator comment warnings warningCodes } }
}`;
const SUBMIT = 'mutation($s: ID!, $v: Int!) { submitSubmission(submissionId: $s, expectedVersion: $v) { status version submittedAt } }';
const APPROVE = 'mutation($s: ID!, $v: Int) { approveSubmission(submissionId: $s, expectedVersion: $v) { status version approvedAt } }';
const RETURN =
  'mutation($s: ID!, $r: String!, $v: Int) { returnSubmission(submissionId: $s, reason: $r, expectedVersion: $v) { status version returnReason } }';
const REOPEN = 'mutation($s: ID!, $r: String!) { reopenSubmission(submissionId: $s, reason: $r) { status version returnReason } }';

describe('the quarterly submission', () => {
  let api: TestApi;
  let demo: DemoIds;
  let leadCookie: string;
  const cookies = new Map<number, string>();
  /** The coordinator of the office at this programme position. */
  const coordinatorOf = async (position: number) => {
    if (!cookies.has(position)) cookies.set(position, await api.signIn(demoCoordinatorEmail(position)));
    return cookies.get(position)!;
  };
  const officeAt = (position: number) => demo.officeIds[position - 1];

  const save = async (position: number, periodId: string, expectedVersion: number | null, values: Value[], language?: string) => {
    const call = api.graphql(
      SAVE,
      { i: { officeId: officeAt(position), periodId, expectedVersion, values } },
      await coordinatorOf(position),
    );
    return (await (language ? call.set('Accept-Language', language) : call)).body;
  };
  const auditRows = async (
    officeId: string,
    since: number,
  ): Promise<Array<{ action: string; entity: string; old_value: unknown; new_value: unknown }>> =>
    api.owner.query(`SELECT action, entity, old_value, new_value FROM audit_log WHERE office_id = $1 AND id > $2 ORDER BY id`, [
      officeId,
      since,
    ]);
  const lastAuditId = async (): Promise<number> =>
    Number((await api.owner.query('SELECT coalesce(max(id), 0) AS id FROM audit_log'))[0].id);

  beforeAll(async () => {
    api = await startTestApi();
    demo = await demoIds(api.owner);
    leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
  });
  afterAll(() => api.close());

  describe('checks that explain themselves', () => {
    // Office 19 has nothing saved in the demo's open quarter.
    const cases: Array<[string, Value, string, RegExp, RegExp]> = [
      [
        'a value outside the range',
        { indicatorCode: 'DESK_WAIT_MINUTES', numerator: 5000, denominator: 2 },
        'OUT_OF_RANGE',
        /poza dopuszczalnym zakresem 0–480/,
        /outside the allowed range 0–480/,
      ],
      [
        'a numerator above its denominator',
        { indicatorCode: 'CASES_ON_TIME_PCT', numerator: 61, denominator: 60 },
        'NUMERATOR_ABOVE_DENOMINATOR',
        /licznik \(61\) nie może być większy/,
        /cannot exceed the denominator/,
      ],
      [
        'a zero denominator',
        { indicatorCode: 'CASE_HANDLING_DAYS', numerator: 0, denominator: 0 },
        'ZERO_DENOMINATOR',
        /mianownik nie może być zerem/,
        /denominator cannot be zero/,
      ],
      [
        'half a ratio',
        { indicatorCode: 'CASES_ON_TIME_PCT', numerator: 5 },
        'RATIO_PARTS_REQUIRED',
        /podaj licznik i mianownik/,
        /enter both the numerator and the denominator/,
      ],
      [
        'a typed value for a ratio',
        { indicatorCode: 'CASES_ON_TIME_PCT', value: 50 },
        'VALUE_NOT_FOR_RATIO',
        /licznik i mianownik/,
        /numerator and a denominator/,
      ],
      ['a fraction of a count', { indicatorCode: 'E_SERVICES_COUNT', value: 2.5 }, 'NOT_WHOLE_NUMBER', /liczbę całkowitą/, /whole number/],
      [
        'an indicator the programme does not use',
        { indicatorCode: 'NOT_AN_INDICATOR', value: 1 },
        'UNKNOWN_INDICATOR',
        /nie należy do tego programu/,
        /not used by this programme/,
      ],
      [
        'an indicator of another kind of period',
        { indicatorCode: 'CAF_TOTAL_SCORE', value: 400 },
        'INDICATOR_NOT_IN_PERIOD',
        /nie jest zbierany w tym okresie \(\d{4}-Q[1-4]\)/,
        /not reported in this period \(\d{4}-Q[1-4]\)/,
      ],
    ];

    it.each(cases)('refuses %s, in Polish and in English, and writes nothing', async (_name, bad, code, polish, english) => {
      const good = { indicatorCode: 'EMPLOYEES_TRAINED_PCT', numerator: 5, denominator: 10 };
      for (const [language, message] of [
        [undefined, polish],
        ['en', english],
      ] as const) {
        const body = await save(19, demo.openQuarterId, null, [good, bad], language);
        expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        const [problem] = body.errors[0].extensions.problems;
        expect(problem).toMatchObject({ code, indicatorCode: bad.indicatorCode });
        expect(problem.message).toMatch(message);
      }
      expect(
        await api.owner.query('SELECT 1 FROM submission WHERE office_id = $1 AND period_id = $2', [officeAt(19), demo.openQuarterId]),
      ).toEqual([]);
    });

    it('refuses a number that is not a number before it reaches the service', async () => {
      const body = await save(19, demo.openQuarterId, null, [
        { indicatorCode: 'E_SERVICES_COUNT', value: 'dwanaście' as unknown as number },
      ]);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(/Float cannot represent non numeric value/);
    });

    it('reports every problem of a save at once', async () => {
      const oneEach = cases.filter(
        ([, value], index) => cases.findIndex(([, other]) => other.indicatorCode === value.indicatorCode) === index,
      );
      const body = await save(
        19,
        demo.openQuarterId,
        null,
        oneEach.map(([, value]) => value),
      );
      expect(body.errors[0].extensions.problems.map((p: { code: string }) => p.code).sort()).toEqual(
        oneEach.map(([, , code]) => code).sort(),
      );
    });
  });

  describe('drafts, versions and the audit log', () => {
    it('saves partial drafts, computes ratios, bumps the version only on change, and audits one row per change', async () => {
      const periodId = demo.openQuarterId;
      const since = await lastAuditId();
      const first = (
        await save(20, periodId, null, [
          { indicatorCode: 'CASES_ON_TIME_PCT', numerator: 45, denominator: 60 },
          { indicatorCode: 'E_SERVICES_COUNT', value: 14 },
        ])
      ).data.saveValues;
      expect(first).toMatchObject({ status: 'DRAFT', version: 1 });
      expect(first.values.find((v: { indicator: { code: string } }) => v.indicator.code === 'CASES_ON_TIME_PCT')).toMatchObject({
        value: 75,
        numerator: 45,
        denominator: 60,
      });

      const same = (await save(20, periodId, 1, [{ indicatorCode: 'E_SERVICES_COUNT', value: 14 }])).data.saveValues;
      expect(same.version).toBe(1);

      const second = (
        await save(20, periodId, 1, [{ indicatorCode: 'E_SERVICES_COUNT', value: 15 }, { indicatorCode: 'CASES_ON_TIME_PCT' }])
      ).data.saveValues;
      expect(second.version).toBe(2);
      expect(second.values.map((v: { indicator: { code: string } }) => v.indicator.code)).toEqual(['E_SERVICES_COUNT']);

      const rows = await auditRows(officeAt(20), since);
      expect(rows.map((r) => r.action)).toEqual(['SUBMISSION_CREATED', 'VALUE_SET', 'VALUE_SET', 'VALUE_SET', 'VALUE_CLEARED']);
      expect(rows[3]).toMatchObject({ entity: 'submission_value', old_value: { value: 14 }, new_value: { value: 15 } });
      expect(rows[4]).toMatchObject({ old_value: { numerator: 45, denominator: 60, value: 75 }, new_value: null });
    });

    it('refuses a stale save with a conflict that carries the saved version', async () => {
      const periodId = await freshCafCycle(api.owner, demo.programmeId);
      await save(21, periodId, null, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 410 }]);
      await save(21, periodId, 1, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 420, comment: 'po samoocenie' }]);
      const stale = await save(21, periodId, 1, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 999 }]);
      expect(stale.errors[0].extensions).toMatchObject({
        code: 'CONFLICT',
        current: { version: 2, status: 'DRAFT', values: [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 420, comment: 'po samoocenie' }] },
      });
      expect(Date.parse(stale.errors[0].extensions.current.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
      const fresh = await save(21, periodId, null, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 999 }]);
      expect(fresh.errors[0].extensions.code).toBe('CONFLICT');
    });

    it('applies exactly one of two concurrent saves from the same version and tells the other', async () => {
      for (let round = 0; round < 10; round++) {
        const periodId = await freshCafCycle(api.owner, demo.programmeId);
        const both = await Promise.all([
          save(22, periodId, null, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 300 }]),
          save(22, periodId, null, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 301 }]),
        ]);
        const applied = both.filter((b) => b.data?.saveValues);
        expect(applied).toHaveLength(1);
        expect(both.find((b) => b.errors)?.errors[0].extensions.code).toBe('CONFLICT');

        const next = await Promise.all([302, 303].map((value) => save(22, periodId, 1, [{ indicatorCode: 'CAF_TOTAL_SCORE', value }])));
        const winners = next.filter((b) => b.data?.saveValues);
        expect(winners).toHaveLength(1);
        expect(next.find((b) => b.errors)?.errors[0].extensions.code).toBe('CONFLICT');
        const [{ value, version }] = await api.owner.query(
          `SELECT v.value::float8 AS value, s.version FROM submission s JOIN submission_value v ON v.submission_id = s.id WHERE s.office_id = $1 AND s.period_id = $2`,
          [officeAt(22), periodId],
        );
        expect({ value, version }).toEqual({ value: winners[0].data.saveValues.values[0].value, version: 2 });
      }
    });
  });

  describe('periods that are not open', () => {
    it('refuses saves and submissions in a locked period until the lead reopens it, and again after the lead locks it', async () => {
      const periodId = await freshCafCycle(api.owner, demo.programmeId);
      const { id, version } = await submissionIn(api.owner, demo.programmeId, periodId, officeAt(23), 'DRAFT');
      const lock = await api.graphql('mutation($p: ID!) { lockPeriod(periodId: $p) { state lockedAt } }', { p: periodId }, leadCookie);
      expect(lock.body.data.lockPeriod.state).toBe('LOCKED');

      const refused = await save(23, periodId, version, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 450 }]);
      expect(refused.errors[0].extensions.problems[0]).toMatchObject({ code: 'PERIOD_LOCKED' });
      expect(refused.errors[0].extensions.problems[0].message).toMatch(/jest zamknięty. Tylko lider programu może go ponownie otworzyć/);
      const submit = await api.graphql(SUBMIT, { s: id, v: version }, await coordinatorOf(23));
      expect(submit.body.errors[0].extensions.problems[0].code).toBe('PERIOD_LOCKED');

      const reopen = await api.graphql(
        'mutation($p: ID!, $u: DateTime!) { reopenPeriod(periodId: $p, until: $u, reason: "Korekta danych") { state } }',
        { p: periodId, u: new Date(Date.now() + 86_400_000).toISOString() },
        leadCookie,
      );
      expect(reopen.body.data.reopenPeriod.state).toBe('OPEN');
      expect((await save(23, periodId, version, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 450 }])).data.saveValues.version).toBe(
        version + 1,
      );
      const audit: Array<{ action: string; new_value: { reason?: string } }> = await api.owner.query(
        `SELECT action, new_value FROM audit_log WHERE entity = 'period' AND entity_id = $1 ORDER BY id`,
        [periodId],
      );
      expect(audit.map((a) => a.action)).toEqual(['PERIOD_LOCKED', 'PERIOD_REOPENED']);
      expect(audit[1].new_value.reason).toBe('Korekta danych');
    });

    it('lets the lead create a period, checked, with a label new in the programme', async () => {
      const create = (label: string, startsOn: string, endsOn: string, language = 'en') =>
        api
          .graphql(
            'mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id label kind state deadline } }',
            {
              i: {
                programmeId: demo.programmeId,
                kind: 'QUARTER',
                label,
                startsOn,
                endsOn,
                opensAt: '2011-10-01T00:00:00Z',
                deadline: '2011-10-20T23:59:59Z',
                lockedAt: null,
              },
            },
            leadCookie,
          )
          .set('Accept-Language', language);
      const created = (await create('2011-Q3', '2011-07-01', '2011-09-30')).body.data.createPeriod;
      expect(created).toMatchObject({ label: '2011-Q3', kind: 'QUARTER', state: 'OPEN' });
      const again = (await create('2011-Q3', '2011-07-01', '2011-09-30')).body.errors[0];
      expect(again).toMatchObject({
        message: 'The programme already has a period 2011-Q3.',
        extensions: { code: 'BAD_USER_INPUT', field: 'label' },
      });
      const againPl = (await create('2011-Q3', '2011-07-01', '2011-09-30', 'pl')).body.errors[0];
      expect(againPl).toMatchObject({ message: 'Program ma już okres 2011-Q3.', extensions: { code: 'BAD_USER_INPUT', field: 'label' } });
      const wrongDates = (await create('2011-Q4', '2011-10-01', '2011-12-30')).body.errors[0];
      expect(wrongDates).toMatchObject({
        message: 'Quarter 2011-Q4 runs from 2011-10-01 to 2011-12-31.',
        extensions: { field: 'startsOn' },
      });
      const wrongDatesPl = (await create('2011-Q4', '2011-10-01', '2011-12-30', 'pl')).body.errors[0];
      expect(wrongDatesPl).toMatchObject({
        message: 'Kwartał 2011-Q4 trwa od 2011-10-01 do 2011-12-31.',
        extensions: { field: 'startsOn' },
      });
      const form = await api.graphql(
        'query($o: ID!, $p: ID!) { submissionForm(officeId: $o, periodId: $p) { editable lines { indicator { code } } } }',
        { o: officeAt(19), p: created.id },
        await coordinatorOf(19),
      );
      expect(form.body.data.submissionForm.editable).toBe(true);
      expect(form.body.data.submissionForm.lines.length).toBeGreaterThan(10);
    });

    it('refuses a period before it opens, and a reopening into the past', async () => {
      const periodId = await freshCafCycle(api.owner, demo.programmeId, { opensAt: '2999-01-01' });
      const body = await save(23, periodId, null, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 450 }], 'en');
      expect(body.errors[0].extensions.problems[0]).toMatchObject({ code: 'PERIOD_NOT_OPEN' });
      expect(body.errors[0].extensions.problems[0].message).toMatch(/not open for entry yet \(opens 2999-01-01\)/);
      const past = await api.graphql(
        'mutation($p: ID!) { reopenPeriod(periodId: $p, until: "2000-01-01T00:00:00Z", reason: "x") { state } }',
        { p: periodId },
        leadCookie,
      );
      expect(past.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('plausibility warnings', () => {
    it("warns for a value far from the office's history and from the programme, in the request's language", async () => {
      // Office 24 has handed in CASES_ON_TIME_PCT in every earlier quarter.
      const body = await save(24, demo.openQuarterId, null, [{ indicatorCode: 'CASES_ON_TIME_PCT', numerator: 1, denominator: 100 }]);
      const [value] = body.data.saveValues.values;
      expect(value.warningCodes).toEqual(['FAR_FROM_OWN_HISTORY', 'OUTSIDE_PROGRAMME_RANGE']);
      expect(value.warnings[0]).toMatch(/znacznie odbiega od wcześniejszych wartości urzędu \(mediana [\d,]+ z \d okresów\)/);
      const english = await api
        .graphql(
          'query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { values { warnings } } }',
          { o: officeAt(24), p: demo.openQuarterId },
          await coordinatorOf(24),
        )
        .set('Accept-Language', 'en');
      expect(english.body.data.submission.values[0].warnings[1]).toBe(
        "The value is outside the range usual for the programme's offices. Check it or explain it in a comment.",
      );

      const usual = await save(24, demo.openQuarterId, 1, [
        { indicatorCode: 'CASES_ON_TIME_PCT', numerator: value.warnings.length ? 88 : 1, denominator: 100 },
      ]);
      expect(usual.data.saveValues.values[0].warningCodes).toEqual([]);
    });

    it('computes programme fences only over at least 2k offices, as rounded bounds', async () => {
      const fences: Array<{ low: number; high: number }> = await api.owner.query('SELECT low, high FROM plausibility_fences($1, $2)', [
        demo.programmeId,
        demo.openQuarterId,
      ]);
      expect(fences.length).toBeGreaterThan(0);
      for (const { low, high } of fences) {
        for (const bound of [low, high]) expect(Number(bound.toPrecision(2))).toBeCloseTo(bound, 9);
        expect(low).toBeLessThan(high);
      }
      const [{ id: fewOffices }] = await api.owner.query(
        `INSERT INTO programme (code, name, anonymity_threshold) VALUES ('few', 'Mały program', 14) RETURNING id`,
      );
      const copied = await api.owner.query(`SELECT count(*)::int AS n FROM plausibility_fences($1, $2)`, [fewOffices, demo.openQuarterId]);
      expect(copied).toEqual([{ n: 0 }]);
      const [{ columns }] = await api.owner.query(
        `SELECT array_to_string(proargnames, ',') AS columns FROM pg_proc WHERE proname = 'plausibility_fences'`,
      );
      expect(columns).toBe('p_programme,p_period,indicator_id,low,high');
    });
  });

  describe('submit, return, resubmit, approve, reopen', () => {
    it('walks the whole review with its rules and audit', async () => {
      const periodId = await freshCafCycle(api.owner, demo.programmeId);
      const coordinator = await coordinatorOf(25);
      const draft = (
        await save(25, periodId, null, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 480, comment: 'Samoocena z udziałem zespołu' }])
      ).data.saveValues;
      const since = await lastAuditId();

      const submitted = (await api.graphql(SUBMIT, { s: draft.id, v: draft.version }, coordinator)).body.data.submitSubmission;
      expect(submitted).toMatchObject({ status: 'SUBMITTED', version: draft.version + 1 });
      const locked = await save(25, periodId, submitted.version, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 481 }]);
      expect(locked.errors[0].extensions.problems[0]).toMatchObject({ code: 'NOT_EDITABLE' });

      const noReason = await api.graphql(RETURN, { s: draft.id, r: '   ' }, leadCookie);
      expect(noReason.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const returned = (
        await api.graphql(RETURN, { s: draft.id, r: 'Proszę sprawdzić wynik kryterium 6', v: submitted.version }, leadCookie)
      ).body.data.returnSubmission;
      expect(returned).toMatchObject({ status: 'RETURNED', returnReason: 'Proszę sprawdzić wynik kryterium 6' });

      const fixed = (await save(25, periodId, returned.version, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 470 }])).data.saveValues;
      const resubmitted = (await api.graphql(SUBMIT, { s: draft.id, v: fixed.version }, coordinator)).body.data.submitSubmission;
      const stale = await api.graphql(APPROVE, { s: draft.id, v: submitted.version }, leadCookie);
      expect(stale.body.errors[0].extensions.code).toBe('CONFLICT');
      const approved = (await api.graphql(APPROVE, { s: draft.id, v: resubmitted.version }, leadCookie)).body.data.approveSubmission;
      expect(approved.status).toBe('APPROVED');
      expect(approved.approvedAt).toBeTruthy();

      await expect(api.owner.query(`UPDATE submission_value SET value = 1 WHERE submission_id = $1`, [draft.id])).rejects.toThrow(
        /values of a approved submission cannot change/,
      );
      const twice = await api.graphql(APPROVE, { s: draft.id }, leadCookie);
      expect(twice.body.errors[0].extensions.code).toBe('CONFLICT');

      const reopened = (await api.graphql(REOPEN, { s: draft.id, r: 'Korekta po audycie' }, leadCookie)).body.data.reopenSubmission;
      expect(reopened).toMatchObject({ status: 'RETURNED', returnReason: 'Korekta po audycie' });

      const rows = await auditRows(officeAt(25), since);
      expect(rows.map((r) => r.action)).toEqual([
        'SUBMISSION_SUBMIT',
        'SUBMISSION_RETURN',
        'VALUE_SET',
        'SUBMISSION_SUBMIT',
        'SUBMISSION_APPROVE',
        'SUBMISSION_REOPEN',
      ]);
      expect(rows[1]).toMatchObject({
        old_value: { status: 'SUBMITTED' },
        new_value: { status: 'RETURNED', reason: 'Proszę sprawdzić wynik kryterium 6' },
      });
    });

    it('refuses to submit without every mandatory indicator and without a comment on a warned value', async () => {
      const draft = (await save(26, demo.openQuarterId, null, [{ indicatorCode: 'CASES_ON_TIME_PCT', numerator: 1, denominator: 100 }]))
        .data.saveValues;
      const body = (await api.graphql(SUBMIT, { s: draft.id, v: draft.version }, await coordinatorOf(26))).body;
      const problems: Array<{ code: string; indicatorCode: string }> = body.errors[0].extensions.problems;
      expect(problems).toContainEqual(expect.objectContaining({ code: 'WARNING_NEEDS_COMMENT', indicatorCode: 'CASES_ON_TIME_PCT' }));
      const mandatory = await api.owner.query(
        `SELECT count(*)::int AS n FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id WHERE pi.programme_id = $1 AND pi.mandatory AND i.periodicity = 'QUARTERLY'`,
        [demo.programmeId],
      );
      expect(problems.filter((p) => p.code === 'MANDATORY_MISSING')).toHaveLength(mandatory[0].n - 1);
      expect((await api.owner.query('SELECT status FROM submission WHERE id = $1', [draft.id]))[0].status).toBe('DRAFT');
    });

    it('never ends approved with values changed after they were submitted, however approval and edits race', async () => {
      for (let round = 0; round < 10; round++) {
        const periodId = await freshCafCycle(api.owner, demo.programmeId);
        const { id, version } = await submissionIn(api.owner, demo.programmeId, periodId, officeAt(1), 'SUBMITTED', 500);
        const coordinator = await coordinatorOf(1);
        const edit = async () => {
          const returned = (await api.graphql(RETURN, { s: id, r: 'popraw', v: version }, leadCookie)).body.data?.returnSubmission;
          if (!returned) return;
          const saved = (
            await save(1, periodId, returned.version, [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 600 + round, comment: 'x' }])
          ).data?.saveValues;
          if (saved) await api.graphql(SUBMIT, { s: id, v: saved.version }, coordinator);
        };
        const [approval] = await Promise.all([api.graphql(APPROVE, { s: id, v: version }, leadCookie), edit()]);
        const [{ status, value }] = await api.owner.query(
          `SELECT s.status, v.value::float8 AS value FROM submission s JOIN submission_value v ON v.submission_id = s.id WHERE s.id = $1`,
          [id],
        );
        if (status === 'APPROVED') expect(value).toBe(500);
        expect(Boolean(approval.body.data?.approveSubmission)).toBe(status === 'APPROVED');
      }
    });
  });

  describe("the lead's completeness view and the office's form", () => {
    it('lists every office in every opened period with status, lateness and reminder addresses', async () => {
      // Nobody is late in the demo's open quarter (its deadline is ahead): a cycle whose deadline has passed shows lateness.
      const overdue = await freshCafCycle(api.owner, demo.programmeId, { deadline: '2020-01-01' });
      await submissionIn(api.owner, demo.programmeId, overdue, officeAt(4), 'SUBMITTED');
      const rows: Array<{
        office: { id: string };
        period: { id: string };
        status: string | null;
        isLate: boolean;
        filledCount: number;
        expectedCount: number;
        coordinatorEmails: string[];
      }> = (
        await api.graphql(
          'query($p: ID!) { completeness(programmeId: $p) { office { id } period { id } status isLate filledCount expectedCount coordinatorEmails } }',
          { p: demo.programmeId },
          leadCookie,
        )
      ).body.data.completeness;
      const [{ n: opened }] = await api.owner.query('SELECT count(*)::int AS n FROM period WHERE programme_id = $1 AND opens_at <= now()', [
        demo.programmeId,
      ]);
      expect(rows).toHaveLength(opened * demo.officeIds.length);
      const quarter = rows.filter((r) => r.period.id === demo.openQuarterId);
      const submitted = quarter.find((r) => r.office.id === officeAt(2))!;
      expect(submitted).toMatchObject({ status: 'SUBMITTED', isLate: false, coordinatorEmails: [demoCoordinatorEmail(2)] });
      expect(submitted.filledCount).toBe(submitted.expectedCount);
      expect(quarter.find((r) => r.office.id === officeAt(19))).toMatchObject({ status: null, isLate: false });
      const late = rows.filter((r) => r.period.id === overdue);
      expect(late.find((r) => r.office.id === officeAt(19))).toMatchObject({ status: null, isLate: true });
      expect(late.find((r) => r.office.id === officeAt(4))).toMatchObject({ status: 'SUBMITTED', isLate: false });
    });

    it("gives the form its indicators by CAF criterion with the office's previous values", async () => {
      const form = (
        await api.graphql(
          'query($o: ID!, $p: ID!) { submissionForm(officeId: $o, periodId: $p) { editable period { state } lines { mandatory previousValue previousPeriodLabel indicator { code cafCriterion periodicity } } } }',
          { o: officeAt(3), p: demo.openQuarterId },
          await coordinatorOf(3),
        )
      ).body.data.submissionForm;
      const criteria = form.lines.map((l: { indicator: { cafCriterion: number } }) => l.indicator.cafCriterion);
      expect(criteria).toEqual([...criteria].sort((a, b) => a - b));
      expect(form.lines.every((l: { indicator: { periodicity: string } }) => l.indicator.periodicity === 'QUARTERLY')).toBe(true);
      const [{ value }] = await api.owner.query(
        `SELECT v.value::float8 AS value FROM submission s JOIN period p ON p.id = s.period_id JOIN submission_value v ON v.submission_id = s.id JOIN indicator i ON i.id = v.indicator_id
          WHERE s.office_id = $1 AND p.id = $2 AND i.code = 'CASES_ON_TIME_PCT'`,
        [officeAt(3), demo.previousQuarterId],
      );
      expect(form.lines.find((l: { indicator: { code: string } }) => l.indicator.code === 'CASES_ON_TIME_PCT')).toMatchObject({
        previousValue: value,
        previousPeriodLabel: demo.previousQuarterLabel,
      });
      // Office 3 has submitted: the form is read-only for it, and always for the lead.
      expect(form.editable).toBe(false);
      const leadForm = (
        await api.graphql(
          'query($o: ID!, $p: ID!) { submissionForm(officeId: $o, periodId: $p) { editable } }',
          { o: officeAt(19), p: demo.openQuarterId },
          leadCookie,
        )
      ).body.data.submissionForm;
      expect(leadForm.editable).toBe(false);
      const ownForm = (
        await api.graphql(
          'query($o: ID!, $p: ID!) { submissionForm(officeId: $o, periodId: $p) { editable } }',
          { o: officeAt(19), p: demo.openQuarterId },
          await coordinatorOf(19),
        )
      ).body.data.submissionForm;
      expect(ownForm.editable).toBe(true);
    });
  });
});
