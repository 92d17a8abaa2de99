import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type Contribution,
  type PublishedCell,
  type ReferenceGroup,
  type ReferenceIndicator,
  type ReferenceInput,
} from './disclosure-reference';
import { startTestApi, type TestApi } from './test-api';

/**
 * Random benchmark programmes for the property and attack suites: offices of a few kinds, regions and
 * sizes (so the standard peer groups overlap), 0-2 custom groups (often a standard group with one or
 * two offices added or removed, inserted directly as the owner, past the definition check, to stress
 * the release audit), k in 3..5, three indicators (a value, a ratio with scale 100, a count), values
 * spread over magnitudes, offices without values, with comment-only rows or not approved, and now and
 * then an office holding most of a ratio's or a count's total (or exactly 75% of it).
 */

export const BENCH_INDICATORS: readonly ReferenceIndicator[] = [
  { code: 'PB_CASE_DAYS', inputKind: 'VALUE', unit: 'days', scale: 1 },
  { code: 'PB_ON_TIME_PCT', inputKind: 'RATIO', unit: 'pct', scale: 100 },
  { code: 'PB_E_SERVICES', inputKind: 'VALUE', unit: 'count', scale: 1 },
];

export type DraftStatus = 'APPROVED' | 'SUBMITTED' | 'DRAFT' | 'RETURNED';

