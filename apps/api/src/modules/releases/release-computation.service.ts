import {
  type CellAggregate,
  type CellChange,
  CONTRIBUTING_STATUS,
  type ContributorAtom,
  periodKindFor,
  type Periodicity,
  primarySuppression,
  publishedStatistics,
  releaseBlockers,
  selectPublishable,
  type SuppressionReason,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';

/**
 * A period's release: the approved values are snapshotted, every cell (indicator x peer group) is
 * computed in SQL from the snapshot, the disclosure rules decide what each cell may show, and the
 * cells are stored. Offices only ever read stored cells.
 */

export interface ReleaseOutcome {
  released: boolean;
  /** Why a re-release was refused: cells whose contributors changed by too few offices. */
  blockers: CellChange[];
  cells: number;
  /** The programme's k. */
  threshold: number;
  programmeId: string;
  /** Whether the period had been released before. */
  again: boolean;
}

interface PeriodRow {
  programmeId: string;
  kind: string;
  k: number;
  /** How many releases the period had (0: never released). */
  releases: number;
}

interface IndicatorRow {
  id: string;
  code: string;
  periodicity: Periodicity;
  inputKind: 'VALUE' | 'RATIO';
  unit: string;
  scale: number;
}

interface AggregateRow extends CellAggregate {
  indicatorId: string;
  groupId: string;
}

interface StoredCell {
  indicatorId: string;
  groupId: string;
  reason: Exclude<SuppressionReason, 'NOT_RELEASED'> | null;
  band: string | null;
  mean: number | null;
  pooledRate: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

/** Approved values of the period now: what a release would be computed from. */
const LIVE_CONTRIBUTIONS = `
  SELECT s.programme_id, s.period_id, v.indicator_id, s.office_id, v.value, v.numerator, v.denominator
    FROM submission s
    JOIN submission_value v ON v.submission_id = s.id
    JOIN programme_indicator pi ON pi.programme_id = s.programme_id AND pi.indicator_id = v.indicator_id
   WHERE s.period_id = $1 AND s.status = '${CONTRIBUTING_STATUS}' AND v.value IS NOT NULL`;

async function lockPeriod(manager: EntityManager, periodId: string): Promise<PeriodRow | null> {
  const [row]: PeriodRow[] = await manager.query(
    `SELECT p.programme_id AS "programmeId", p.kind, pr.anonymity_threshold AS k,
            p.releases
       FROM period p JOIN programme pr ON pr.id = p.programme_id WHERE p.id = $1 FOR UPDATE OF p`,
    [periodId],
  );
  return row ?? null;
}

/** Per cell, how many offices' contributions differ between the last release and now. */
async function changesSinceRelease(manager: EntityManager, periodId: string, programmeId: string, release: number): Promise<CellChange[]> {
  const rows: Array<CellChange & { changedOffices: number }> = await manager.query(
    `WITH live AS (${LIVE_CONTRIBUTIONS}),
          snapshot AS (SELECT * FROM release_contribution WHERE period_id = $1 AND release_no = $3),
          changed AS (
            SELECT coalesce(l.indicator_id, s.indicator_id) AS indicator_id, coalesce(l.office_id, s.office_id) AS office_id
              FROM live l FULL JOIN snapshot s ON s.indicator_id = l.indicator_id AND s.office_id = l.office_id
             WHERE l.office_id IS NULL OR s.office_id IS NULL
                OR l.value IS DISTINCT FROM s.value OR l.numerator IS DISTINCT FROM s.numerator OR l.denominator IS DISTINCT FROM s.denominator)
     SELECT i.code AS "indicatorCode", g.name AS "peerGroupName", count(*)::int AS "changedOffices"
       FROM changed c
       JOIN peer_group_member m ON m.office_id = c.office_id AND m.programme_id = $2
       JOIN peer_group g ON g.id = m.peer_group_id
       JOIN indicator i ON i.id = c.indicator_id
      GROUP BY i.code, g.name ORDER BY i.code, g.name`,
    [periodId, programmeId, release],
  );
  return rows;
}

/** Keeps the values this release is computed from, as release number `release`. */
async function snapshot(manager: EntityManager, periodId: string, release: number): Promise<void> {
  await manager.query(
    `INSERT INTO release_contribution (programme_id, period_id, indicator_id, office_id, value, numerator, denominator, release_no)
     SELECT *, $2::int FROM (${LIVE_CONTRIBUTIONS}) AS live`,
    [periodId, release],
  );
}

/** Every cell's unrounded statistics, from the snapshot. */
function aggregates(manager: EntityManager, periodId: string, release: number): Promise<AggregateRow[]> {
  return manager.query(
    `SELECT c.indicator_id AS "indicatorId", m.peer_group_id AS "groupId", count(*)::int AS contributors,
            avg(c.value)::float8 AS mean, sum(c.value)::float8 AS "sumValue", max(c.value)::float8 AS "maxValue",
            sum(c.numerator)::float8 AS "sumNumerator", max(c.numerator)::float8 AS "maxNumerator",
            sum(c.denominator)::float8 AS "sumDenominator", max(c.denominator)::float8 AS "maxDenominator",
            percentile_cont(0.25) WITHIN GROUP (ORDER BY c.value)::float8 AS p25,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY c.value)::float8 AS median,
            percentile_cont(0.75) WITHIN GROUP (ORDER BY c.value)::float8 AS p75
       FROM release_contribution c
       JOIN peer_group_member m ON m.office_id = c.office_id AND m.programme_id = c.programme_id
      WHERE c.period_id = $1 AND c.release_no = $2
      GROUP BY c.indicator_id, m.peer_group_id`,
    [periodId, release],
  );
}

/**
 * The audit once per distinct question: indicators that every office reports share their
 * contributors, so a national release asks the same question for most of them.
 */
function memoised(select: typeof selectPublishable): typeof selectPublishable {
  const answers = new Map<string, string[]>();
  return (candidates, atoms, k, fixed = []) => {
    const key = JSON.stringify([candidates, atoms, k, fixed]);
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = select(candidates, atoms, k, fixed)));
    return answer;
  };
}

