import { REPORTING_OFFICE_KINDS, periodKindFor, standardPeerGroups, SURVEY_KINDS, type ReportingOfficeKind } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { auditBy } from '../../modules/audit/audit.repository';
import { hashPassword } from '../../modules/auth/password-hashing';
import { ReleaseComputationService } from '../../modules/releases/release-computation.service';
import { ReleasesRepository } from '../../modules/releases/releases.repository';
import { SURVEY_INDICATORS } from '../../modules/surveys/survey-rounds.service';
import { type AccessScope, NO_ACCESS, setAccessScope } from '../access-context';
import { demoAssessorEmail, seedPastCafCycles } from './caf-seed';
import catalogue from './data/kpi-catalogue.json';
import { addDays, demoCalendar, type DemoCalendar, type DemoPeriod } from './demo-calendar';
import programmeFile from './data/programme-dzierzoniow.json';
import { seedGoodPractices } from './good-practices-seed';
import { idsBy, insertMissing, type Row } from './seed-sql';
import { seedPastSurveyRounds, type SurveyShares } from './survey-seed';
import { syntheticEntry, syntheticSize } from './synthetic-values';

/**
 * The demo data set: the real Dzierżoniów programme and its 26 named offices, the 21 catalogue
 * indicators, periods placed around the day of the first load (see demoCalendar) with SYNTHETIC
 * values, the past ones approved and released as the lead would have, and demo accounts. Loading it
 * again changes nothing: every row is inserted only when its natural key is missing, and the periods
 * only with the programme.
 */
export const DEMO_PROGRAMME_CODE = 'dzierzoniow-demo';
export const DEMO_PASSWORD = 'officebench-demo';
export const DEMO_ADMIN_EMAIL = 'admin@demo.officebench.local';
export const DEMO_LEAD_EMAIL = 'lead@demo.officebench.local';
export const demoCoordinatorEmail = (position: number) => `coordinator.${position}@demo.officebench.local`;

/** Where each office stands in the open quarter, by position (every past period is approved for all). */
export const OPEN_QUARTER_PLAN: ReadonlyArray<{ from: number; to: number; status: DemoStatus; share: number }> = [
  { from: 1, to: 5, status: 'SUBMITTED', share: 1 },
  { from: 6, to: 10, status: 'APPROVED', share: 1 },
  { from: 11, to: 12, status: 'RETURNED', share: 1 },
  { from: 13, to: 18, status: 'DRAFT', share: 0.5 },
  // 19-26: not started
];
export type DemoStatus = 'APPROVED' | 'SUBMITTED' | 'RETURNED' | 'DRAFT';
/** The lead's comment on the returned submissions (Polish, as a lead would write it). */
export const DEMO_RETURN_REASON =
  'Proszę sprawdzić odsetek spraw załatwionych w terminie i dodać komentarz, potem przesłać sprawozdanie ponownie.';

function officeKindOf(raw: string): ReportingOfficeKind {
  const kind = REPORTING_OFFICE_KINDS.find((known) => known === raw.toUpperCase());
  if (!kind) throw new Error(`Unknown office kind in the programme file: ${raw}`);
  return kind;
}

const offices = programmeFile.offices.map((office, index) => {
  const kind = officeKindOf(office.kind);
  return { position: index + 1, name: office.name, region: office.region, kind, ...syntheticSize(office.name, kind) };
});

const indicators = catalogue.indicators.map((entry) => ({
  code: entry.code,
  namePl: entry.name.pl,
  nameEn: entry.name.en,
  unit: entry.unit,
  direction: entry.direction.toUpperCase(),
  periodicity: entry.periodicity.toUpperCase() as 'QUARTERLY' | 'ANNUAL' | 'PER_CYCLE',
  inputKind: entry.input === 'ratio' ? ('RATIO' as const) : ('VALUE' as const),
  scale: 'scale' in entry ? (entry.scale as number) : 1,
  numerator: 'numerator' in entry ? entry.numerator : null,
  denominator: 'denominator' in entry ? entry.denominator : null,
  minValue: entry.range[0],
  maxValue: entry.range[1],
  cafCriterion: entry.caf,
  source: entry.source,
}));

function demoUsers() {
  return [
    { email: DEMO_ADMIN_EMAIL, displayName: 'Administrator (demo)' },
    { email: DEMO_LEAD_EMAIL, displayName: 'Lider programu (demo)' },
    ...offices.map((office) => ({ email: demoCoordinatorEmail(office.position), displayName: `Koordynator: ${office.name} (demo)` })),
    ...offices.flatMap((office) =>
      ([1, 2] as const).map((member) => ({
        email: demoAssessorEmail(office.position, member),
        displayName: `Asesor CAF ${member}: ${office.name} (demo)`,
      })),
    ),
  ];
}