/** One entry as an office would save it; all three null is a comment-only row. */
export interface EntryDraft {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface OfficeDraft {
  kind: string;
  region: string;
  employees: number | null;
  /** The office's submission in the released period (null: none). */
  status: DraftStatus | null;
  /** One per BENCH_INDICATORS entry; null: no row for that indicator. */
  entries: Array<EntryDraft | null>;
}

export interface ProgrammeDraft {
  k: number;
  offices: OfficeDraft[];
  /** Custom groups by office index. */
  customGroups: number[][];
}

export interface GroupDraft {
  name: string;
  basis: 'ALL' | 'KIND' | 'REGION' | 'SIZE_BAND' | 'CUSTOM';
  criterion: string | null;
  members: number[];
}

const KIND_NAMES: Record<string, string> = { URBAN_GMINA: 'Gminy miejskie', RURAL_GMINA: 'Gminy wiejskie', COUNTY: 'Starostwa powiatowe' };
const REGIONS = ['dolnośląskie', 'opolskie', 'śląskie'];
const SIZE_BANDS: Array<[string, number, string]> = [
  ['EMPLOYEES_UP_TO_100', 100, 'Urzędy do 100 pracowników'],
  ['EMPLOYEES_101_300', 300, 'Urzędy od 101 do 300 pracowników'],
  ['EMPLOYEES_OVER_300', Infinity, 'Urzędy powyżej 300 pracowników'],
];

/** The standard groups (all, by kind, by region, by size band) and the custom ones, by office index. */
export function groupsOf(draft: ProgrammeDraft): GroupDraft[] {
  const indices = draft.offices.map((_, i) => i);
  const by = (basis: GroupDraft['basis'], key: (o: OfficeDraft) => string | null, name: (criterion: string) => string): GroupDraft[] => {
    const criteria = [...new Set(draft.offices.map(key).filter((c): c is string => c !== null))].sort();
    return criteria.map((criterion) => ({
      name: name(criterion),
      basis,
      criterion,
      members: indices.filter((i) => key(draft.offices[i]) === criterion),
    }));
  };
  const band = (o: OfficeDraft) => (o.employees === null ? null : SIZE_BANDS.find(([, upTo]) => o.employees! <= upTo)![0]);
  return [
    { name: 'Wszystkie urzędy programu', basis: 'ALL', criterion: null, members: indices },
    ...by(
      'KIND',
      (o) => o.kind,
      (c) => KIND_NAMES[c],
    ),
    ...by(
      'REGION',
      (o) => o.region,
      (c) => `Województwo ${c}`,
    ),
    ...by('SIZE_BAND', band, (c) => SIZE_BANDS.find(([criterion]) => criterion === c)![2]),
    ...draft.customGroups.map((members, i) => ({
      name: `Grupa własna ${i + 1}`,
      basis: 'CUSTOM' as const,
      criterion: null,
      members: [...members].sort((a, b) => a - b),
    })),
  ];
}

/** The value stored for an entry: the number, or numerator / denominator × scale as the writer computes it. */
export function storedValue(indicator: ReferenceIndicator, entry: EntryDraft): number | null {
  if (indicator.inputKind === 'VALUE') return entry.value;
  return entry.numerator === null || entry.denominator === null ? null : (entry.numerator / entry.denominator) * indicator.scale;
}

/** Whether an office contributes this indicator: approved, with a value. */
export function contributes(office: OfficeDraft, indicatorIndex: number): boolean {
  const entry = office.entries[indicatorIndex];
  return office.status === 'APPROVED' && entry !== null && storedValue(BENCH_INDICATORS[indicatorIndex], entry) !== null;
}

export function contributionOf(indicator: ReferenceIndicator, entry: EntryDraft): Contribution {
  return {
    value: String(storedValue(indicator, entry)),
    numerator: entry.numerator === null ? null : String(entry.numerator),
    denominator: entry.denominator === null ? null : String(entry.denominator),
  };
}

/** The reference's view of a programme: office ids and group ids as they were inserted. */
export function referenceInputOf(draft: ProgrammeDraft, officeIds: readonly string[], groupIds: readonly string[]): ReferenceInput {
  const groups: ReferenceGroup[] = groupsOf(draft).map((g, i) => ({
    id: groupIds[i],
    name: g.name,
    members: g.members.map((m) => officeIds[m]),
  }));
  const contributions = new Map(
    BENCH_INDICATORS.map((indicator, index) => [
      indicator.code,
      new Map(
        draft.offices.flatMap((office, i) =>
          contributes(office, index) ? [[officeIds[i], contributionOf(indicator, office.entries[index]!)] as const] : [],
        ),
      ),
    ]),
  );
  return { k: draft.k, indicators: BENCH_INDICATORS, groups, contributions };
}

// ---------------------------------------------------------------------------------------------
// Generators

interface Profile {
  /** Magnitude of the value indicator (1, 10, 100, 1000) and whether it has one decimal. */
  magnitude: number;
  decimals: boolean;
}

function entriesArbitrary(profile: Profile): fc.Arbitrary<Array<EntryDraft | null>> {
  const low = profile.magnitude;
  const value = profile.decimals
    ? fc.integer({ min: low * 5, max: low * 100 }).map((v) => ({ value: v / 10, numerator: null, denominator: null }))
    : fc.integer({ min: Math.max(1, Math.floor(low / 2)), max: low * 10 }).map((v) => ({ value: v, numerator: null, denominator: null }));
  const ratio = fc
    .record({ denominator: fc.integer({ min: 1, max: 400 }), share: fc.integer({ min: 0, max: 1000 }) })
    .map(({ denominator, share }) => ({ value: null, numerator: Math.round((denominator * share) / 1000), denominator }));
  const count = fc.integer({ min: 0, max: 300 }).map((v) => ({ value: v, numerator: null, denominator: null }));
  const commentOnly = fc.constant<EntryDraft>({ value: null, numerator: null, denominator: null });
  const entry = (arbitrary: fc.Arbitrary<EntryDraft>) =>
    fc.oneof({ arbitrary, weight: 16 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: commentOnly, weight: 1 });
  return fc.tuple(entry(value), entry(ratio), entry(count));
}

function officeArbitrary(profile: Profile, kinds: readonly string[], coarse: boolean): fc.Arbitrary<OfficeDraft> {
  return fc.record({
    kind: fc.constantFrom(...kinds),
    region: coarse ? fc.constantFrom(...REGIONS.slice(0, 2)) : fc.constantFrom(...REGIONS),
    employees: coarse
      ? fc.constant(null)
      : fc.oneof(
          { arbitrary: fc.constant(null), weight: 1 },
          { arbitrary: fc.integer({ min: 10, max: 100 }), weight: 3 },
          { arbitrary: fc.integer({ min: 101, max: 300 }), weight: 3 },
          { arbitrary: fc.integer({ min: 301, max: 2000 }), weight: 2 },
        ),
    status: fc.oneof(
      { arbitrary: fc.constant<DraftStatus>('APPROVED'), weight: 14 },
      { arbitrary: fc.constantFrom<DraftStatus | null>('SUBMITTED', 'DRAFT', 'RETURNED', null), weight: 2 },
    ),
    entries: entriesArbitrary(profile),
  });
}

type CustomRecipe = { mode: 'random'; bits: boolean[] } | { mode: 'near'; base: number; flips: number[] };

function customRecipeArbitrary(n: number): fc.Arbitrary<CustomRecipe> {
  return fc.oneof(
    fc.record({ mode: fc.constant('random' as const), bits: fc.array(fc.boolean(), { minLength: n, maxLength: n }) }),
    fc.record({
      mode: fc.constant('near' as const),
      base: fc.nat(),
      flips: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 2 }),
    }),
  );
}

interface DominanceRecipe {
  office: number;
  /** 1: the ratio, 2: the count. */
  indicator: 1 | 2;
  /** huge: far above the others; boundary: exactly 75% of the whole programme's total. */
  mode: 'huge' | 'boundary';
}

