import {
  REPORTING_OFFICE_KINDS,
  quarterBounds,
  quarterLabel,
  quartersFrom,
  periodKindFor,
  standardPeerGroups,
  type PeriodKind,
  type ReportingOfficeKind,
} from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/password-hashing';
import { setAccessScope } from '../access-context';
import catalogue from './data/kpi-catalogue.json';
import programmeFile from './data/programme-dzierzoniow.json';
import { seedGoodPractices } from './good-practices-seed';
import { idsBy, insertMissing, type Row } from './seed-sql';
import { syntheticEntry, syntheticSize } from './synthetic-values';

/**
 * The demo data set: the real Dzierżoniów programme and its 26 named offices, the 21 catalogue
 * indicators, periods from 2009-Q3 with SYNTHETIC values, and demo accounts. Loading it twice changes
 * nothing: every row is inserted only when its natural key is missing.
 */
export const DEMO_PROGRAMME_CODE = 'dzierzoniow-demo';
export const DEMO_PASSWORD = 'officebench-demo';
export const DEMO_ADMIN_EMAIL = 'admin@demo.officebench.local';
export const DEMO_LEAD_EMAIL = 'lead@demo.officebench.local';
export const demoCoordinatorEmail = (position: number) => `coordinator.${position}@demo.officebench.local`;

/** Offices at these positions have, in the open periods, submitted everything / saved a partial draft. */
const SUBMITTED_IN_OPEN_PERIOD = { from: 1, to: 10 };
const DRAFT_IN_OPEN_PERIOD = { from: 11, to: 18 };

interface DemoPeriod {
  kind: PeriodKind;
  label: string;
  startsOn: string;
  endsOn: string;
  deadline: string;
  /** 0 for the first period of its kind: drives the synthetic improvement trend */
  index: number;
  open: boolean;
}

const DAY_MS = 86_400_000;
const addDays = (isoDate: string, days: number) => new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10);

export function demoPeriods(): DemoPeriod[] {
  const quarters = quartersFrom({ year: 2009, quarter: 3 }, 8).map((quarter, index, all): DemoPeriod => {
    const { startsOn, endsOn } = quarterBounds(quarter);
    return {
      kind: 'QUARTER',
      label: quarterLabel(quarter),
      startsOn,
      endsOn,
      deadline: addDays(endsOn, 20),
      index,
      open: index === all.length - 1,
    };
  });
  const years = [2009, 2010].map((year, index): DemoPeriod => ({
    kind: 'YEAR',
    label: String(year),
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    deadline: `${year + 1}-01-31`,
    index,
    open: false,
  }));
  const cafCycles: DemoPeriod[] = [
    { kind: 'CAF_CYCLE', label: 'CAF 2009', startsOn: '2009-09-01', endsOn: '2009-11-30', deadline: '2009-12-15', index: 0, open: false },
    { kind: 'CAF_CYCLE', label: 'CAF 2010', startsOn: '2010-09-01', endsOn: '2010-11-30', deadline: '2010-12-15', index: 1, open: false },
    { kind: 'CAF_CYCLE', label: 'CAF 2011', startsOn: '2011-03-01', endsOn: '2011-05-31', deadline: '2011-07-20', index: 2, open: true },
  ];
  return [...quarters, ...years, ...cafCycles];
}

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
  numeratorLabel: 'numerator' in entry ? (entry.numerator as string) : null,
  denominatorLabel: 'denominator' in entry ? (entry.denominator as string) : null,
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
  ];
}

async function seedOfficesAndProgramme(manager: EntityManager) {
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
  await insertMissing(
    manager,
    'programme',
    ['code', 'name', 'lead_office_id', 'anonymity_threshold', 'starts_on', 'is_demo'],
    [[DEMO_PROGRAMME_CODE, programmeFile.name, lead ? officeId(lead) : null, 5, programmeFile.start, true]],
    '(code)',
  );
  const [{ id: programmeId }] = await manager.query('SELECT id FROM programme WHERE code = $1', [DEMO_PROGRAMME_CODE]);
  await insertMissing(
    manager,
    'programme_office',
    ['programme_id', 'office_id', 'position', 'joined_on'],
    offices.map((o) => [programmeId, officeId(o), o.position, programmeFile.start]),
    '(programme_id, office_id)',
  );
  return { programmeId: programmeId as string, officeIdByPosition: new Map(offices.map((o) => [o.position, officeId(o)])) };
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
 * (the lower end of +15-20) and +150 CAF points per office, by the end of the 24-month programme.
 */
const DEMO_TARGETS = [
  { code: 'CLIENT_SATISFIED_PCT', kind: 'CHANGE', value: 15 },
  { code: 'EMPLOYEE_SATISFIED_PCT', kind: 'CHANGE', value: 15 },
  { code: 'CAF_TOTAL_SCORE', kind: 'CHANGE', value: 150 },
] as const;

async function seedTargets(manager: EntityManager, programmeId: string, indicatorIds: Map<string, string>) {
  const start = new Date(`${programmeFile.start}T00:00:00Z`);
  const dueOn = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + programmeFile.durationMonths, start.getUTCDate()))
    .toISOString()
    .slice(0, 10);
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
      'numerator_label',
      'denominator_label',
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
      i.numeratorLabel,
      i.denominatorLabel,
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
    ],
    'ON CONSTRAINT role_grant_unique',
  );
}

