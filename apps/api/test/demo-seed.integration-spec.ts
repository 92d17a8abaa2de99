import { computeIndicatorValue } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, DEMO_PROGRAMME_CODE, demoCoordinatorEmail, seedDemoData } from '../src/database/seed/demo-seed';
import programmeFile from '../src/database/seed/data/programme-dzierzoniow.json';
import { verifyPassword } from '../src/modules/auth/password-hashing';
import { createMigratedDatabase, DEMO_TABLES } from './support/test-database';

/** Every row of every demo table, hashed per table: equal fingerprints mean nothing changed. */
async function fingerprint(dataSource: DataSource): Promise<Record<string, { rows: number; md5: string }>> {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const table of DEMO_TABLES) {
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM ${table} t`,
    );
    result[table] = row;
  }
  return result;
}

describe('demo data', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let programmeId: string;

  beforeAll(async () => {
    ({ dataSource, close } = await createMigratedDatabase());
    await seedDemoData(dataSource);
    [{ id: programmeId }] = await dataSource.query('SELECT id FROM programme WHERE code = $1', [DEMO_PROGRAMME_CODE]);
  });

  afterAll(() => close());

  it('loads a second time without changing anything', async () => {
    const before = await fingerprint(dataSource);
    await seedDemoData(dataSource);
    expect(await fingerprint(dataSource)).toEqual(before);
    expect(before.submission_value.rows).toBeGreaterThan(3000);
  });

  it('holds the 26 named offices in the order of the programme file, led by Dzierżoniów', async () => {
    const offices = await dataSource.query(
      `SELECT o.name, o.region FROM programme_office po JOIN office o ON o.id = po.office_id WHERE po.programme_id = $1 ORDER BY po.position`,
      [programmeId],
    );
    expect(offices).toEqual(programmeFile.offices.map(({ name, region }) => ({ name, region })));
    const [programme] = await dataSource.query(
      'SELECT p.is_demo, p.anonymity_threshold, o.name AS lead FROM programme p JOIN office o ON o.id = p.lead_office_id WHERE p.id = $1',
      [programmeId],
    );
    expect(programme).toEqual({ is_demo: true, anonymity_threshold: 5, lead: 'Urząd Miasta Dzierżoniów' });
  });

  it('uses all 21 catalogue indicators and eight quarters from 2009-Q3', async () => {
    const [{ count }] = await dataSource.query('SELECT count(*)::int FROM programme_indicator WHERE programme_id = $1', [programmeId]);
    expect(count).toBe(21);
    const quarters = await dataSource.query(`SELECT label FROM period WHERE programme_id = $1 AND kind = 'QUARTER' ORDER BY starts_on`, [
      programmeId,
    ]);
    expect(quarters.map((q: { label: string }) => q.label)).toEqual([
      '2009-Q3',
      '2009-Q4',
      '2010-Q1',
      '2010-Q2',
      '2010-Q3',
      '2010-Q4',
      '2011-Q1',
      '2011-Q2',
    ]);
  });

  it('has the first seven quarters approved for every office and the last one open with mixed progress', async () => {
    const rows: Array<{ label: string; status: string | null; offices: number; locked: boolean }> = await dataSource.query(
      `SELECT p.label, s.status, count(po.office_id)::int AS offices, p.locked_at IS NOT NULL AS locked
         FROM period p
         CROSS JOIN programme_office po
         LEFT JOIN submission s ON s.period_id = p.id AND s.office_id = po.office_id
        WHERE p.programme_id = $1 AND po.programme_id = $1 AND p.kind = 'QUARTER'
        GROUP BY p.label, s.status, p.locked_at ORDER BY p.label, s.status`,
      [programmeId],
    );
    const closed = rows.filter((r) => r.label !== '2011-Q2');
    expect(closed).toHaveLength(7);
    expect(closed.every((r) => r.status === 'APPROVED' && r.offices === 26 && r.locked)).toBe(true);
    const open = rows.filter((r) => r.label === '2011-Q2');
    expect(open.map(({ status, offices, locked }) => ({ status, offices, locked }))).toEqual([
      { status: 'DRAFT', offices: 8, locked: false },
      { status: 'SUBMITTED', offices: 10, locked: false },
      { status: null, offices: 8, locked: false },
    ]);
  });

  it('stores values that agree with their numerator and denominator and lie within range', async () => {
    const values: Array<{
      value: string;
      numerator: string | null;
      denominator: string | null;
      input_kind: 'VALUE' | 'RATIO';
      scale: string;
      min_value: string;
      max_value: string;
    }> = await dataSource.query(
      `SELECT v.value, v.numerator, v.denominator, i.input_kind, i.scale, i.min_value, i.max_value
           FROM submission_value v JOIN indicator i ON i.id = v.indicator_id`,
    );
    for (const v of values) {
      const definition = { inputKind: v.input_kind, scale: Number(v.scale), minValue: Number(v.min_value), maxValue: Number(v.max_value) };
      const recomputed = computeIndicatorValue(definition, {
        value: Number(v.value),
        numerator: v.numerator === null ? null : Number(v.numerator),
        denominator: v.denominator === null ? null : Number(v.denominator),
      });
      expect(recomputed).toBeCloseTo(Number(v.value), 9);
      expect(Number(v.value)).toBeGreaterThanOrEqual(definition.minValue);
      expect(Number(v.value)).toBeLessThanOrEqual(definition.maxValue);
    }
  });

  it('creates the demo accounts with their roles and the demo password', async () => {
    const grants: Array<{ email: string; role: string; office: string | null }> = await dataSource.query(
      `SELECT u.email, g.role, o.name AS office FROM app_user u JOIN role_grant g ON g.user_id = u.id LEFT JOIN office o ON o.id = g.office_id ORDER BY u.email`,
    );
    expect(grants).toHaveLength(28);
    expect(grants).toContainEqual({ email: DEMO_ADMIN_EMAIL, role: 'PLATFORM_ADMIN', office: null });
    expect(grants).toContainEqual({ email: 'lead@demo.officebench.local', role: 'PROGRAMME_LEAD', office: null });
    expect(grants).toContainEqual({ email: demoCoordinatorEmail(1), role: 'OFFICE_COORDINATOR', office: 'Urząd Miasta Dzierżoniów' });
    expect(grants).toContainEqual({ email: demoCoordinatorEmail(26), role: 'OFFICE_COORDINATOR', office: 'Urząd Miasta Zator' });
    const [{ password_hash: hash }] = await dataSource.query('SELECT password_hash FROM app_user WHERE email = $1', [DEMO_ADMIN_EMAIL]);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, 'wrong-password')).toBe(false);
  });
});