function applyDominance(offices: OfficeDraft[], recipe: DominanceRecipe | null): void {
  if (!recipe) return;
  const office = offices[recipe.office % offices.length];
  office.status = 'APPROVED';
  const others = offices.filter((o) => o !== office && contributes(o, recipe.indicator)).map((o) => o.entries[recipe.indicator]!);
  if (recipe.indicator === 2) {
    const total = others.reduce((s, e) => s + e.value!, 0);
    office.entries[2] = { value: recipe.mode === 'huge' ? 5000 + total * 5 : 3 * total, numerator: null, denominator: null };
  } else {
    const total = others.reduce((s, e) => s + e.denominator!, 0);
    const denominator = recipe.mode === 'huge' ? 10000 + total * 5 : Math.max(1, 3 * total);
    office.entries[1] = { value: null, numerator: Math.round(denominator * 0.37), denominator };
  }
}

function customGroupsOf(draft: ProgrammeDraft, recipes: readonly CustomRecipe[]): number[][] {
  const groups: number[][] = [];
  for (const recipe of recipes) {
    let members: number[];
    if (recipe.mode === 'random') {
      members = recipe.bits.flatMap((b, i) => (b ? [i] : []));
    } else {
      const standard = groupsOf({ ...draft, customGroups: [] });
      const base = new Set(standard[recipe.base % standard.length].members);
      for (const flip of recipe.flips)
        if (base.has(flip)) base.delete(flip);
        else base.add(flip);
      members = [...base].sort((a, b) => a - b);
    }
    if (members.length > 0) groups.push(members);
  }
  return groups;
}

export interface ProgrammeArbitraryOptions {
  minOffices?: number;
  maxOffices?: number;
  ks?: readonly number[];
  /** Coarse programmes: one kind, two regions, no sizes, so fewer and larger standard groups. */
  coarse?: boolean;
}

export function programmeArbitrary(options: ProgrammeArbitraryOptions = {}): fc.Arbitrary<ProgrammeDraft> {
  const { minOffices = 5, maxOffices = 14, ks = [3, 3, 3, 4, 5], coarse = false } = options;
  return fc
    .record({
      n: fc.integer({ min: minOffices, max: maxOffices }),
      k: fc.constantFrom(...ks),
      profile: fc.record({ magnitude: fc.constantFrom(1, 10, 100, 1000), decimals: fc.boolean() }),
      kinds: coarse
        ? fc.constant(['RURAL_GMINA'])
        : fc.constantFrom(['URBAN_GMINA', 'RURAL_GMINA'], ['URBAN_GMINA', 'RURAL_GMINA', 'COUNTY'], ['RURAL_GMINA']),
    })
    .chain(({ n, k, profile, kinds }) =>
      fc
        .record({
          offices: fc.array(officeArbitrary(profile, kinds, coarse), { minLength: n, maxLength: n }),
          custom: fc.array(customRecipeArbitrary(n), { maxLength: 2 }),
          dominance: fc.option(
            fc.record({
              office: fc.nat(),
              indicator: fc.constantFrom<1 | 2>(1, 2),
              mode: fc.constantFrom<'huge' | 'boundary'>('huge', 'boundary'),
            }),
            { freq: 4 },
          ),
        })
        .map(({ offices, custom, dominance }) => {
          const copy = offices.map((o) => ({ ...o, entries: [...o.entries] }));
          applyDominance(copy, dominance);
          const draft: ProgrammeDraft = { k, offices: copy, customGroups: [] };
          draft.customGroups = customGroupsOf(draft, custom);
          return draft;
        }),
    );
}

/** A compact, reproducible description of a draft for failure messages. */
export function describeDraft(draft: ProgrammeDraft): string {
  return JSON.stringify(draft);
}

// ---------------------------------------------------------------------------------------------
// Putting a draft into the database (as the owner, past every API check)

export interface SeededProgramme {
  draft: ProgrammeDraft;
  programmeId: string;
  /** The period the tests release, and a second one with the same values that stays unreleased. */
  periodId: string;
  unreleasedPeriodId: string;
  officeIds: string[];
  groups: Array<GroupDraft & { id: string }>;
  indicatorIds: Map<string, string>;
  /** Each office's submission in the released period (null: none). */
  submissionIds: Array<string | null>;
  leadUserId: string;
  coordinatorUserIds: string[];
}

type Queryable = DataSource | EntityManager;

