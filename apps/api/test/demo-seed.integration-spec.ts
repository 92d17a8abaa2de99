import { computeIndicatorValue, questionnaireFor, type SurveyKind } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import programmeFile from '../src/database/seed/data/programme-dzierzoniow.json';
import { demoCalendar } from '../src/database/seed/demo-calendar';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_LEAD_EMAIL,
  DEMO_PASSWORD,
  DEMO_PROGRAMME_CODE,
  DEMO_RETURN_REASON,
  demoCoordinatorEmail,
  seedDemoData,
} from '../src/database/seed/demo-seed';
import { verifyPassword } from '../src/modules/auth/password-hashing';
import { ReleaseService } from '../src/modules/releases/release.service';
import { startTestApi, type TestApi } from './support/test-api';
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

describe('demo data, loaded on the real clock as at a first start', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let programmeId: string;
  const calendar = demoCalendar(new Date());

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.owner;
    [{ id: programmeId }] = await dataSource.query('SELECT id FROM programme WHERE code = $1', [DEMO_PROGRAMME_CODE]);
  });

  afterAll(() => api.close());

  it('loads a second time, that day or months later, without changing anything', async () => {
    const before = await fingerprint(dataSource);
    await seedDemoData(dataSource);
    expect(await fingerprint(dataSource)).toEqual(before);
    await seedDemoData(dataSource, { today: new Date(Date.now() + 200 * 86_400_000) });
    expect(await fingerprint(dataSource)).toEqual(before);
    expect(before.submission_value.rows).toBeGreaterThan(3000);
    expect(before.period.rows).toBe(calendar.periods.length);
  });

  it('holds the 26 named offices in the order of the programme file, led by Dzierżoniów, with synthetic sizes', async () => {
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
    expect(
      await dataSource.query(
        'SELECT DISTINCT o.size_is_synthetic FROM office o JOIN programme_office po ON po.office_id = o.id WHERE po.programme_id = $1',
        [programmeId],
      ),
    ).toEqual([{ size_is_synthetic: true }]);
  });

  it('uses all 21 catalogue indicators and nine quarters up to the current one, two past years and the open one, two past CAF cycles and an open one', async () => {
    const [{ count }] = await dataSource.query('SELECT count(*)::int FROM programme_indicator WHERE programme_id = $1', [programmeId]);
    expect(count).toBe(21);
    const periods: Array<{ label: string }> = await dataSource.query(
      `SELECT label FROM period WHERE programme_id = $1 ORDER BY array_position(ARRAY['QUARTER', 'YEAR', 'CAF_CYCLE'], kind), starts_on`,
      [programmeId],
    );
    expect(periods.map((p) => p.label)).toEqual(calendar.periods.map((p) => p.label));
    const year = new Date().getUTCFullYear();
    const current = `${year}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    expect(calendar.periods.filter((p) => p.open).map((p) => p.label)).toEqual([current, String(year), `CAF ${year}`]);
    expect(calendar.periods.filter((p) => p.kind !== 'QUARTER').map((p) => p.label)).toEqual([
      String(year - 2),
      String(year - 1),
      String(year),
      `CAF ${year - 2}`,
      `CAF ${year - 1}`,
      `CAF ${year}`,
    ]);
  });

  it('has every past period approved for every office, locked and released by the lead, and the current quarter open with offices in every state', async () => {
    const rows: Array<{ label: string; status: string | null; offices: number; locked: boolean; releases: number }> =
      await dataSource.query(
        `SELECT p.label, s.status, count(po.office_id)::int AS offices, p.locked_at <= now() AS locked, p.releases
         FROM period p
         CROSS JOIN programme_office po
         LEFT JOIN submission s ON s.period_id = p.id AND s.office_id = po.office_id
        WHERE p.programme_id = $1 AND po.programme_id = $1
        GROUP BY p.label, s.status, p.locked_at, p.releases ORDER BY p.label, s.status`,
        [programmeId],
      );
    const open = calendar.periods.find((p) => p.open)!.label;
    const openCaf = calendar.periods.find((p) => p.open && p.kind === 'CAF_CYCLE')!.label;
    const openYear = calendar.periods.find((p) => p.open && p.kind === 'YEAR')!.label;
    const past = rows.filter((r) => r.label !== open && r.label !== openCaf && r.label !== openYear);
    expect(past).toHaveLength(12);
    // The open CAF period waits for the offices' self-assessments, the open year for their surveys: no submission yet.
    expect(rows.filter((r) => r.label === openCaf)).toEqual([{ label: openCaf, status: null, offices: 26, locked: null, releases: 0 }]);
    expect(rows.filter((r) => r.label === openYear)).toEqual([{ label: openYear, status: null, offices: 26, locked: null, releases: 0 }]);
    expect(past.every((r) => r.status === 'APPROVED' && r.offices === 26 && r.locked && r.releases === 1)).toBe(true);
    expect(
      rows.filter((r) => r.label === open).map(({ status, offices, locked, releases }) => ({ status, offices, locked, releases })),
    ).toEqual([
      { status: 'APPROVED', offices: 5, locked: null, releases: 0 },
      { status: 'DRAFT', offices: 6, locked: null, releases: 0 },
      { status: 'RETURNED', offices: 2, locked: null, releases: 0 },
      { status: 'SUBMITTED', offices: 5, locked: null, releases: 0 },
      { status: null, offices: 8, locked: null, releases: 0 },
    ]);
    const [openPeriod] = await dataSource.query(
      `SELECT opens_at <= now() AS opened, deadline > now() + interval '19 days' AS ahead FROM period WHERE programme_id = $1 AND label = $2`,
      [programmeId, open],
    );
    expect(openPeriod).toEqual({ opened: true, ahead: true });
    const returned = await dataSource.query(
      `SELECT DISTINCT s.return_reason FROM submission s JOIN period p ON p.id = s.period_id WHERE p.label = $1 AND s.status = 'RETURNED'`,
      [open],
    );
    expect(returned).toEqual([{ return_reason: DEMO_RETURN_REASON }]);
    // Nothing is dated in the future: the demo's history happened before the first start.
    const [{ future }] = await dataSource.query(
      `SELECT count(*)::int AS future FROM submission WHERE greatest(created_at, updated_at, submitted_at, approved_at) > now()`,
    );
    expect(future).toBe(0);
  });

  it('publishes the past periods as the lead: figures in the benchmark and one audited release each', async () => {
    const released: Array<{ label: string; published: number; actor: string; whenLocked: boolean }> = await dataSource.query(
      `SELECT p.label, (SELECT count(*)::int FROM benchmark_cell c WHERE c.period_id = p.id AND c.suppression_reason IS NULL) AS published,
              u.email AS actor, p.released_at = p.locked_at AND p.released_at > p.deadline AS "whenLocked"
         FROM period p JOIN audit_log a ON a.entity = 'period' AND a.entity_id = p.id::text AND a.action = 'PERIOD_RELEASED'
         JOIN app_user u ON u.id = a.actor_user_id
        WHERE p.programme_id = $1 ORDER BY p.label`,
      [programmeId],
    );
    expect(released.map((r) => r.label).sort()).toEqual(
      calendar.periods
        .filter((p) => !p.open)
        .map((p) => p.label)
        .sort(),
    );
    expect(released.every((r) => r.published > 0 && r.actor === DEMO_LEAD_EMAIL)).toBe(true);
    // Dated when the lead locked the period after its deadline, not on the day the demo was loaded.
    expect(released.filter((r) => !r.whenLocked)).toEqual([]);
  });

  it('leaves the automatic release nothing to publish at the first start, nor until the open quarter is due', async () => {
    const releases = api.app.get(ReleaseService);
    expect(await releases.sweep()).toBe(0);
    const open = calendar.periods.find((p) => p.open)!;
    expect(await releases.sweep(new Date(open.deadline))).toBe(0);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int FROM audit_log WHERE action = 'PERIOD_RELEASED_AUTOMATICALLY'`);
    expect(count).toBe(0);
  });

  it('dates the programme and its targets so that progress shows and the due date is ahead', async () => {
    const [programme] = await dataSource.query(`SELECT starts_on::text FROM programme WHERE id = $1`, [programmeId]);
    expect(programme.starts_on).toBe(calendar.startsOn);
    const targets = await dataSource.query(`SELECT DISTINCT due_on::text FROM programme_target WHERE programme_id = $1`, [programmeId]);
    expect(targets).toEqual([{ due_on: calendar.targetsDueOn }]);
    expect(Date.parse(calendar.targetsDueOn)).toBeGreaterThan(Date.now());
    // The synthetic improvement: the CAF score of the second cycle is above the first for most offices.
    const [{ improved }] = await dataSource.query(
      `SELECT count(*)::int AS improved FROM (
         SELECT s.office_id, array_agg(v.value ORDER BY p.starts_on) AS scores
           FROM submission s JOIN period p ON p.id = s.period_id JOIN submission_value v ON v.submission_id = s.id
          WHERE p.kind = 'CAF_CYCLE' AND p.programme_id = $1 GROUP BY s.office_id) t WHERE scores[2] > scores[1]`,
      [programmeId],
    );
    expect(improved).toBeGreaterThan(20);
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

  it("holds every office's closed CAF self-assessments of the past CAF periods, totalling its CAF value, with released criterion means", async () => {
    const cycles: Array<{ label: string; closed: number; matching: number; scored: number; agreed: number }> = await dataSource.query(
      `SELECT p.label, count(*) FILTER (WHERE c.state = 'CLOSED')::int AS closed,
              count(*) FILTER (WHERE c.total = v.value)::int AS matching,
              (SELECT count(*)::int FROM caf_individual_score i JOIN caf_cycle x ON x.id = i.cycle_id WHERE x.period_id = p.id) AS scored,
              (SELECT count(*)::int FROM caf_consensus_score k JOIN caf_cycle x ON x.id = k.cycle_id WHERE x.period_id = p.id) AS agreed
         FROM caf_cycle c JOIN period p ON p.id = c.period_id
         JOIN submission s ON s.period_id = c.period_id AND s.office_id = c.office_id
         JOIN submission_value v ON v.submission_id = s.id
         JOIN indicator i ON i.id = v.indicator_id AND i.code = 'CAF_TOTAL_SCORE'
        WHERE c.programme_id = $1 GROUP BY p.id, p.label ORDER BY p.label`,
      [programmeId],
    );
    const year = new Date().getUTCFullYear();
    expect(cycles).toEqual(
      [year - 2, year - 1].map((y) => ({ label: `CAF ${y}`, closed: 26, matching: 26, scored: 26 * 2 * 28, agreed: 26 * 28 })),
    );
    const cells: Array<{ label: string; published: number; means: string[] | null }> = await dataSource.query(
      `SELECT p.label, count(*) FILTER (WHERE x.suppression_reason IS NULL)::int AS published,
              (SELECT a.criterion_means FROM caf_criterion_cell a JOIN peer_group g ON g.id = a.peer_group_id
                WHERE a.period_id = p.id AND g.basis = 'ALL') AS means
         FROM caf_criterion_cell x JOIN period p ON p.id = x.period_id
        WHERE x.programme_id = $1 GROUP BY p.id, p.label ORDER BY p.label`,
      [programmeId],
    );
    expect(cells.map((c) => c.label)).toEqual([`CAF ${year - 2}`, `CAF ${year - 1}`]);
    for (const cell of cells) {
      expect(cell.published).toBeGreaterThanOrEqual(1);
      expect(cell.means).toHaveLength(9);
    }
  });

  it("holds every office's closed client and employee surveys of the past years, counting its satisfied shares, with released question means", async () => {
    const rounds: Array<{ label: string; kind: string; closed: number; matching: number; opener: number; dated: number }> =
      await dataSource.query(
        `SELECT p.label, r.kind, count(*) FILTER (WHERE r.state = 'CLOSED')::int AS closed,
                count(*) FILTER (WHERE r.respondents = v.denominator AND r.satisfied = v.numerator)::int AS matching,
                count(*) FILTER (WHERE u.email = 'coordinator.' || po.position || '@demo.officebench.local')::int AS opener,
                count(*) FILTER (WHERE r.opened_on >= p.starts_on AND r.closed_on <= p.ends_on AND r.closed_on < p.deadline)::int AS dated
           FROM survey_round r JOIN period p ON p.id = r.period_id
           JOIN programme_office po ON po.programme_id = r.programme_id AND po.office_id = r.office_id
           JOIN app_user u ON u.id = r.opened_by
           JOIN submission s ON s.period_id = r.period_id AND s.office_id = r.office_id AND s.status = 'APPROVED'
           JOIN submission_value v ON v.submission_id = s.id
           JOIN indicator i ON i.id = v.indicator_id AND i.code = r.kind || '_SATISFIED_PCT'
          WHERE r.programme_id = $1 GROUP BY p.label, r.kind ORDER BY p.label, r.kind`,
        [programmeId],
      );
    const year = new Date().getUTCFullYear();
    expect(rounds).toEqual(
      [year - 2, year - 1].flatMap((y) =>
        ['CLIENT', 'EMPLOYEE'].map((kind) => ({ label: String(y), kind, closed: 26, matching: 26, opener: 26, dated: 26 })),
      ),
    );
    // Only the results are kept, not the answers; the open year has no round until an office opens one.
    const [{ responses, open }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM survey_response) AS responses, (SELECT count(*)::int FROM survey_round WHERE state = 'OPEN') AS open`,
    );
    expect({ responses, open }).toEqual({ responses: 0, open: 0 });
    const cells: Array<{ kind: string; band: string; means: Record<string, string> }> = await dataSource.query(
      `SELECT c.kind, c.contributors_band AS band, c.question_means AS means
         FROM survey_question_cell c JOIN period p ON p.id = c.period_id JOIN peer_group g ON g.id = c.peer_group_id
        WHERE p.programme_id = $1 AND p.label = $2 AND g.basis = 'ALL' AND c.suppression_reason IS NULL ORDER BY c.kind`,
      [programmeId, String(year - 1)],
    );
    expect(cells.map(({ kind, band }) => ({ kind, band }))).toEqual([
      { kind: 'CLIENT', band: '20+' },
      { kind: 'EMPLOYEE', band: '20+' },
    ]);
    for (const { kind, means } of cells) {
      const likert = questionnaireFor(kind as SurveyKind).questions.filter((question) => question.kind === 'LIKERT');
      expect(Object.keys(means).sort()).toEqual(likert.map((question) => question.code).sort());
      expect(Object.values(means).every((mean) => Number(mean) >= 1 && Number(mean) <= 5)).toBe(true);
    }
  });

  it('creates the demo accounts with their roles and the demo password', async () => {
    const grants: Array<{ email: string; role: string; office: string | null }> = await dataSource.query(
      `SELECT u.email, g.role, o.name AS office FROM app_user u JOIN role_grant g ON g.user_id = u.id LEFT JOIN office o ON o.id = g.office_id ORDER BY u.email`,
    );
    expect(grants).toHaveLength(2 + 26 * 3);
    expect(grants).toContainEqual({ email: DEMO_ADMIN_EMAIL, role: 'PLATFORM_ADMIN', office: null });
    expect(grants).toContainEqual({ email: 'lead@demo.officebench.local', role: 'PROGRAMME_LEAD', office: null });
    expect(grants).toContainEqual({ email: demoCoordinatorEmail(1), role: 'OFFICE_COORDINATOR', office: 'Urząd Miasta Dzierżoniów' });
    expect(grants).toContainEqual({ email: demoCoordinatorEmail(26), role: 'OFFICE_COORDINATOR', office: 'Urząd Miasta Zator' });
    expect(grants).toContainEqual({ email: 'assessor.26.2@demo.officebench.local', role: 'OFFICE_ASSESSOR', office: 'Urząd Miasta Zator' });
    const [{ password_hash: hash }] = await dataSource.query('SELECT password_hash FROM app_user WHERE email = $1', [DEMO_ADMIN_EMAIL]);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, 'wrong-password')).toBe(false);
  });
});

describe('demo data, first loaded on a fixed day', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  const firstDay = new Date('2027-04-01T06:00:00Z');

  beforeAll(async () => {
    ({ dataSource, close } = await createMigratedDatabase());
    await seedDemoData(dataSource, { today: firstDay });
  });

  afterAll(() => close());

  it('places the periods around that day, and a load in a later quarter adds none', async () => {
    const labels = async () =>
      ((await dataSource.query(`SELECT label, deadline FROM period ORDER BY label`)) as Array<{ label: string; deadline: Date }>).map(
        (p) => `${p.label} ${p.deadline.toISOString()}`,
      );
    const expected = demoCalendar(firstDay)
      .periods.map((p) => `${p.label} ${new Date(p.deadline).toISOString()}`)
      .sort();
    expect(await labels()).toEqual(expected);
    expect(expected).toContain('2027-Q2 2027-07-20T23:59:59.000Z');
    expect(expected).toContain('2027-Q1 2027-03-31T23:59:59.000Z');
    const before = await fingerprint(dataSource);
    await seedDemoData(dataSource, { today: new Date('2027-11-20T10:00:00Z') });
    expect(await labels()).toEqual(expected);
    expect(await fingerprint(dataSource)).toEqual(before);
  });
});
