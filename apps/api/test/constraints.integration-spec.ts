import type { DataSource } from 'typeorm';
import { seedDemoData } from '../src/database/seed/demo-seed';
import { createMigratedDatabase } from './support/test-database';

/** The database refuses bad rows by itself, whatever the code above it does. */
describe('database constraints', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let ids: {
    programme: string;
    office: string;
    otherOffice: string;
    openPeriod: string;
    submission: string;
    indicator: string;
    user: string;
  };

  beforeAll(async () => {
    ({ dataSource, close } = await createMigratedDatabase());
    await seedDemoData(dataSource);
    const [row] = await dataSource.query(`
      SELECT p.id AS programme,
             (SELECT office_id FROM programme_office WHERE programme_id = p.id AND position = 26) AS office,
             (SELECT office_id FROM programme_office WHERE programme_id = p.id AND position = 1) AS "otherOffice",
             (SELECT id FROM period WHERE programme_id = p.id AND kind = 'QUARTER' AND locked_at IS NULL) AS "openPeriod",
             (SELECT id FROM indicator WHERE code = 'CASES_ON_TIME_PCT') AS indicator,
             (SELECT id FROM app_user ORDER BY email LIMIT 1) AS "user"
        FROM programme p`);
    const [submission] = await dataSource.query(
      `INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3) RETURNING id`,
      [row.programme, row.office, row.openPeriod],
    );
    ids = { ...row, submission: submission.id };
  });

  afterAll(() => close());

  /** Runs the statement in a savepoint-free transaction that is always rolled back, and returns the refusal. */
  async function refusal(sql: string, params: unknown[]): Promise<{ code: string; constraint?: string }> {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(sql, params);
    } catch (error) {
      const { driverError } = error as { driverError: { code: string; constraint?: string } };
      return { code: driverError.code, constraint: driverError.constraint };
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    throw new Error(`accepted: ${sql}`);
  }

  const CHECK = '23514';
  const UNIQUE = '23505';
  const FOREIGN_KEY = '23503';

  it('refuses a ratio indicator that does not say what its parts count in both languages', async () => {
    const insert = `INSERT INTO indicator (code, name_pl, name_en, unit, direction, periodicity, input_kind,
                                           numerator_label_pl, denominator_label_pl, numerator_label_en, denominator_label_en)
                    VALUES ('NEW_RATIO', 'Nowy', 'New', 'pct', 'HIGHER_BETTER', 'QUARTERLY', $1, $2, $3, $4, $5)`;
    for (const labels of [
      [null, 'wszystkie', 'done', 'all'],
      ['zrobione', 'wszystkie', 'done', null],
      ['  ', 'wszystkie', 'done', 'all'],
    ]) {
      expect(await refusal(insert, ['RATIO', ...labels])).toEqual({ code: CHECK, constraint: 'indicator_ratio_labels' });
    }
    expect(await refusal(insert, ['VALUE', 'zrobione', null, null, null])).toEqual({ code: CHECK, constraint: 'indicator_ratio_labels' });
  });

  it('holds the Polish and English labels of every ratio indicator of the catalogue', async () => {
    const rows: Array<{ code: string; pl: string; en: string }> = await dataSource.query(
      `SELECT code, numerator_label_pl || ' / ' || denominator_label_pl AS pl, numerator_label_en || ' / ' || denominator_label_en AS en
         FROM indicator WHERE input_kind = 'RATIO' ORDER BY code`,
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.find((r) => r.code === 'CASES_ON_TIME_PCT')).toEqual({
      code: 'CASES_ON_TIME_PCT',
      pl: 'sprawy załatwione w terminie / sprawy załatwione',
      en: 'cases settled on time / cases settled',
    });
    for (const row of rows) expect(row.pl).not.toEqual(row.en);
  });

  it('refuses a value outside its indicator range', async () => {
    const insert = 'INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator) VALUES ($1, $2, $3, $4, $5)';
    expect(await refusal(insert, [ids.submission, ids.indicator, 120, 120, 100])).toEqual({
      code: CHECK,
      constraint: 'submission_value_in_range',
    });
    expect(await refusal(insert, [ids.submission, ids.indicator, -1, null, null])).toEqual({
      code: CHECK,
      constraint: 'submission_value_in_range',
    });
  });

  it('accepts a value inside the range (the refusals above are about the values)', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(
      'INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator) VALUES ($1, $2, 90, 90, 100)',
      [ids.submission, ids.indicator],
    );
    await runner.rollbackTransaction();
    await runner.release();
  });

  it.each([
    [
      'a zero denominator',
      'INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator) VALUES ($1, $2, NULL, 5, 0)',
      'submission_value_denominator_check',
    ],
    [
      'a numerator without a denominator',
      'INSERT INTO submission_value (submission_id, indicator_id, value, numerator) VALUES ($1, $2, NULL, 5)',
      'submission_value_ratio_parts',
    ],
    ['an empty value row', 'INSERT INTO submission_value (submission_id, indicator_id) VALUES ($1, $2)', 'submission_value_not_empty'],
  ])('refuses %s', async (_, sql, constraint) => {
    expect(await refusal(sql, [ids.submission, ids.indicator])).toEqual({ code: CHECK, constraint });
  });

  it('refuses an anonymity threshold below 3', async () => {
    expect(await refusal('UPDATE programme SET anonymity_threshold = 2 WHERE id = $1', [ids.programme])).toEqual({
      code: CHECK,
      constraint: 'programme_anonymity_threshold_check',
    });
  });

  it('refuses a second submission of the same office for the same period', async () => {
    expect(
      await refusal('INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3)', [
        ids.programme,
        ids.office,
        ids.openPeriod,
      ]),
    ).toEqual({
      code: UNIQUE,
      constraint: 'submission_office_period_unique',
    });
  });

  it('refuses a returned submission without a reason', async () => {
    expect(await refusal(`UPDATE submission SET status = 'RETURNED', submitted_at = now() WHERE id = $1`, [ids.submission])).toEqual({
      code: CHECK,
      constraint: 'submission_returned_has_reason',
    });
  });

  it('refuses orphans: a value of no submission, a submission of an office outside the programme', async () => {
    const orphanValue = await refusal(
      'INSERT INTO submission_value (submission_id, indicator_id, value) VALUES (gen_random_uuid(), $1, 50)',
      [ids.indicator],
    );
    expect(orphanValue.code).toBe(FOREIGN_KEY);
    const [{ id: outsider }] = await dataSource.query(
      `INSERT INTO office (name, kind, region) VALUES ('Urząd Gminy Spoza', 'RURAL_GMINA', 'śląskie') RETURNING id`,
    );
    const outside = await refusal('INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3)', [
      ids.programme,
      outsider,
      ids.openPeriod,
    ]);
    expect(outside.code).toBe(FOREIGN_KEY);
  });

  it('refuses a role grant whose scope does not fit the role', async () => {
    const insert = 'INSERT INTO role_grant (user_id, role, programme_id, office_id) VALUES ($1, $2, $3, $4)';
    expect(await refusal(insert, [ids.user, 'OFFICE_COORDINATOR', ids.programme, null])).toEqual({
      code: CHECK,
      constraint: 'role_grant_scope',
    });
    expect(await refusal(insert, [ids.user, 'PLATFORM_ADMIN', ids.programme, null])).toEqual({
      code: CHECK,
      constraint: 'role_grant_scope',
    });
    expect(await refusal(insert, [ids.user, 'AUDITOR', null, null])).toEqual({ code: CHECK, constraint: 'role_grant_role_check' });
  });

  describe('programme targets', () => {
    // An upsert, so that a target the demo may already have on the indicator is replaced, not a UNIQUE refusal.
    const setTarget = `INSERT INTO programme_target (programme_id, indicator_id, kind, value) VALUES ($1, $2, $3, $4)
      ON CONFLICT (programme_id, indicator_id) DO UPDATE SET kind = EXCLUDED.kind, value = EXCLUDED.value RETURNING kind, value::float8 AS value`;

    it.each([
      ['a relative change of zero', 'RELATIVE_CHANGE', 0, 'programme_target_relative_change_range'],
      ['a relative change of −100 %', 'RELATIVE_CHANGE', -100, 'programme_target_relative_change_range'],
      ['a relative change below −100 %', 'RELATIVE_CHANGE', -250, 'programme_target_relative_change_range'],
      ['an absolute change of zero', 'CHANGE', 0, 'programme_target_change_not_zero'],
      ['an unknown kind', 'RATIO', 10, 'programme_target_kind_check'],
    ])('refuses %s', async (_, kind, value, constraint) => {
      expect(await refusal(setTarget, [ids.programme, ids.indicator, kind, value])).toEqual({ code: CHECK, constraint });
    });

    it('accepts a relative change just above −100 % (the refusals above are about the values)', async () => {
      const runner = dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        expect(await runner.query(setTarget, [ids.programme, ids.indicator, 'RELATIVE_CHANGE', -99.5])).toEqual([
          { kind: 'RELATIVE_CHANGE', value: -99.5 },
        ]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });

  it('refuses an unknown office kind and a duplicate e-mail address', async () => {
    expect(await refusal(`INSERT INTO office (name, kind, region) VALUES ('X', 'CASTLE', 'śląskie')`, [])).toEqual({
      code: CHECK,
      constraint: 'office_kind_check',
    });
    expect(await refusal(`INSERT INTO app_user (email, display_name) VALUES ('admin@demo.officebench.local', 'Copy')`, [])).toEqual({
      code: UNIQUE,
      constraint: 'app_user_email_unique',
    });
  });
});