/** The bench indicators (created once per database) and their ids. */
export async function ensureBenchIndicators(owner: Queryable): Promise<Map<string, string>> {
  for (const indicator of BENCH_INDICATORS) {
    const ratio = indicator.inputKind === 'RATIO';
    await owner.query(
      `INSERT INTO indicator (code, version, name_pl, name_en, unit, direction, periodicity, input_kind, scale,
                              numerator_label_pl, denominator_label_pl, numerator_label_en, denominator_label_en)
       VALUES ($1, 1, $1, $1, $2, 'HIGHER_BETTER', 'QUARTERLY', $3, $4, $5, $6, $7, $8) ON CONFLICT (code, version) DO NOTHING`,
      [
        indicator.code,
        indicator.unit,
        indicator.inputKind,
        indicator.scale,
        ratio ? 'licznik' : null,
        ratio ? 'mianownik' : null,
        ratio ? 'numerator' : null,
        ratio ? 'denominator' : null,
      ],
    );
  }
  const rows: Array<{ code: string; id: string }> = await owner.query(
    `SELECT code, id FROM indicator WHERE code = ANY($1) AND version = 1`,
    [BENCH_INDICATORS.map((i) => i.code)],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

let seeded = 0;

/** A submission of an office in a period with the given entries, moved to `status` as the workflow would. */
export async function insertSubmission(
  owner: Queryable,
  ids: { programmeId: string; officeId: string; periodId: string; indicatorIds: Map<string, string> },
  status: DraftStatus,
  entries: ReadonlyArray<EntryDraft | null>,
): Promise<string> {
  const [{ id }] = await owner.query(`INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3) RETURNING id`, [
    ids.programmeId,
    ids.officeId,
    ids.periodId,
  ]);
  await writeEntries(owner, id, ids.indicatorIds, entries);
  await setStatus(owner, id, status);
  return id;
}

/** Several offices' submissions in one period at once (three statements); returns office id → submission id. */
export async function insertSubmissions(
  owner: Queryable,
  programmeId: string,
  periodId: string,
  indicatorIds: Map<string, string>,
  rows: ReadonlyArray<{ officeId: string; status: DraftStatus; entries: ReadonlyArray<EntryDraft | null> }>,
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const created: Array<{ id: string; officeId: string }> = await owner.query(
    `INSERT INTO submission (programme_id, office_id, period_id) SELECT $1, o, $2 FROM unnest($3::uuid[]) AS o RETURNING id, office_id AS "officeId"`,
    [programmeId, periodId, rows.map((r) => r.officeId)],
  );
  const submissionOf = new Map(created.map((c) => [c.officeId, c.id]));
  const values = rows.flatMap((row) => entryRows(submissionOf.get(row.officeId)!, indicatorIds, row.entries));
  if (values.length > 0) {
    await owner.query(
      `INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator, comment)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::numeric[], $4::numeric[], $5::numeric[], $6::text[])`,
      [0, 1, 2, 3, 4, 5].map((column) => values.map((v) => v[column])),
    );
  }
  await owner.query(
    `UPDATE submission s SET status = t.status, version = s.version + 1,
            submitted_at = CASE WHEN t.status = 'DRAFT' THEN NULL ELSE now() END,
            approved_at = CASE WHEN t.status = 'APPROVED' THEN now() END,
            return_reason = CASE WHEN t.status = 'RETURNED' THEN 'test' END
       FROM unnest($1::uuid[], $2::text[]) AS t(id, status) WHERE s.id = t.id`,
    [rows.map((r) => submissionOf.get(r.officeId)!), rows.map((r) => r.status)],
  );
  return submissionOf;
}

/** submission_value rows (submission, indicator, value, numerator, denominator, comment) of the entries. */
function entryRows(
  submissionId: string,
  indicatorIds: Map<string, string>,
  entries: ReadonlyArray<EntryDraft | null>,
): Array<Array<string | null>> {
  return BENCH_INDICATORS.flatMap((indicator, i) => {
    const entry = entries[i];
    if (!entry) return [];
    const value = storedValue(indicator, entry);
    return [
      [
        submissionId,
        indicatorIds.get(indicator.code)!,
        value === null ? null : String(value),
        entry.numerator === null ? null : String(entry.numerator),
        entry.denominator === null ? null : String(entry.denominator),
        value === null ? 'tylko komentarz' : null,
      ],
    ];
  });
}

async function writeEntries(
  owner: Queryable,
  submissionId: string,
  indicatorIds: Map<string, string>,
  entries: ReadonlyArray<EntryDraft | null>,
): Promise<void> {
  await owner.query(`DELETE FROM submission_value WHERE submission_id = $1`, [submissionId]);
  const rows = entryRows(submissionId, indicatorIds, entries);
  if (rows.length === 0) return;
  await owner.query(
    `INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator, comment)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::numeric[], $4::numeric[], $5::numeric[], $6::text[])`,
    [0, 1, 2, 3, 4, 5].map((column) => rows.map((v) => v[column])),
  );
}

async function setStatus(owner: Queryable, submissionId: string, status: DraftStatus): Promise<void> {
  await owner.query(
    `UPDATE submission SET status = $2, version = version + 1, updated_at = now(),
            submitted_at = CASE WHEN $2 = 'DRAFT' THEN NULL ELSE coalesce(submitted_at, now()) END,
            approved_at = CASE WHEN $2 = 'APPROVED' THEN now() END,
            return_reason = CASE WHEN $2 = 'RETURNED' THEN 'test' END
      WHERE id = $1`,
    [submissionId, status],
  );
}

/** A revision the way the workflow makes one: reopened to a draft, new entries, approved again. */
export async function reviseSubmission(
  owner: Queryable,
  submissionId: string,
  indicatorIds: Map<string, string>,
  entries: ReadonlyArray<EntryDraft | null>,
  status: DraftStatus = 'APPROVED',
): Promise<void> {
  await setStatus(owner, submissionId, 'DRAFT');
  await writeEntries(owner, submissionId, indicatorIds, entries);
  await setStatus(owner, submissionId, status);
}

/** Moves an existing submission to another status (a late approval, a reopening). */
export async function moveSubmission(owner: Queryable, submissionId: string, status: DraftStatus): Promise<void> {
  await setStatus(owner, submissionId, status);
}

/**
 * Inserts a draft as a programme of its own: offices, groups, two past quarters (the first with the
 * draft's submissions, the second with every office approved with the same entries), and unless
 * `users` is false a lead and a coordinator per office. Run it in a transaction for speed.
 */
export async function seedProgramme(
  owner: Queryable,
  draft: ProgrammeDraft,
  indicatorIds: Map<string, string>,
  options: { users?: boolean; secondPeriod?: boolean } = {},
): Promise<SeededProgramme> {
  const tag = `${++seeded}-${randomBytes(3).toString('hex')}`;
  const names = draft.offices.map((_, i) => `Urząd ${tag}-${i + 1}`);
  const officeRows: Array<{ id: string; name: string }> = await owner.query(
    `INSERT INTO office (name, kind, region, employees) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) RETURNING id, name`,
    [names, draft.offices.map((o) => o.kind), draft.offices.map((o) => o.region), draft.offices.map((o) => o.employees)],
  );
  const byName = new Map(officeRows.map((r) => [r.name, r.id]));
  const officeIds = names.map((n) => byName.get(n)!);
  const [{ id: programmeId }] = await owner.query(
    `INSERT INTO programme (code, name, anonymity_threshold) VALUES ($1, $2, $3) RETURNING id`,
    [`pb-${tag}`, `Program ${tag}`, draft.k],
  );
  await owner.query(
    `INSERT INTO programme_office (programme_id, office_id, position) SELECT $1, o, p FROM unnest($2::uuid[]) WITH ORDINALITY AS t(o, p)`,
    [programmeId, officeIds],
  );
  await owner.query(
    `INSERT INTO programme_indicator (programme_id, indicator_id, position) SELECT $1, i, p FROM unnest($2::uuid[]) WITH ORDINALITY AS t(i, p)`,
    [programmeId, BENCH_INDICATORS.map((i) => indicatorIds.get(i.code)!)],
  );

  const groupDrafts = groupsOf(draft);
  const groupRows: Array<{ id: string; name: string }> = await owner.query(
    `INSERT INTO peer_group (programme_id, name, basis, criterion) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[]) RETURNING id, name`,
    [programmeId, groupDrafts.map((g) => g.name), groupDrafts.map((g) => g.basis), groupDrafts.map((g) => g.criterion)],
  );
  const groupId = new Map(groupRows.map((r) => [r.name, r.id]));
  const groups: SeededProgramme['groups'] = groupDrafts.map((g) => ({ ...g, id: groupId.get(g.name)! }));
  const pairs = groups.flatMap((g) => g.members.map((m) => [g.id, officeIds[m]]));
  await owner.query(
    `INSERT INTO peer_group_member (peer_group_id, programme_id, office_id) SELECT g, $1, o FROM unnest($2::uuid[], $3::uuid[]) AS t(g, o)`,
    [programmeId, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );

  // Deadlines already passed (a lead may release only then), but not by the grace period, and the
  // test application does not sweep: nothing is released unless a test releases it.
  const period = async (label: string, startsOn: string, endsOn: string) =>
    (
      await owner.query(
        `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline)
         VALUES ($1, 'QUARTER', $2, $3, $4, now() - interval '30 days', now() - interval '1 hour') RETURNING id`,
        [programmeId, label, startsOn, endsOn],
      )
    )[0].id as string;
  const periodId = await period('2020-Q1', '2020-01-01', '2020-03-31');
  const unreleasedPeriodId = await period('2020-Q2', '2020-04-01', '2020-06-30');

  const submitted = draft.offices.flatMap((office, i) =>
    office.status === null ? [] : [{ officeId: officeIds[i], status: office.status, entries: office.entries }],
  );
  const submissionOf = await insertSubmissions(owner, programmeId, periodId, indicatorIds, submitted);
  const submissionIds = officeIds.map((o) => submissionOf.get(o) ?? null);
  if (options.secondPeriod !== false) {
    await insertSubmissions(
      owner,
      programmeId,
      unreleasedPeriodId,
      indicatorIds,
      draft.offices.map((office, i) => ({ officeId: officeIds[i], status: 'APPROVED' as const, entries: office.entries })),
    );
  }

  const programme = { draft, programmeId, periodId, unreleasedPeriodId, officeIds, groups, indicatorIds, submissionIds };
  if (options.users === false) return { ...programme, leadUserId: '', coordinatorUserIds: [] };
  const users: Array<{ id: string }> = await owner.query(
    `INSERT INTO app_user (email, display_name) SELECT e, split_part(e, '@', 1) FROM unnest($1::text[]) AS e RETURNING id`,
    [[`lead-${tag}@bench.test`, ...officeIds.map((_, i) => `office-${tag}-${i + 1}@bench.test`)]],
  );
  // RETURNING follows the unnest order for a single INSERT ... SELECT, but do not rely on it.
  const emails: Array<{ id: string; email: string }> = await owner.query(`SELECT id, email FROM app_user WHERE id = ANY($1)`, [
    users.map((u) => u.id),
  ]);
  const userOf = new Map(emails.map((u) => [u.email, u.id]));
  const leadUserId = userOf.get(`lead-${tag}@bench.test`)!;
  const coordinatorUserIds = officeIds.map((_, i) => userOf.get(`office-${tag}-${i + 1}@bench.test`)!);
  await owner.query(`INSERT INTO role_grant (user_id, role, programme_id) VALUES ($1, 'PROGRAMME_LEAD', $2)`, [leadUserId, programmeId]);
  await owner.query(
    `INSERT INTO role_grant (user_id, role, programme_id, office_id) SELECT u, 'OFFICE_COORDINATOR', $1, o FROM unnest($2::uuid[], $3::uuid[]) AS t(u, o)`,
    [programmeId, coordinatorUserIds, officeIds],
  );
  return { ...programme, leadUserId, coordinatorUserIds };
}

/**
 * Removes a seeded programme and everything under it (periods, submissions, snapshots, cells, groups,
 * grants; the offices stay): the release joins peer-group membership across the whole database, so a
 * run of thousands of programmes would otherwise slow down as it goes.
 */
export async function dropProgramme(owner: DataSource, programmeId: string): Promise<void> {
  await owner.transaction(async (manager) => {
    // Values of submitted and approved submissions cannot change (a trigger), not even by a cascade.
    await manager.query(
      `UPDATE submission SET status = 'DRAFT', submitted_at = NULL, approved_at = NULL, return_reason = NULL WHERE programme_id = $1`,
      [programmeId],
    );
    await manager.query(`DELETE FROM period WHERE programme_id = $1`, [programmeId]);
    await manager.query(`DELETE FROM programme WHERE id = $1`, [programmeId]);
  });
}

/**
 * A session for a user, made the way the sessions service makes one (a random token, its SHA-256
 * stored), without a password log-in: argon2 for hundreds of generated accounts would dominate the run.
 * Returns the Cookie header value.
 */
export async function sessionCookieFor(owner: Queryable, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await owner.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    createHash('sha256').update(token).digest(),
    userId,
  ]);
  return `officebench_session=${token}`;
}

export const referenceInputOfSeeded = (s: SeededProgramme): ReferenceInput =>
  referenceInputOf(
    s.draft,
    s.officeIds,
    s.groups.map((g) => g.id),
  );

// ---------------------------------------------------------------------------------------------
// Changes after a release: late approvals, revisions, withdrawals

export type ChangeKind = 'late' | 'revise' | 'withdraw';

export interface ChangeDraft {
  office: number;
  kind: ChangeKind;
  /** New values are the office's own (or, without them, another office's) times factor / 100. */
  factor: number;
  template: number;
}

/**
 * Changes to a set of offices built so that, most of the time, a re-release is allowed: every group
 * holds none of the changed offices or more than k of them (a group's members stand in for its
 * contributors, so some re-releases are still refused). It starts from k + 1 members of one group
 * plus a few offices outside it (the shape that differencing two releases could exploit) and repairs
 * each group holding 1..k changed offices by adding more of its members or dropping them.
 */
export function changesArbitrary(draft: ProgrammeDraft): fc.Arbitrary<ChangeDraft[]> {
  const n = draft.offices.length;
  const groups = groupsOf(draft).map((g) => g.members);
  return fc
    .record({
      order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      seedGroup: fc.nat(),
      outside: fc.integer({ min: 0, max: 2 }),
      repairs: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
      withdrawals: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      factors: fc.array(fc.oneof(fc.integer({ min: 50, max: 95 }), fc.integer({ min: 105, max: 150 })), { minLength: n, maxLength: n }),
      templates: fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: n, maxLength: n }),
    })
    .map(({ order, seedGroup, outside, repairs, withdrawals, factors, templates }) => {
      const rank = new Map(order.map((office, i) => [office, i]));
      const byOrder = (xs: readonly number[]) => [...xs].sort((a, b) => rank.get(a)! - rank.get(b)!);
      const base = groups[seedGroup % groups.length];
      const changed = new Set(byOrder(base).slice(0, draft.k + 1));
      for (const office of byOrder(order.filter((o) => !base.includes(o))).slice(0, outside)) changed.add(office);
      for (const grow of repairs) {
        const violated = groups.find((g) => {
          const inside = g.filter((m) => changed.has(m)).length;
          return inside > 0 && inside <= draft.k;
        });
        if (!violated) break;
        const missing = byOrder(violated.filter((m) => !changed.has(m)));
        const inside = violated.length - missing.length;
        if (grow && missing.length >= draft.k + 1 - inside) for (const m of missing.slice(0, draft.k + 1 - inside)) changed.add(m);
        else for (const m of violated) changed.delete(m);
      }
      if (changed.size === 0) changed.add(order[0]);
      // An approved office revises or withdraws (one in four); any other is approved late.
      const kindOf = (office: number): ChangeKind =>
        draft.offices[office].status !== 'APPROVED' ? 'late' : withdrawals[office] && factors[office] % 4 === 0 ? 'withdraw' : 'revise';
      return byOrder([...changed]).map((office) => ({
        office,
        kind: kindOf(office),
        factor: factors[office],
        template: templates[office],
      }));
    });
}