async function seedOfficesAndProgramme(manager: EntityManager, calendar: DemoCalendar) {
  await insertMissing(
    manager,
    'office',
    ['name', 'kind', 'region', 'employees', 'population', 'size_is_synthetic'],
    offices.map((o) => [o.name, o.kind, o.region, o.employees, o.population, true]),
    '(name, region)',
  );
  const officeIds = await idsBy(manager, `SELECT name || '|' || region AS key, id FROM office`, []);
  const officeId = (o: { name: string; region: string }) => officeIds.get(`${o.name}|${o.region}`) as string;
  const lead = offices.find((o) => o.name === programmeFile.leadOffice);
  const [existing] = await manager.query('SELECT 1 FROM programme WHERE code = $1', [DEMO_PROGRAMME_CODE]);
  await insertMissing(
    manager,
    'programme',
    ['code', 'name', 'lead_office_id', 'anonymity_threshold', 'starts_on', 'is_demo'],
    [[DEMO_PROGRAMME_CODE, programmeFile.name, lead ? officeId(lead) : null, 5, calendar.startsOn, true]],
    '(code)',
  );
  const [{ id: programmeId }] = await manager.query('SELECT id FROM programme WHERE code = $1', [DEMO_PROGRAMME_CODE]);
  await insertMissing(
    manager,
    'programme_office',
    ['programme_id', 'office_id', 'position', 'joined_on'],
    offices.map((o) => [programmeId, officeId(o), o.position, calendar.startsOn]),
    '(programme_id, office_id)',
  );
  return {
    programmeId: programmeId as string,
    officeIdByPosition: new Map(offices.map((o) => [o.position, officeId(o)])),
    created: !existing,
  };
}

async function seedPeerGroups(manager: EntityManager, programmeId: string, officeIdByPosition: Map<number, string>) {
  const groups = standardPeerGroups(
    offices.map((o) => ({ id: officeIdByPosition.get(o.position) as string, kind: o.kind, region: o.region, employees: o.employees })),
  );
  await insertMissing(
    manager,
    'peer_group',
    ['programme_id', 'name', 'basis', 'criterion'],
    groups.map((g) => [programmeId, g.name, g.basis, g.criterion]),
    '(programme_id, name)',
  );
  const groupIds = await idsBy(manager, 'SELECT name AS key, id FROM peer_group WHERE programme_id = $1', [programmeId]);
  await insertMissing(
    manager,
    'peer_group_member',
    ['peer_group_id', 'programme_id', 'office_id'],
    groups.flatMap((g) => g.members.map((officeId) => [groupIds.get(g.name), programmeId, officeId])),
    '(peer_group_id, office_id)',
  );
}

/**
 * The programme's targets as the source states them: +15 points of satisfied clients and employees
 * (the lower end of +15-20) and +150 CAF points per office, by the end of the 24-month programme
 * (in the demo, the end of the open quarter: see demoCalendar).
 */
const DEMO_TARGETS = [
  { code: 'CLIENT_SATISFIED_PCT', kind: 'CHANGE', value: 15 },
  { code: 'EMPLOYEE_SATISFIED_PCT', kind: 'CHANGE', value: 15 },
  { code: 'CAF_TOTAL_SCORE', kind: 'CHANGE', value: 150 },
] as const;

async function seedTargets(manager: EntityManager, programmeId: string, indicatorIds: Map<string, string>, dueOn: string) {
  await insertMissing(
    manager,
    'programme_target',
    ['programme_id', 'indicator_id', 'kind', 'value', 'due_on'],
    DEMO_TARGETS.map((t) => [programmeId, indicatorIds.get(t.code), t.kind, t.value, dueOn]),
    '(programme_id, indicator_id)',
  );
}