/** How a cell of a release is named in the audit. */
const cellKey = (release: number, groupId: string) => `${release}/${groupId}`;

/**
 * Contributor classes per indicator over every release of the period: a contribution is an office
 * with one value, so an office that kept its value is the same unknown in every release, and a
 * revised one is two. Earlier releases count only with the cells they published.
 */
async function contributorAtoms(manager: EntityManager, periodId: string, programmeId: string, release: number): Promise<Map<string, ContributorAtom[]>> {
  const rows: Array<{ indicatorId: string; groups: string[]; size: number }> = await manager.query(
    `SELECT "indicatorId", groups, count(*)::int AS size
       FROM (SELECT c.indicator_id AS "indicatorId", array_agg(c.release_no || '/' || m.peer_group_id ORDER BY c.release_no, m.peer_group_id) AS groups
               FROM release_contribution c
               JOIN peer_group_member m ON m.office_id = c.office_id AND m.programme_id = $2
               LEFT JOIN released_cell r ON r.period_id = c.period_id AND r.release_no = c.release_no AND r.indicator_id = c.indicator_id AND r.peer_group_id = m.peer_group_id
              WHERE c.period_id = $1 AND (c.release_no = $3 OR r.peer_group_id IS NOT NULL)
              GROUP BY c.indicator_id, c.office_id, c.value, c.numerator, c.denominator) AS contributions
      GROUP BY "indicatorId", groups`,
    [periodId, programmeId, release],
  );
  const atoms = new Map<string, ContributorAtom[]>();
  for (const row of rows) atoms.set(row.indicatorId, [...(atoms.get(row.indicatorId) ?? []), { groups: row.groups, size: row.size }]);
  return atoms;
}

/** The cells earlier releases published, per indicator, named as in the audit. */
async function earlierPublished(manager: EntityManager, periodId: string): Promise<Map<string, string[]>> {
  const rows: Array<{ indicatorId: string; release: number; groupId: string }> = await manager.query(
    'SELECT indicator_id AS "indicatorId", release_no AS release, peer_group_id AS "groupId" FROM released_cell WHERE period_id = $1',
    [periodId],
  );
  const cells = new Map<string, string[]>();
  for (const row of rows) cells.set(row.indicatorId, [...(cells.get(row.indicatorId) ?? []), cellKey(row.release, row.groupId)]);
  return cells;
}