/** An entry times factor / 100, never equal to the original (so a revision always changes it). */
function scaled(indicator: ReferenceIndicator, entry: EntryDraft, factor: number): EntryDraft {
  if (indicator.inputKind === 'RATIO') {
    let denominator = Math.max(1, Math.round((entry.denominator! * factor) / 100));
    if (denominator === entry.denominator) denominator += 1;
    return { value: null, numerator: Math.min(denominator, Math.round((entry.numerator! * factor) / 100)), denominator };
  }
  const decimals = !Number.isInteger(entry.value!);
  let value = decimals ? Math.round((entry.value! * factor) / 10) / 10 : Math.round((entry.value! * factor) / 100);
  if (value === entry.value) value = decimals ? Math.round(value * 10 + 1) / 10 : value + 1;
  return { value, numerator: null, denominator: null };
}

/** The draft after the changes (the input is not modified). */
export function applyChanges(draft: ProgrammeDraft, changes: readonly ChangeDraft[]): ProgrammeDraft {
  const offices = draft.offices.map((o) => ({ ...o, entries: [...o.entries] }));
  for (const change of changes) {
    const office = offices[change.office];
    if (change.kind === 'withdraw') {
      office.status = office.status === null ? null : 'RETURNED';
      continue;
    }
    office.status = 'APPROVED';
    office.entries = BENCH_INDICATORS.map((indicator, i) => {
      const base = [office, draft.offices[change.template], ...draft.offices]
        .map((o) => o.entries[i])
        .find((e): e is EntryDraft => e !== null && storedValue(indicator, e) !== null);
      return base ? scaled(indicator, base, change.factor) : null;
    });
  }
  return { ...draft, offices };
}