function submissionPlan(period: DemoPeriod, position: number): { status: 'APPROVED' | 'SUBMITTED' | 'DRAFT'; share: number } | null {
  if (!period.open) return { status: 'APPROVED', share: 1 };
  if (position >= SUBMITTED_IN_OPEN_PERIOD.from && position <= SUBMITTED_IN_OPEN_PERIOD.to) return { status: 'SUBMITTED', share: 1 };
  if (position >= DRAFT_IN_OPEN_PERIOD.from && position <= DRAFT_IN_OPEN_PERIOD.to) return { status: 'DRAFT', share: 0.5 };
  return null;
}

async function seedPeriodsAndValues(
  manager: EntityManager,
  programmeId: string,
  officeIdByPosition: Map<number, string>,
  indicatorIds: Map<string, string>,
) {
  const periods = demoPeriods();
  await insertMissing(
    manager,
    'period',
    ['programme_id', 'kind', 'label', 'starts_on', 'ends_on', 'opens_at', 'deadline', 'locked_at'],
    periods.map((p) => [
      programmeId,
      p.kind,
      p.label,
      p.startsOn,
      p.endsOn,
      `${addDays(p.endsOn, 1)}T00:00:00Z`,
      `${p.deadline}T23:59:59Z`,
      p.open ? null : `${addDays(p.deadline, 30)}T00:00:00Z`,
    ]),
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
      const submittedAt = `${addDays(period.deadline, -((office.position % 7) + 1))}T10:00:00Z`;
      const approvedAt = plan.status === 'APPROVED' ? `${addDays(period.deadline, (office.position % 5) + 2)}T12:00:00Z` : null;
      submissions.push([
        programmeId,
        officeId,
        periodId,
        'DRAFT',
        null,
        null,
        `${addDays(period.endsOn, 1)}T08:00:00Z`,
        approvedAt ?? submittedAt,
      ]);
      if (plan.status !== 'DRAFT') handedIn.push([periodId, officeId, plan.status, submittedAt, approvedAt]);
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
  if (values.length === 0) return;
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
    `UPDATE submission s SET status = h.status, submitted_at = h.submitted_at, approved_at = h.approved_at
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[])
            AS h(period_id, office_id, status, submitted_at, approved_at)
      WHERE s.period_id = h.period_id AND s.office_id = h.office_id AND s.status = 'DRAFT'`,
    [0, 1, 2, 3, 4].map((column) => handedIn.map((row) => row[column])),
  );
}

/** Loads the demo data set; rows that already exist are left as they are. */
export async function seedDemoData(dataSource: DataSource): Promise<void> {
  const known = new Set(
    ((await dataSource.query(`SELECT email FROM app_user WHERE email LIKE '%@demo.officebench.local'`)) as Array<{ email: string }>).map(
      (r) => r.email,
    ),
  );
  const hashes = new Map<string, string>();
  for (const user of demoUsers().filter((u) => !known.has(u.email))) hashes.set(user.email, await hashPassword(DEMO_PASSWORD));

  await dataSource.transaction(async (manager) => {
    // Two API processes starting together load the demo data one after the other.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('officebench-demo-seed'))`);
    const { programmeId, officeIdByPosition } = await seedOfficesAndProgramme(manager);
    // Row-level security applies to the owner too (FORCE): the load acts as the programme's lead.
    await setAccessScope(manager, { leadProgrammes: [programmeId], coordinatedOffices: [] });
    await seedPeerGroups(manager, programmeId, officeIdByPosition);
    const indicatorIds = await seedIndicators(manager, programmeId);
    await seedUsers(manager, programmeId, officeIdByPosition, hashes);
    await seedTargets(manager, programmeId, indicatorIds);
    await seedPeriodsAndValues(manager, programmeId, officeIdByPosition, indicatorIds);
    await seedGoodPractices(manager, programmeId, officeIdByPosition.get(1) as string);
  });
}