/** The cells of one indicator, from its aggregates, under every rule. */
function decideCells(
  indicator: IndicatorRow,
  groupIds: readonly string[],
  rows: ReadonlyMap<string, AggregateRow>,
  audit: { release: number; atoms: readonly ContributorAtom[]; earlier: readonly string[]; select: typeof selectPublishable },
  k: number,
): StoredCell[] {
  const primary = new Map(groupIds.map((g) => {
    const row = rows.get(g);
    return [g, row ? primarySuppression(row, indicator, k) : 'TOO_FEW_OFFICES'] as const;
  }));
  const candidates = groupIds.filter((g) => primary.get(g) === null).map((g) => ({ groupId: cellKey(audit.release, g), contributors: (rows.get(g) as AggregateRow).contributors }));
  const published = new Set(audit.select(candidates, audit.atoms, k, audit.earlier));
  return groupIds.map((groupId) => {
    const row = rows.get(groupId);
    const empty = { indicatorId: indicator.id, groupId, band: null, mean: null, pooledRate: null, median: null, p25: null, p75: null };
    if (!row || !published.has(cellKey(audit.release, groupId))) return { ...empty, reason: primary.get(groupId) ?? 'NESTED_GROUP' };
    const stats = publishedStatistics(row, indicator, k);
    return { indicatorId: indicator.id, groupId, reason: null, band: stats.contributorsBand, mean: stats.mean, pooledRate: stats.pooledRate, median: stats.median, p25: stats.p25, p75: stats.p75 };
  });
}

async function storeCells(manager: EntityManager, periodId: string, programmeId: string, release: number, cells: readonly StoredCell[]): Promise<void> {
  const published = cells.filter((c) => c.reason === null);
  await manager.query(
    `INSERT INTO released_cell (period_id, programme_id, release_no, indicator_id, peer_group_id) SELECT $1, $2, $3, * FROM unnest($4::uuid[], $5::uuid[])`,
    [periodId, programmeId, release, published.map((c) => c.indicatorId), published.map((c) => c.groupId)],
  );
  await manager.query('DELETE FROM benchmark_cell WHERE period_id = $1', [periodId]);
  const column = <K extends keyof StoredCell>(key: K) => cells.map((c) => c[key]);
  await manager.query(
    `INSERT INTO benchmark_cell (period_id, programme_id, indicator_id, peer_group_id, suppression_reason, contributors_band, mean, pooled_rate, median, p25, p75)
     SELECT $1, $2, * FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::numeric[], $8::numeric[], $9::numeric[], $10::numeric[], $11::numeric[])`,
    [periodId, programmeId, column('indicatorId'), column('groupId'), column('reason'), column('band'), column('mean'), column('pooledRate'), column('median'), column('p25'), column('p75')],
  );
}

/**
 * Releases the period (or releases it again), inside the caller's transaction, which must run in a
 * scope that sees the programme's submissions (its lead's). A re-release is refused, changing
 * nothing, while any cell's contributors changed by 1 to k offices since the last one.
 */
export async function releasePeriodCells(manager: EntityManager, periodId: string): Promise<ReleaseOutcome | null> {
  const period = await lockPeriod(manager, periodId);
  if (!period) return null;
  if (period.releases > 0) {
    const blockers = releaseBlockers(await changesSinceRelease(manager, periodId, period.programmeId, period.releases), period.k);
    if (blockers.length > 0) return { released: false, blockers, cells: 0, threshold: period.k, programmeId: period.programmeId, again: true };
  }
  const release = period.releases + 1;
  await snapshot(manager, periodId, release);
  const indicators: IndicatorRow[] = (
    await manager.query(
      `SELECT i.id, i.code, i.periodicity, i.input_kind AS "inputKind", i.unit, i.scale::float8 AS scale
         FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id WHERE pi.programme_id = $1 ORDER BY pi.position`,
      [period.programmeId],
    )
  ).filter((i: IndicatorRow) => periodKindFor(i.periodicity) === period.kind);
  const groupIds: string[] = (await manager.query('SELECT id FROM peer_group WHERE programme_id = $1 ORDER BY id', [period.programmeId])).map((g: { id: string }) => g.id);
  const byCell = new Map<string, Map<string, AggregateRow>>();
  for (const row of await aggregates(manager, periodId, release)) {
    byCell.set(row.indicatorId, (byCell.get(row.indicatorId) ?? new Map()).set(row.groupId, row));
  }
  const atoms = await contributorAtoms(manager, periodId, period.programmeId, release);
  const earlier = await earlierPublished(manager, periodId);
  const select = memoised(selectPublishable);
  const cells = indicators.flatMap((indicator) =>
    decideCells(indicator, groupIds, byCell.get(indicator.id) ?? new Map(), { release, atoms: atoms.get(indicator.id) ?? [], earlier: earlier.get(indicator.id) ?? [], select }, period.k),
  );
  await storeCells(manager, periodId, period.programmeId, release, cells);
  await manager.query('UPDATE period SET released_at = now(), releases = $2 WHERE id = $1', [periodId, release]);
  return { released: true, blockers: [], cells: cells.length, threshold: period.k, programmeId: period.programmeId, again: period.releases > 0 };
}