/** Writes the changes into the released period, as the workflow would leave them. */
export async function writeChanges(
  owner: Queryable,
  seededProgramme: SeededProgramme,
  after: ProgrammeDraft,
  changes: readonly ChangeDraft[],
): Promise<void> {
  for (const change of changes) {
    const office = after.offices[change.office];
    const submissionId = seededProgramme.submissionIds[change.office];
    if (office.status === null) continue;
    if (submissionId === null) {
      seededProgramme.submissionIds[change.office] = await insertSubmission(
        owner,
        {
          programmeId: seededProgramme.programmeId,
          officeId: seededProgramme.officeIds[change.office],
          periodId: seededProgramme.periodId,
          indicatorIds: seededProgramme.indicatorIds,
        },
        office.status,
        office.entries,
      );
    } else if (change.kind === 'withdraw') {
      await moveSubmission(owner, submissionId, office.status);
    } else {
      await reviseSubmission(owner, submissionId, seededProgramme.indicatorIds, office.entries, office.status);
    }
  }
  seededProgramme.draft = after;
}

// ---------------------------------------------------------------------------------------------
// Through GraphQL

/** Every cell of a period one office reads (variables: pr programme, p period, o office): every field of ApiCell. */
export const BENCHMARK_CELLS = `query($pr: ID!, $p: ID!, $o: ID!) {
  benchmark(programmeId: $pr, periodId: $p, officeId: $o) {
    indicator { code } peerGroup { id name } own suppressed suppressionReason contributorsBand mean pooledRate median p25 p75 ownQuartile
  }
}`;
export const RELEASE_PERIOD = 'mutation($p: ID!) { releasePeriod(periodId: $p) { id releasedAt } }';