async function seedIndicators(manager: EntityManager, programmeId: string) {
  await insertMissing(
    manager,
    'indicator',
    [
      'code',
      'version',
      'name_pl',
      'name_en',
      'unit',
      'direction',
      'periodicity',
      'input_kind',
      'scale',
      'numerator_label_pl',
      'denominator_label_pl',
      'numerator_label_en',
      'denominator_label_en',
      'min_value',
      'max_value',
      'caf_criterion',
      'source',
    ],
    indicators.map((i) => [
      i.code,
      1,
      i.namePl,
      i.nameEn,
      i.unit,
      i.direction,
      i.periodicity,
      i.inputKind,
      i.scale,
      i.numerator?.pl ?? null,
      i.denominator?.pl ?? null,
      i.numerator?.en ?? null,
      i.denominator?.en ?? null,
      i.minValue,
      i.maxValue,
      i.cafCriterion,
      i.source,
    ]),
    '(code, version)',
  );
  const indicatorIds = await idsBy(manager, 'SELECT code AS key, id FROM indicator WHERE version = 1', []);
  await insertMissing(
    manager,
    'programme_indicator',
    ['programme_id', 'indicator_id', 'position', 'mandatory'],
    indicators.map((i, index) => [programmeId, indicatorIds.get(i.code), index + 1, true]),
    '(programme_id, indicator_id)',
  );
  return indicatorIds;
}

async function seedUsers(
  manager: EntityManager,
  programmeId: string,
  officeIdByPosition: Map<number, string>,
  hashes: Map<string, string>,
) {
  await insertMissing(
    manager,
    'app_user',
    ['email', 'display_name', 'password_hash'],
    demoUsers()
      .filter((u) => hashes.has(u.email))
      .map((u) => [u.email, u.displayName, hashes.get(u.email)]),
    '(email)',
  );
  const userIds = await idsBy(manager, `SELECT email AS key, id FROM app_user WHERE email LIKE '%@demo.officebench.local'`, []);
  await insertMissing(
    manager,
    'role_grant',
    ['user_id', 'role', 'programme_id', 'office_id'],
    [
      [userIds.get(DEMO_ADMIN_EMAIL), 'PLATFORM_ADMIN', null, null],
      [userIds.get(DEMO_LEAD_EMAIL), 'PROGRAMME_LEAD', programmeId, null],
      ...offices.map((o) => [
        userIds.get(demoCoordinatorEmail(o.position)),
        'OFFICE_COORDINATOR',
        programmeId,
        officeIdByPosition.get(o.position),
      ]),
      ...offices.flatMap((o) =>
        ([1, 2] as const).map((member) => [
          userIds.get(demoAssessorEmail(o.position, member)),
          'OFFICE_ASSESSOR',
          programmeId,
          officeIdByPosition.get(o.position),
        ]),
      ),
    ],
    'ON CONSTRAINT role_grant_unique',
  );
  return userIds;
}

function submissionPlan(period: DemoPeriod, position: number): { status: DemoStatus; share: number } | null {
  if (!period.open) return { status: 'APPROVED', share: 1 };
  // The open CAF period's totals come from the self-assessments the offices run in it, the open year's
  // satisfaction shares from the surveys they run in it.
  if (period.kind !== 'QUARTER') return null;
  const plan = OPEN_QUARTER_PLAN.find(({ from, to }) => position >= from && position <= to);
  return plan ? { status: plan.status, share: plan.share } : null;
}

const CAF_TOTAL = indicators.find((i) => i.code === 'CAF_TOTAL_SCORE');

/** An office's CAF_TOTAL_SCORE in each past CAF period, as seedPeriodsAndValues enters it. */
function cafTotals(office: (typeof offices)[number], periods: readonly DemoPeriod[]): Map<string, number> {
  const total = CAF_TOTAL;
  if (!total) return new Map();
  return new Map(
    periods
      .filter((period) => period.kind === 'CAF_CYCLE' && !period.open)
      .map((period) => [period.label, syntheticEntry(total, office.name, office.employees, period.index).value]),
  );
}

/** An office's CLIENT_ / EMPLOYEE_SATISFIED_PCT in each past annual period, as seedPeriodsAndValues enters them. */
function surveyShares(office: (typeof offices)[number], periods: readonly DemoPeriod[]): Map<string, SurveyShares> {
  const share = (code: string, periodIndex: number) => {
    const indicator = indicators.find((i) => i.code === code);
    const entry = indicator && syntheticEntry(indicator, office.name, office.employees, periodIndex);
    if (entry?.numerator == null || entry.denominator == null) throw new Error(`${code} is not a ratio in the demo catalogue`);
    return { satisfied: entry.numerator, respondents: entry.denominator };
  };
  return new Map(
    periods
      .filter((period) => period.kind === 'YEAR' && !period.open)
      .map((period) => [
        period.label,
        Object.fromEntries(SURVEY_KINDS.map((kind) => [kind, share(SURVEY_INDICATORS[kind], period.index)])) as SurveyShares,
      ]),
  );
}

const iso = (time: number) => new Date(time).toISOString();

