import type { Actor } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { scopeOf, setAccessScope } from '../src/database/access-context';
import { demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { addSecondProgramme, coordinator, demoIds, type DemoIds, lead } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/** Tables holding an office's raw numbers: none of them may show a row without an access scope. */
const RAW_VALUE_TABLES = ['submission', 'submission_value', 'audit_log'];
/**
 * The rows of each that are about an office. The audit log's rows without an office (a period's
 * release, which the demo seed writes as its lead: no office's number in them) are readable by design.
 */
const OFFICE_ROWS: Record<string, string> = { submission: 'true', submission_value: 'true', audit_log: 'office_id IS NOT NULL' };

describe('row-level security', () => {
  let api: TestApi;
  let app: DataSource;
  let demo: DemoIds;
  let second: { programmeId: string; periodId: string };

  const actor = (...grants: Actor['grants']): Actor => ({ userId: 'test', grants });

  /** Offices whose submissions a transaction with this actor's scope can see (no filter in the query). */
  const visibleOffices = (dataSource: DataSource, who: Actor | null) =>
    dataSource.transaction(async (manager) => {
      await setAccessScope(manager, scopeOf(who));
      const rows: Array<{ programme_id: string; office_id: string }> = await manager.query(
        `SELECT DISTINCT s.programme_id, s.office_id FROM submission_value v JOIN submission s ON s.id = v.submission_id`,
      );
      return rows.map((row) => `${row.programme_id}/${row.office_id}`).sort();
    });

  beforeAll(async () => {
    api = await startTestApi();
    app = api.appDataSource;
    demo = await demoIds(api.owner);
    second = await addSecondProgramme(api.owner, [demo.officeIds[0], demo.officeIds[1]]);
    await api.owner.query(
      `INSERT INTO audit_log (action, entity, entity_id, new_value, programme_id, office_id) VALUES ('SAVE', 'submission_value', 'x', '{"value": 42}', $1, $2)`,
      [demo.programmeId, demo.officeIds[0]],
    );
  });

  afterAll(() => api.close());

  it('the API role is neither superuser, BYPASSRLS nor owner, and the tables FORCE row-level security', async () => {
    const [role] = await app.query(`SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(role).toEqual({ name: 'officebench_app', rolsuper: false, rolbypassrls: false });
    const tables = await api.owner.query(
      `SELECT relname, relrowsecurity, relforcerowsecurity, pg_get_userbyid(relowner) <> 'officebench_app' AS foreign_owner
         FROM pg_class WHERE relname = ANY($1) ORDER BY relname`,
      [RAW_VALUE_TABLES],
    );
    expect(tables).toEqual(
      RAW_VALUE_TABLES.sort().map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true, foreign_owner: true })),
    );
  });

  it.each(RAW_VALUE_TABLES)('a raw query of %s as the API role without context returns no rows (the data is there)', async (table) => {
    const [{ count: total }] = await api.owner.query(`SELECT count(*)::int AS count FROM ${table} WHERE ${OFFICE_ROWS[table]}`);
    expect(total).toBeGreaterThan(0);
    expect(await app.query(`SELECT count(*)::int AS count FROM ${table} WHERE ${OFFICE_ROWS[table]}`)).toEqual([{ count: 0 }]);
    // Nor inside a transaction that set an empty scope.
    const inEmptyScope = await visibleOffices(app, null);
    expect(inEmptyScope).toEqual([]);
  });

  it('a coordinator sees only its own office in its own programme; a lead its programme', async () => {
    const own = `${demo.programmeId}/${demo.officeIds[0]}`;
    expect(await visibleOffices(app, actor(coordinator(demo.programmeId, demo.officeIds[0])))).toEqual([own]);
    const demoOffices = await visibleOffices(app, actor(lead(demo.programmeId)));
    expect(demoOffices.length).toBeGreaterThan(10);
    expect(demoOffices.every((key) => key.startsWith(demo.programmeId))).toBe(true);
    expect(await visibleOffices(app, actor(lead(second.programmeId)))).toEqual(
      [`${second.programmeId}/${demo.officeIds[0]}`, `${second.programmeId}/${demo.officeIds[1]}`].sort(),
    );
  });

  it('refuses to write a row outside the scope', async () => {
    const attempt = app.transaction(async (manager) => {
      await setAccessScope(manager, scopeOf(actor(coordinator(demo.programmeId, demo.officeIds[0]))));
      await manager.query(`INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3)`, [
        demo.programmeId,
        demo.officeIds[25],
        demo.openQuarterId,
      ]);
    });
    await expect(attempt).rejects.toThrow(/row-level security/);
    const update = await app.transaction(async (manager) => {
      await setAccessScope(manager, scopeOf(actor(coordinator(demo.programmeId, demo.officeIds[0]))));
      return manager.query(`UPDATE submission SET return_reason = 'x' WHERE office_id = $1`, [demo.officeIds[1]]);
    });
    expect(update[1]).toBe(0);
  });

  it('cannot be talked out of its scope: a malformed context fails closed', async () => {
    const attempt = app.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.lead_programmes', $1, true)`, [`{${demo.programmeId}} OR true`]);
      return manager.query(`SELECT count(*) FROM submission`);
    });
    await expect(attempt).rejects.toThrow(/malformed array literal|invalid input syntax/);
  });

  it('with a pool of one connection, thousands of interleaved transactions of two offices never see each other', async () => {
    const { close, dataSource: single } = await appPoolOfOne(api);
    try {
      const offices = [demo.officeIds[0], demo.officeIds[1]];
      const expected = offices.map((office) => [`${demo.programmeId}/${office}`]);
      // 20 waves of 100 concurrent transactions, alternating offices, all queued on the one connection
      // (waves, because a request waiting longer than the pool's 5 s connection timeout fails).
      const wave = Array.from({ length: 100 }, (_, i) => i % 2);
      for (let round = 0; round < 20; round++) {
        const seen = await Promise.all(wave.map((i) => visibleOffices(single, actor(coordinator(demo.programmeId, offices[i])))));
        seen.forEach((rows, index) => expect(rows).toEqual(expected[wave[index]]));
      }
      // And after all of them, the connection holds no scope.
      expect(await single.query(`SELECT count(*)::int AS count FROM submission`)).toEqual([{ count: 0 }]);
    } finally {
      await close();
    }
  });

  it('through the API on a pool of one connection, alternating requests of two coordinators each get their own office', async () => {
    const small = await startTestApi({ poolSize: 1 });
    try {
      const ids = await demoIds(small.owner);
      const cookies = [await small.signIn(demoCoordinatorEmail(1)), await small.signIn(demoCoordinatorEmail(2))];
      const query = `query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { office { id } values { value indicator { code } } } }`;
      const expectedValues = await Promise.all(
        [0, 1].map(
          async (i) => (await small.graphql(query, { o: ids.officeIds[i], p: ids.openQuarterId }, cookies[i])).body.data.submission,
        ),
      );
      expect(expectedValues[0].values).not.toEqual(expectedValues[1].values);
      for (let batch = 0; batch < 20; batch++) {
        const answers = await Promise.all(
          Array.from({ length: 50 }, (_, n) => n % 2).map(async (i) => ({
            i,
            body: (await small.graphql(query, { o: ids.officeIds[i], p: ids.openQuarterId }, cookies[i])).body,
          })),
        );
        for (const { i, body } of answers) expect(body.data.submission).toEqual(expectedValues[i]);
      }
    } finally {
      await small.close();
    }
    // 1,000 requests through one connection: generous room for a loaded CI machine (correctness, not speed, is tested).
  }, 120_000);
});

/** A second pool of exactly one connection as the API role, on the same database. */
async function appPoolOfOne(api: TestApi): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const { connectAsApp } = await import('../src/database/open-database');
  const options = api.appDataSource.options as { url: string };
  const dataSource = await connectAsApp(options.url, { poolSize: 1 });
  return { dataSource, close: () => dataSource.destroy() };
}