/** The API on a database of its own without demo data, with the bench indicators, and a seeder of programmes into it. */
export interface BenchApi {
  api: TestApi;
  indicatorIds: Map<string, string>;
  /** seedProgramme in a transaction of the owner. */
  seed(draft: ProgrammeDraft, options?: Parameters<typeof seedProgramme>[3]): Promise<SeededProgramme>;
}

/** Starts a BenchApi; mutations are not rate-limited (the suites release hundreds of programmes). */
export async function startBenchApi(): Promise<BenchApi> {
  const api = await startTestApi({ demoData: false, rateLimits: { mutationsPerAccount: 1_000_000, mutationsPerIp: 1_000_000 } });
  const indicatorIds = await ensureBenchIndicators(api.owner);
  return {
    api,
    indicatorIds,
    seed: (draft, options) => api.owner.transaction((manager) => seedProgramme(manager, draft, indicatorIds, options)),
  };
}

/** A BenchmarkCell as the benchmark query answers it (every field the tests ask for). */
export interface ApiCell extends PublishedCell {
  indicator: { code: string };
  peerGroup: { id: string; name: string };
  own: number | null;
  suppressed: boolean;
  ownQuartile: number | null;
}

// ---------------------------------------------------------------------------------------------
// Fixed before/after data sets for the re-release rule