/**
 * When an office's submission was started, handed in and decided (approved or returned): in a past
 * period around its deadline and never after its lock; in the open quarter between its opening and `now`.
 */
function timeline(period: DemoPeriod, position: number, now: Date): { createdAt: string; submittedAt: string; decidedAt: string } {
  if (period.open) {
    const opens = Date.parse(period.opensAt);
    const at = (share: number) => iso(opens + share * (now.getTime() - opens));
    return { createdAt: at(0.1), submittedAt: at(0.3 + (position % 7) * 0.05), decidedAt: at(0.7 + (position % 5) * 0.05) };
  }
  const deadline = period.deadline.slice(0, 10);
  const approved = Date.parse(`${addDays(deadline, (position % 5) + 2)}T12:00:00Z`);
  return {
    createdAt: `${period.startsOn}T08:00:00Z`,
    submittedAt: `${addDays(deadline, -((position % 7) + 1))}T10:00:00Z`,
    decidedAt: iso(Math.min(approved, Date.parse(period.lockedAt as string))),
  };
}

async function seedPeriodsAndValues(
  manager: EntityManager,
  programmeId: string,
  officeIdByPosition: Map<number, string>,
  indicatorIds: Map<string, string>,
  periods: DemoPeriod[],
  now: Date,
): Promise<Map<string, string>> {
  await insertMissing(
    manager,
    'period',
    ['programme_id', 'kind', 'label', 'starts_on', 'ends_on', 'opens_at', 'deadline', 'locked_at'],
    periods.map((p) => [programmeId, p.kind, p.label, p.startsOn, p.endsOn, p.opensAt, p.deadline, p.lockedAt]),
    '(programme_id, label)',
  );
  const periodIds = await idsBy(manager, 'SELECT label AS key, id FROM period WHERE programme_id = $1', [programmeId]);
  const existing = new Set(
    (
      (await manager.query('SELECT period_id::text || office_id::text AS key FROM submission WHERE programme_id = $1', [
        programmeId,
      ])) as Array<{ key: string }>
    ).map((r) => r.key),
  );

  const submissions: Row[] = [];
  const values: Row[] = [];
  const handedIn: Row[] = [];
  for (const period of periods) {
    const periodId = periodIds.get(period.label) as string;
    const periodIndicators = indicators.filter((i) => periodKindFor(i.periodicity) === period.kind);
    for (const office of offices) {
      const officeId = officeIdByPosition.get(office.position) as string;
      const plan = submissionPlan(period, office.position);
      if (!plan || existing.has(periodId + officeId)) continue;
      const { createdAt, submittedAt, decidedAt } = timeline(period, office.position, now);
      const handed = plan.status !== 'DRAFT';
      submissions.push([programmeId, officeId, periodId, 'DRAFT', null, null, createdAt, handed ? decidedAt : createdAt]);
      if (handed) {
        handedIn.push([
          periodId,
          officeId,
          plan.status,
          submittedAt,
          plan.status === 'APPROVED' ? decidedAt : null,
          plan.status === 'RETURNED' ? DEMO_RETURN_REASON : null,
        ]);
      }
      const entered = periodIndicators.slice(0, Math.ceil(periodIndicators.length * plan.share));
      for (const indicator of entered) {
        const entry = syntheticEntry(indicator, office.name, office.employees, period.index);
        values.push([periodId, officeId, indicatorIds.get(indicator.code), entry.value, entry.numerator, entry.denominator]);
      }
    }
  }
  await insertMissing(
    manager,
    'submission',
    ['programme_id', 'office_id', 'period_id', 'status', 'submitted_at', 'approved_at', 'created_at', 'updated_at'],
    submissions,
    '(office_id, period_id)',
  );
  if (values.length === 0) return periodIds;
  // Values are written while their submission is a draft (the database refuses them afterwards), then it is handed in.
  await manager.query(
    `INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator)
     SELECT s.id, v.indicator_id, v.value, v.numerator, v.denominator
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::numeric[], $5::numeric[], $6::numeric[])
            AS v(period_id, office_id, indicator_id, value, numerator, denominator)
       JOIN submission s ON s.period_id = v.period_id AND s.office_id = v.office_id`,
    [0, 1, 2, 3, 4, 5].map((column) => values.map((row) => row[column])),
  );
  await manager.query(
    `UPDATE submission s SET status = h.status, submitted_at = h.submitted_at, approved_at = h.approved_at, return_reason = h.return_reason
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[])
            AS h(period_id, office_id, status, submitted_at, approved_at, return_reason)
      WHERE s.period_id = h.period_id AND s.office_id = h.office_id AND s.status = 'DRAFT'`,
    [0, 1, 2, 3, 4, 5].map((column) => handedIn.map((row) => row[column])),
  );
  return periodIds;
}

