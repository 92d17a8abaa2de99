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
  releasedAt: Date | null;
  k: number;
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
    `SELECT p.programme_id AS "programmeId", p.kind, p.released_at AS "releasedAt", pr.anonymity_threshold AS k
       FROM period p JOIN programme pr ON pr.id = p.programme_id WHERE p.id = $1 FOR UPDATE OF p`,
    [periodId],
  );
  return row ?? null;
}

/** Per cell, how many offices' contributions differ between the last release and now. */
async function changesSinceRelease(manager: EntityManager, periodId: string, programmeId: string): Promise<CellChange[]> {
  const rows: Array<CellChange & { changedOffices: number }> = await manager.query(
    `WITH live AS (${LIVE_CONTRIBUTIONS}),
          snapshot AS (SELECT * FROM release_contribution WHERE period_id = $1),
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
    [periodId, programmeId],
  );
  return rows;
}

/** Cells published by the last release whose contributors did not change: they stay as they were. */
async function unchangedPublished(manager: EntityManager, periodId: string, changes: readonly CellChange[]): Promise<Map<string, string[]>> {
  const rows: Array<{ indicatorId: string; groupId: string; code: string; name: string }> = await manager.query(
    `SELECT c.indicator_id AS "indicatorId", c.peer_group_id AS "groupId", i.code, g.name
       FROM benchmark_cell c JOIN indicator i ON i.id = c.indicator_id JOIN peer_group g ON g.id = c.peer_group_id
      WHERE c.period_id = $1 AND c.suppression_reason IS NULL`,
    [periodId],
  );
  const changed = new Set(changes.filter((c) => c.changedOffices > 0).map((c) => `${c.indicatorCode}/${c.peerGroupName}`));
  const fixed = new Map<string, string[]>();
  for (const row of rows) {
    if (!changed.has(`${row.code}/${row.name}`)) fixed.set(row.indicatorId, [...(fixed.get(row.indicatorId) ?? []), row.groupId]);
  }
  return fixed;
}

async function snapshot(manager: EntityManager, periodId: string): Promise<void> {
  await manager.query('DELETE FROM release_contribution WHERE period_id = $1', [periodId]);
  await manager.query(
    `INSERT INTO release_contribution (programme_id, period_id, indicator_id, office_id, value, numerator, denominator) ${LIVE_CONTRIBUTIONS}`,
    [periodId],
  );
}

/** Every cell's unrounded statistics, from the snapshot. */
function aggregates(manager: EntityManager, periodId: string): Promise<AggregateRow[]> {
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
      WHERE c.period_id = $1
      GROUP BY c.indicator_id, m.peer_group_id`,
    [periodId],
  );
}

/** Classes of contributors with the same peer groups, per indicator (for the differencing audit). */
async function contributorAtoms(manager: EntityManager, periodId: string): Promise<Map<string, ContributorAtom[]>> {
  const rows: Array<{ indicatorId: string; groups: string[]; size: number }> = await manager.query(
    `SELECT "indicatorId", groups, count(*)::int AS size
       FROM (SELECT c.indicator_id AS "indicatorId", array_agg(m.peer_group_id::text ORDER BY m.peer_group_id) AS groups
               FROM release_contribution c
               JOIN peer_group_member m ON m.office_id = c.office_id AND m.programme_id = c.programme_id
              WHERE c.period_id = $1
              GROUP BY c.indicator_id, c.office_id) AS memberships
      GROUP BY "indicatorId", groups`,
    [periodId],
  );
  const atoms = new Map<string, ContributorAtom[]>();
  for (const row of rows) atoms.set(row.indicatorId, [...(atoms.get(row.indicatorId) ?? []), { groups: row.groups, size: row.size }]);
  return atoms;
}

/** The cells of one indicator, from its aggregates, under every rule. */
export function decideCells(
  indicator: IndicatorRow,
  groupIds: readonly string[],
  rows: ReadonlyMap<string, AggregateRow>,
  atoms: readonly ContributorAtom[],
  k: number,
  fixed: readonly string[],
): StoredCell[] {
  const primary = new Map(groupIds.map((g) => {
    const row = rows.get(g);
    return [g, row ? primarySuppression(row, indicator, k) : 'TOO_FEW_OFFICES'] as const;
  }));
  const candidates = groupIds.filter((g) => primary.get(g) === null).map((g) => ({ groupId: g, contributors: (rows.get(g) as AggregateRow).contributors }));
  const keptFixed = fixed.filter((g) => primary.get(g) === null);
  const published = new Set([...keptFixed, ...selectPublishable(candidates, atoms, k, keptFixed)]);
  return groupIds.map((groupId) => {
    const row = rows.get(groupId);
    const empty = { indicatorId: indicator.id, groupId, band: null, mean: null, pooledRate: null, median: null, p25: null, p75: null };
    if (!row || !published.has(groupId)) return { ...empty, reason: primary.get(groupId) ?? 'NESTED_GROUP' };
    const stats = publishedStatistics(row, indicator, k);
    return { indicatorId: indicator.id, groupId, reason: null, band: stats.contributorsBand, mean: stats.mean, pooledRate: stats.pooledRate, median: stats.median, p25: stats.p25, p75: stats.p75 };
  });
}

async function storeCells(manager: EntityManager, periodId: string, programmeId: string, cells: readonly StoredCell[]): Promise<void> {
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
  let fixed = new Map<string, string[]>();
  if (period.releasedAt !== null) {
    const changes = await changesSinceRelease(manager, periodId, period.programmeId);
    const blockers = releaseBlockers(changes, period.k);
    if (blockers.length > 0) return { released: false, blockers, cells: 0, threshold: period.k, programmeId: period.programmeId, again: true };
    fixed = await unchangedPublished(manager, periodId, changes);
  }
  await snapshot(manager, periodId);
  const indicators: IndicatorRow[] = (
    await manager.query(
      `SELECT i.id, i.code, i.periodicity, i.input_kind AS "inputKind", i.unit, i.scale::float8 AS scale
         FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id WHERE pi.programme_id = $1 ORDER BY pi.position`,
      [period.programmeId],
    )
  ).filter((i: IndicatorRow) => periodKindFor(i.periodicity) === period.kind);
  const groupIds: string[] = (await manager.query('SELECT id FROM peer_group WHERE programme_id = $1 ORDER BY id', [period.programmeId])).map((g: { id: string }) => g.id);
  const byCell = new Map<string, Map<string, AggregateRow>>();
  for (const row of await aggregates(manager, periodId)) {
    byCell.set(row.indicatorId, (byCell.get(row.indicatorId) ?? new Map()).set(row.groupId, row));
  }
  const atoms = await contributorAtoms(manager, periodId);
  const cells = indicators.flatMap((indicator) =>
    decideCells(indicator, groupIds, byCell.get(indicator.id) ?? new Map(), atoms.get(indicator.id) ?? [], period.k, fixed.get(indicator.id) ?? []),
  );
  await storeCells(manager, periodId, period.programmeId, cells);
  await manager.query('UPDATE period SET released_at = now() WHERE id = $1', [periodId]);
  return { released: true, blockers: [], cells: cells.length, threshold: period.k, programmeId: period.programmeId, again: period.releasedAt !== null };
}