/**
 * One programme (k = 3) for the re-release rule's cases: nine rural offices in opolskie (0-8), a
 * county office alone in its kind there (9), and two rural offices in śląskie (10, 11; office 11 has
 * not reported yet). Only the all-offices group publishes: the kind and region groups are too small
 * or differ from it by one office.
 */
export function rereleaseDraft(): ProgrammeDraft {
  const office = (i: number, kind: string, region: string): OfficeDraft => ({
    kind,
    region,
    employees: null,
    status: i === 11 ? null : 'APPROVED',
    entries: [
      { value: 40 + i * 3, numerator: null, denominator: null },
      { value: null, numerator: 60 + i * 2, denominator: 100 + i * 5 },
      { value: 20 + i, numerator: null, denominator: null },
    ],
  });
  return {
    k: 3,
    offices: [
      ...[...Array(9).keys()].map((i) => office(i, 'RURAL_GMINA', 'opolskie')),
      office(9, 'COUNTY', 'opolskie'),
      office(10, 'RURAL_GMINA', 'śląskie'),
      office(11, 'RURAL_GMINA', 'śląskie'),
    ],
    customGroups: [],
  };
}

const revise = (office: number, factor = 120): ChangeDraft => ({ office, kind: 'revise', factor, template: office });

/** Changes to rereleaseDraft after its first release, with whether the rule refuses the re-release. */
export const RERELEASE_CASES: Record<string, { changes: ChangeDraft[]; refused: boolean }> = {
  // The county office (hidden before and after: alone in its kind) corrects its data along with four
  // others: every published cell changed by k + 1 offices.
  'an office alone in its kind corrects its data': { changes: [0, 1, 2, 3, 9].map((o) => revise(o)), refused: false },
  // Office 11 is approved late: śląskie (hidden before and after) changes by one office.
  'a late approval in a group hidden before and after': {
    changes: [...[0, 1, 2, 3].map((o) => revise(o)), { office: 11, kind: 'late', factor: 90, template: 10 }],
    refused: false,
  },
  // One office revises: the published all-offices cell would tell its change.
  'one office revises a published cell': { changes: [revise(4)], refused: true },
  'k offices revise a published cell': { changes: [4, 5, 6].map((o) => revise(o, 80)), refused: true },
};

/**
 * `n` approved rural gminas in two regions (k = 3) whose figures are distinctive numbers (two decimals or six
 * digits, which cannot occur by chance in ids, dates or counts): the attack tests look for any office's figures
 * where only its own may be. One entry per BENCH_INDICATORS: days, a ratio's parts, a count.
 */
export function distinctiveProgramme(n = 12) {
  const days = (i: number) => Math.round((4817.39 + 113.07 * i) * 100) / 100;
  const numerator = (i: number) => 731_117 + 1_013 * i;
  const denominator = (i: number) => 942_131 + 2_027 * i;
  const count = (i: number) => 528_173 + 1_019 * i;
  const draft: ProgrammeDraft = {
    k: 3,
    offices: [...Array(n).keys()].map((i) => ({
      kind: 'RURAL_GMINA',
      region: i < 6 ? 'opolskie' : 'śląskie',
      employees: null,
      status: 'APPROVED' as const,
      entries: [
        { value: days(i), numerator: null, denominator: null },
        { value: null, numerator: numerator(i), denominator: denominator(i) },
        { value: count(i), numerator: null, denominator: null },
      ],
    })),
    customGroups: [],
  };
  return { n, draft, days, numerator, denominator, count };
}