/**
 * Publishes the past periods as the demo's lead would have after approving every office: the
 * product's own release computation, in the lead's scope, audited as the lead's release, dated the
 * day the period was locked.
 */
async function releasePastPeriods(manager: EntityManager, programmeId: string, periodIds: Map<string, string>, periods: DemoPeriod[]) {
  const computation = new ReleaseComputationService(new ReleasesRepository());
  const [{ id: leadUserId }] = await manager.query('SELECT id FROM app_user WHERE email = $1', [DEMO_LEAD_EMAIL]);
  for (const period of periods.filter((p) => !p.open)) {
    const periodId = periodIds.get(period.label) as string;
    const outcome = await computation.releasePeriodCells(manager, periodId);
    if (!outcome?.released) throw new Error(`The demo period ${period.label} could not be released.`);
    // Published when the lead locked it, as the history says, rather than on the day the demo was loaded.
    await manager.query('UPDATE period SET released_at = locked_at WHERE id = $1', [periodId]);
    await auditBy(manager, { userId: leadUserId }, 'PERIOD_RELEASED', ['period', periodId], {
      newValue: { cells: outcome.cells },
      programmeId,
    });
  }
}

export interface SeedOptions {
  /**
   * The day the demo is placed around (see demoCalendar), used only when this load creates the demo
   * programme: a later load, on whatever day, adds no period.
   */
  today?: Date;
}

/** Loads the demo data set; rows that already exist are left as they are. */
export async function seedDemoData(dataSource: DataSource, { today = new Date() }: SeedOptions = {}): Promise<void> {
  const known = new Set(
    ((await dataSource.query(`SELECT email FROM app_user WHERE email LIKE '%@demo.officebench.local'`)) as Array<{ email: string }>).map(
      (r) => r.email,
    ),
  );
  // One hash for every new demo account: they share a published password, so a salt each would protect
  // nothing, and 80 argon2 hashes would add seconds to every fresh start.
  const missing = demoUsers().filter((u) => !known.has(u.email));
  const hash = missing.length > 0 ? await hashPassword(DEMO_PASSWORD) : '';
  const hashes = new Map(missing.map((user) => [user.email, hash]));
  const calendar = demoCalendar(today);

  await dataSource.transaction(async (manager) => {
    // Two API processes starting together load the demo data one after the other.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('officebench-demo-seed'))`);
    const { programmeId, officeIdByPosition, created } = await seedOfficesAndProgramme(manager, calendar);
    // Row-level security applies to the owner too (FORCE): the load acts as the programme's lead.
    const leadScope: AccessScope = { ...NO_ACCESS, leadProgrammes: [programmeId] };
    await setAccessScope(manager, leadScope);
    await seedPeerGroups(manager, programmeId, officeIdByPosition);
    const indicatorIds = await seedIndicators(manager, programmeId);
    const userIds = await seedUsers(manager, programmeId, officeIdByPosition, hashes);
    await seedTargets(manager, programmeId, indicatorIds, calendar.targetsDueOn);
    if (created) {
      // The periods are placed around the first load only; a later load leaves them, and their releases, alone.
      const periodIds = await seedPeriodsAndValues(manager, programmeId, officeIdByPosition, indicatorIds, calendar.periods, today);
      const periods = calendar.periods.map((period) => ({ ...period, id: periodIds.get(period.label) as string }));
      const seeded = offices.map((office) => ({
        office,
        position: office.position,
        officeId: officeIdByPosition.get(office.position) as string,
      }));
      await seedPastCafCycles(
        manager,
        leadScope,
        programmeId,
        periods,
        seeded.map(({ office, position, officeId }) => ({ position, officeId, totals: cafTotals(office, calendar.periods) })),
        userIds,
      );
      await seedPastSurveyRounds(
        manager,
        leadScope,
        programmeId,
        periods,
        seeded.map(({ office, position, officeId }) => ({
          position,
          officeId,
          coordinatorId: userIds.get(demoCoordinatorEmail(position)) as string,
          shares: surveyShares(office, calendar.periods),
        })),
      );
      await releasePastPeriods(manager, programmeId, periodIds, calendar.periods);
    }
    await seedGoodPractices(manager, programmeId, officeIdByPosition.get(1) as string);
  });
}
