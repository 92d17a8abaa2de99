import type { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/data-source';
import { RelativeChangeTargets1764600000000 } from '../src/database/migrations/1764600000000-relative-change-targets';
import { PolishRatioLabels1764700000000 } from '../src/database/migrations/1764700000000-polish-ratio-labels';
import { ScopeOncePerStatement1765200000000 } from '../src/database/migrations/1765200000000-scope-once-per-statement';
import { createDatabaseWithDataSource, createMigratedDatabase, DEMO_TABLES } from './support/test-database';

const tables = async (dataSource: DataSource): Promise<string[]> =>
  (await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map(
    (row: { table_name: string }) => row.table_name,
  );

describe('migrations', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await createDatabaseWithDataSource());
  });

  afterAll(() => close());

  it('apply on an empty database, revert completely, and apply again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const created = await tables(dataSource);
    expect(created).toEqual(expect.arrayContaining([...DEMO_TABLES, 'good_practice', 'good_practice_indicator', 'audit_log']));

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables(dataSource)).toEqual(['schema_migration']);
    expect(await dataSource.query(`SELECT proname FROM pg_proc WHERE proname = 'submission_value_in_range'`)).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables(dataSource)).toEqual(created);
  });

  it('leave nothing to do once applied', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await dataSource.runMigrations()).toEqual([]);
  });
  it('carry a period released under migration 4 into the release history (one release)', async () => {
    for (let i = 0; i < MIGRATIONS.length - 4; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ id: programmeId }] = await dataSource.query(`INSERT INTO programme (code, name) VALUES ('old-release', 'Stary') RETURNING id`);
    const [{ id: periodId }] = await dataSource.query(
      `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline, released_at)
       VALUES ($1, 'QUARTER', '2010-Q1', '2010-01-01', '2010-03-31', '2010-04-01', '2010-04-20', now()) RETURNING id`,
      [programmeId],
    );
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.query('SELECT releases FROM period WHERE id = $1', [periodId])).toEqual([{ releases: 1 }]);
    await dataSource.query('DELETE FROM programme WHERE id = $1', [programmeId]);
  });

  it('carry release snapshots into one row per office and release, and back', async () => {
    const undoSnapshotRows = async () => {
      const from = MIGRATIONS.indexOf(ScopeOncePerStatement1765200000000);
      for (let i = from; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    };
    await undoSnapshotRows();
    const [{ id: programmeId }] = await dataSource.query(
      `INSERT INTO programme (code, name) VALUES ('old-snapshot', 'Migawka') RETURNING id`,
    );
    const [{ id: periodId }] = await dataSource.query(
      `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline, released_at, releases)
       VALUES ($1, 'QUARTER', '2010-Q1', '2010-01-01', '2010-03-31', '2010-04-01', '2010-04-20', now(), 2) RETURNING id`,
      [programmeId],
    );
    // Two offices, a plain value and a ratio, two releases (the second revised one value).
    await dataSource.query(
      `INSERT INTO release_contribution (period_id, programme_id, indicator_id, office_id, value, numerator, denominator, release_no)
       SELECT $1, $2, i, o, v, n, d, r FROM (VALUES
         ('00000000-0000-4000-8000-000000000001'::uuid, '00000000-0000-4000-8000-0000000000a1'::uuid, 12.5, NULL::numeric, NULL::numeric, 1),
         ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000a1', 0.25, 1, 4, 1),
         ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b2', 7, NULL, NULL, 1),
         ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a1', 13, NULL, NULL, 2),
         ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000a1', 0.25, 1, 4, 2)) AS t(i, o, v, n, d, r)`,
      [periodId, programmeId],
    );
    const contributions = () =>
      dataSource.query(
        `SELECT release_no, office_id, indicator_id, value::text, numerator::text, denominator::text FROM release_contribution
          WHERE period_id = $1 ORDER BY 1, 2, 3`,
        [periodId],
      );
    const before = await contributions();

    await dataSource.runMigrations({ transaction: 'each' });
    const snapshot = await dataSource.query(
      `SELECT release_no, office_id, cardinality(indicator_ids) AS indicators FROM release_snapshot WHERE period_id = $1 ORDER BY 1, 2`,
      [periodId],
    );
    expect(snapshot).toEqual([
      { release_no: 1, office_id: '00000000-0000-4000-8000-0000000000a1', indicators: 2 },
      { release_no: 1, office_id: '00000000-0000-4000-8000-0000000000b2', indicators: 1 },
      { release_no: 2, office_id: '00000000-0000-4000-8000-0000000000a1', indicators: 2 },
    ]);
    const unnested = await dataSource.query(
      `SELECT r.release_no, r.office_id, u.indicator_id, u.value::text, u.numerator::text, u.denominator::text
         FROM release_snapshot r, unnest(r.indicator_ids, r.amounts, r.numerators, r.denominators) AS u(indicator_id, value, numerator, denominator)
        WHERE r.period_id = $1 ORDER BY 1, 2, 3`,
      [periodId],
    );
    expect(unnested).toEqual(before);

    await undoSnapshotRows();
    expect(await contributions()).toEqual(before);
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query('DELETE FROM programme WHERE id = $1', [programmeId]);
  });

  it('widen the target kinds to relative changes, and refuse to revert while a relative target exists', async () => {
    const undoRelativeTargets = async () => {
      const from = MIGRATIONS.indexOf(RelativeChangeTargets1764600000000);
      for (let i = from; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    };
    const [{ id: programmeId }] = await dataSource.query(
      `INSERT INTO programme (code, name) VALUES ('relative-targets', 'Cele') RETURNING id`,
    );
    const [{ id: indicatorId }] = await dataSource.query(
      `INSERT INTO indicator (code, name_pl, name_en, unit, direction, periodicity, input_kind)
       VALUES ('RELATIVE_TEST', 'Test', 'Test', 'count', 'HIGHER_BETTER', 'QUARTERLY', 'VALUE') RETURNING id`,
    );
    await dataSource.query('INSERT INTO programme_indicator (programme_id, indicator_id, position) VALUES ($1, $2, 1)', [
      programmeId,
      indicatorId,
    ]);
    await dataSource.query(
      `INSERT INTO programme_target (programme_id, indicator_id, kind, value) VALUES ($1, $2, 'RELATIVE_CHANGE', 10)`,
      [programmeId, indicatorId],
    );

    // The old kind check cannot hold the row: reverting is refused and the target kept.
    await expect(undoRelativeTargets()).rejects.toThrow(/1 relative change target\(s\) would not fit the old kind check/);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.query('SELECT kind FROM programme_target WHERE programme_id = $1', [programmeId])).toEqual([
      { kind: 'RELATIVE_CHANGE' },
    ]);

    // Once it is set as an absolute change, the migration reverts, and the old check refuses relative changes again.
    await dataSource.query(`UPDATE programme_target SET kind = 'CHANGE' WHERE programme_id = $1`, [programmeId]);
    await undoRelativeTargets();
    await expect(
      dataSource.query(`UPDATE programme_target SET kind = 'RELATIVE_CHANGE' WHERE programme_id = $1`, [programmeId]),
    ).rejects.toThrow(/programme_target_kind_check/);
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query('DELETE FROM programme WHERE id = $1', [programmeId]);
    await dataSource.query('DELETE FROM indicator WHERE id = $1', [indicatorId]);
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('give the catalogue ratio indicators of an existing database their Polish labels, and any other ratio its English ones', async () => {
    const from = MIGRATIONS.indexOf(PolishRatioLabels1764700000000);
    for (let i = from; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.query(
      `INSERT INTO indicator (code, name_pl, name_en, unit, direction, periodicity, input_kind, numerator_label, denominator_label)
       VALUES ('CASES_ON_TIME_PCT', 'W terminie', 'On time', 'pct', 'HIGHER_BETTER', 'QUARTERLY', 'RATIO', 'cases settled on time', 'cases settled'),
              ('OWN_RATIO', 'Własny', 'Own', 'pct', 'HIGHER_BETTER', 'QUARTERLY', 'RATIO', 'things done', 'things due')`,
    );
    await dataSource.runMigrations({ transaction: 'each' });
    expect(
      await dataSource.query(
        `SELECT code, numerator_label_pl, denominator_label_pl, numerator_label_en, denominator_label_en
           FROM indicator WHERE code IN ('CASES_ON_TIME_PCT', 'OWN_RATIO') ORDER BY code`,
      ),
    ).toEqual([
      {
        code: 'CASES_ON_TIME_PCT',
        numerator_label_pl: 'sprawy załatwione w terminie',
        denominator_label_pl: 'sprawy załatwione',
        numerator_label_en: 'cases settled on time',
        denominator_label_en: 'cases settled',
      },
      {
        code: 'OWN_RATIO',
        numerator_label_pl: 'things done',
        denominator_label_pl: 'things due',
        numerator_label_en: 'things done',
        denominator_label_en: 'things due',
      },
    ]);
    await dataSource.query(`DELETE FROM indicator WHERE code IN ('CASES_ON_TIME_PCT', 'OWN_RATIO')`);
  });
});

describe('entities', () => {
  it('map onto the tables and columns the migrations build, with the same nullability', async () => {
    const { dataSource, close } = await createMigratedDatabase();
    try {
      const rows: Array<{ table_name: string; column_name: string; is_nullable: string }> = await dataSource.query(
        `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
      );
      const actual = new Map(rows.map((row) => [`${row.table_name}.${row.column_name}`, row.is_nullable === 'YES']));
      const expected = dataSource.entityMetadatas.flatMap((entity) =>
        entity.columns.map((column) => [`${entity.tableName}.${column.databaseName}`, column.isNullable] as const),
      );
      expect(expected.length).toBeGreaterThan(60);
      for (const [column, nullable] of expected) expect([column, actual.get(column)]).toEqual([column, nullable]);
    } finally {
      await close();
    }
  });
});
