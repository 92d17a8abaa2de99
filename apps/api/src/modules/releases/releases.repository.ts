import { Injectable } from '@nestjs/common';
import {
  type CellAggregate,
  type CellChange,
  CONTRIBUTING_STATUS,
  type ContributorAtom,
  type Periodicity,
  type SuppressionReason,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { PeriodEntity } from '../periods/entities/period.entity';

export interface ReleasePeriodRow {
  programmeId: string;
  kind: string;
  k: number;
  /** How many releases the period had (0: never released). */
  releases: number;
}

export interface ReleaseIndicatorRow {
  id: string;
  code: string;
  periodicity: Periodicity;
  inputKind: 'VALUE' | 'RATIO';
  unit: string;
  scale: number;
}

export interface AggregateRow extends CellAggregate {
  indicatorId: string;
  groupId: string;
}

/** A cell as stored: its statistics, or the reason it is suppressed. */
export interface StoredCell {
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

/** A cell whose contributors changed since the last release, with its ids. */
export interface ChangedCellRow extends CellChange {
  indicatorId: string;
  groupId: string;
}

/** A period not released yet, as the automatic release looks at it. */
export interface UnreleasedPeriodRow {
  id: string;
  programmeId: string;
  deadline: Date;
  releasedAt: null;
}

/** Approved values of the period now: what a release would be computed from. */
const LIVE_CONTRIBUTIONS = `
  SELECT s.programme_id, s.period_id, v.indicator_id, s.office_id, v.value, v.numerator, v.denominator
    FROM submission s
    JOIN submission_value v ON v.submission_id = s.id
    JOIN programme_indicator pi ON pi.programme_id = s.programme_id AND pi.indicator_id = v.indicator_id
   WHERE s.period_id = $1 AND s.status = '${CONTRIBUTING_STATUS}' AND v.value IS NOT NULL`;

/**
 * The contributions a period's releases were computed from, one row per office, indicator and release,
 * out of the snapshots (one row per office and release, the values as parallel arrays); `where`
 * selects the snapshot rows (alias r).
 */
const snapshotContributions = (where: string) => `
  SELECT r.programme_id, r.period_id, r.release_no, r.office_id, c.indicator_id, c.value, c.numerator, c.denominator
    FROM release_snapshot r
   CROSS JOIN LATERAL unnest(r.indicator_ids, r.amounts, r.numerators, r.denominators) AS c(indicator_id, value, numerator, denominator)
   WHERE ${where}`;

/** The (indicator, office) contributions that differ between two contribution sets (CTE names), present in one only or with other numbers. */
const differingContributions = (now: string, before: string) => `
  SELECT coalesce(l.indicator_id, s.indicator_id) AS indicator_id, coalesce(l.office_id, s.office_id) AS office_id
    FROM ${now} l FULL JOIN ${before} s ON s.indicator_id = l.indicator_id AND s.office_id = l.office_id
   WHERE l.office_id IS NULL OR s.office_id IS NULL
      OR l.value IS DISTINCT FROM s.value OR l.numerator IS DISTINCT FROM s.numerator OR l.denominator IS DISTINCT FROM s.denominator`;

/** Per cell, how many offices changed: `ctes` end with one named `changed` (indicator_id, office_id); $2 is the programme. */
const changedCells = (ctes: string) => `
  WITH ${ctes}
  SELECT i.id AS "indicatorId", g.id AS "groupId", i.code AS "indicatorCode", g.name AS "peerGroupName", count(*)::int AS "changedOffices"
    FROM changed c
    JOIN peer_group_member m ON m.office_id = c.office_id AND m.programme_id = $2
    JOIN peer_group g ON g.id = m.peer_group_id
    JOIN indicator i ON i.id = c.indicator_id
   GROUP BY i.id, g.id, i.code, g.name ORDER BY i.code, g.name`;

/**
 * The statements of a release. Every one runs in the caller's transaction, which must be in a scope
 * that sees the programme's submissions (its lead's): the raw values never leave PostgreSQL except as
 * per-cell aggregates and contributor classes.
 */
@Injectable()
export class ReleasesRepository {
  period(manager: EntityManager, periodId: string): Promise<PeriodEntity | null> {
    return manager.findOneBy(PeriodEntity, { id: periodId });
  }

  /** Every period never released, earliest deadline first. */
  unreleasedPeriods(manager: EntityManager): Promise<UnreleasedPeriodRow[]> {
    return manager.query(
      `SELECT id, programme_id AS "programmeId", deadline, released_at AS "releasedAt" FROM period WHERE released_at IS NULL ORDER BY deadline`,
    );
  }

  /**
   * Sorts and groups of a national period's contributions need tens of MB: room for them in memory
   * (instead of temporary files), for the release's transaction only.
   */
  async allowLargeSorts(manager: EntityManager): Promise<void> {
    await manager.query(`SET LOCAL work_mem = '64MB'`);
  }

  /** The period with its programme's k, locked until the transaction ends (one release of a period at a time). */
  async lockPeriod(manager: EntityManager, periodId: string): Promise<ReleasePeriodRow | null> {
    const [row]: ReleasePeriodRow[] = await manager.query(
      `SELECT p.programme_id AS "programmeId", p.kind, pr.anonymity_threshold AS k,
              p.releases
         FROM period p JOIN programme pr ON pr.id = p.programme_id WHERE p.id = $1 FOR UPDATE OF p`,
      [periodId],
    );
    return row ?? null;
  }

  /** Per cell, how many offices' contributions differ between the last release and now (the lead's home). */
  changesSinceRelease(manager: EntityManager, periodId: string, programmeId: string, release: number): Promise<ChangedCellRow[]> {
    return manager.query(
      changedCells(`live AS (${LIVE_CONTRIBUTIONS}),
            snapshot AS (${snapshotContributions('r.period_id = $1 AND r.release_no = $3')}),
            changed AS (${differingContributions('live', 'snapshot')})`),
      [periodId, programmeId, release],
    );
  }

  /**
   * Per cell, how many offices' contributions differ between release `release` and the one before,
   * from their snapshots (a release in progress compares its own snapshot, taken in its transaction,
   * instead of reading the values again). Only the offices whose snapshot rows differ are compared
   * value by value.
   */
  changesBetweenReleases(manager: EntityManager, periodId: string, programmeId: string, release: number): Promise<ChangedCellRow[]> {
    return manager.query(
      changedCells(`offices AS (
              SELECT coalesce(a.office_id, b.office_id) AS office_id
                FROM (SELECT * FROM release_snapshot WHERE period_id = $1 AND release_no = $3 - 1) AS b
                FULL JOIN (SELECT * FROM release_snapshot WHERE period_id = $1 AND release_no = $3) AS a ON a.office_id = b.office_id
               WHERE (a.indicator_ids, a.amounts, a.numerators, a.denominators) IS DISTINCT FROM (b.indicator_ids, b.amounts, b.numerators, b.denominators)),
            now AS (${snapshotContributions('r.period_id = $1 AND r.release_no = $3 AND r.office_id IN (SELECT office_id FROM offices)')}),
            before AS (${snapshotContributions('r.period_id = $1 AND r.release_no = $3 - 1 AND r.office_id IN (SELECT office_id FROM offices)')}),
            changed AS (${differingContributions('now', 'before')})`),
      [periodId, programmeId, release],
    );
  }

  /**
   * Keeps the values this release is computed from, as release number `release`: one row per office,
   * its values as parallel arrays in indicator order (so that an office whose values did not change
   * has the same row in the next snapshot).
   */
  async snapshot(manager: EntityManager, periodId: string, release: number): Promise<void> {
    await manager.query(
      `INSERT INTO release_snapshot (programme_id, period_id, office_id, indicator_ids, amounts, numerators, denominators, release_no)
       SELECT programme_id, period_id, office_id, array_agg(indicator_id ORDER BY indicator_id), array_agg(value ORDER BY indicator_id),
              array_agg(numerator ORDER BY indicator_id), array_agg(denominator ORDER BY indicator_id), $2::int
         FROM (${LIVE_CONTRIBUTIONS}) AS live
        GROUP BY programme_id, period_id, office_id`,
      [periodId, release],
    );
  }

  /** The programme's indicators in programme order. */
  indicators(manager: EntityManager, programmeId: string): Promise<ReleaseIndicatorRow[]> {
    return manager.query(
      `SELECT i.id, i.code, i.periodicity, i.input_kind AS "inputKind", i.unit, i.scale::float8 AS scale
         FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id WHERE pi.programme_id = $1 ORDER BY pi.position`,
      [programmeId],
    );
  }

  /** The ids of the programme's peer groups, in id order. */
  async groupIds(manager: EntityManager, programmeId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query('SELECT id FROM peer_group WHERE programme_id = $1 ORDER BY id', [programmeId]);
    return rows.map((g) => g.id);
  }

  /** Every cell's unrounded statistics, from the snapshot. */
  aggregates(manager: EntityManager, periodId: string, release: number): Promise<AggregateRow[]> {
    return manager.query(
      `SELECT c.indicator_id AS "indicatorId", m.peer_group_id AS "groupId", count(*)::int AS contributors,
              avg(c.value)::float8 AS mean, sum(c.value)::float8 AS "sumValue", max(c.value)::float8 AS "maxValue",
              sum(c.numerator)::float8 AS "sumNumerator", max(c.numerator)::float8 AS "maxNumerator",
              sum(c.denominator)::float8 AS "sumDenominator", max(c.denominator)::float8 AS "maxDenominator",
              percentile_cont(0.25) WITHIN GROUP (ORDER BY c.value)::float8 AS p25,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY c.value)::float8 AS median,
              percentile_cont(0.75) WITHIN GROUP (ORDER BY c.value)::float8 AS p75
         FROM (${snapshotContributions('r.period_id = $1 AND r.release_no = $2')}) AS c
         JOIN peer_group_member m ON m.office_id = c.office_id AND m.programme_id = c.programme_id
        GROUP BY c.indicator_id, m.peer_group_id`,
      [periodId, release],
    );
  }

  /**
   * Contributor classes over every release of the period: a contribution is an office with one
   * value, so an office that kept its value is the same unknown in every release, and a revised one
   * is two. Earlier releases count only with the cells they published. A group is named
   * `<release>/<group id>`.
   */
  contributorClasses(
    manager: EntityManager,
    periodId: string,
    programmeId: string,
    release: number,
  ): Promise<Array<ContributorAtom & { indicatorId: string }>> {
    return manager.query(
      `WITH contribution AS (
              SELECT c.indicator_id, c.office_id, array_agg(c.release_no ORDER BY c.release_no) AS releases
                FROM (${snapshotContributions('r.period_id = $1')}) AS c
               GROUP BY c.indicator_id, c.office_id, c.value, c.numerator, c.denominator),
            membership AS (
              SELECT office_id, array_agg(peer_group_id ORDER BY peer_group_id) AS groups
                FROM peer_group_member WHERE programme_id = $2 GROUP BY office_id),
            -- Contributions alike in indicator, groups and releases are one class: named once, counted.
            shape AS (
              SELECT c.indicator_id, m.groups, c.releases, count(*)::int AS size
                FROM contribution c JOIN membership m ON m.office_id = c.office_id
               GROUP BY c.indicator_id, m.groups, c.releases),
            named AS MATERIALIZED (
              SELECT s.indicator_id, s.size,
                     ARRAY(SELECT a.no || '/' || b.id
                             FROM unnest(s.releases) AS a(no), unnest(s.groups) AS b(id)
                            WHERE a.no = $3
                               OR EXISTS (SELECT 1 FROM released_cell rc
                                           WHERE rc.period_id = $1 AND rc.release_no = a.no
                                             AND rc.indicator_id = s.indicator_id AND rc.peer_group_id = b.id)
                            ORDER BY a.no, b.id) AS groups
                FROM shape s)
       SELECT indicator_id AS "indicatorId", groups, sum(size)::int AS size
         FROM named WHERE cardinality(groups) > 0
        GROUP BY indicator_id, groups
        -- In one order for every indicator: indicators with the same classes then ask the audit the
        -- same question, which ReleaseComputationService answers once.
        ORDER BY indicator_id, groups`,
      [periodId, programmeId, release],
    );
  }

  /** The cells earlier releases published. */
  publishedCells(manager: EntityManager, periodId: string): Promise<Array<{ indicatorId: string; release: number; groupId: string }>> {
    return manager.query(
      'SELECT indicator_id AS "indicatorId", release_no AS release, peer_group_id AS "groupId" FROM released_cell WHERE period_id = $1',
      [periodId],
    );
  }

  /** Stores the release's cells (replacing what offices read) and which of them it published. */
  async storeCells(
    manager: EntityManager,
    periodId: string,
    programmeId: string,
    release: number,
    cells: readonly StoredCell[],
  ): Promise<void> {
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
      [
        periodId,
        programmeId,
        column('indicatorId'),
        column('groupId'),
        column('reason'),
        column('band'),
        column('mean'),
        column('pooledRate'),
        column('median'),
        column('p25'),
        column('p75'),
      ],
    );
  }

  /**
   * Runs `work` after a savepoint and rolls back to it unless `keep` says otherwise: a refused
   * re-release and the lead's preview leave nothing behind (not even the snapshot they computed
   * from), in whatever transaction the caller runs them.
   */
  async withinSavepoint<T>(manager: EntityManager, work: () => Promise<T>, keep: (result: T) => boolean): Promise<T> {
    // On an error the caller's transaction is rolled back as a whole.
    await manager.query('SAVEPOINT release_attempt');
    const result = await work();
    await manager.query(keep(result) ? 'RELEASE SAVEPOINT release_attempt' : 'ROLLBACK TO SAVEPOINT release_attempt');
    return result;
  }

  async markReleased(manager: EntityManager, periodId: string, release: number): Promise<void> {
    await manager.query('UPDATE period SET released_at = now(), releases = $2 WHERE id = $1', [periodId, release]);
  }

  /**
   * Publishes the criterion means of a CAF period's release, inside the release's transaction (the lead's
   * scope): for each peer group, only where the release published the CAF total's cell, and only when
   * every office behind that cell closed a cycle whose total is the value it contributed. The means then
   * come from exactly the offices behind a published total, so they disclose no more than it does
   * (docs/caf.md); anything else is suppressed with its reason.
   */
  async storeCriterionCells(manager: EntityManager, periodId: string, programmeId: string, release: number): Promise<void> {
    await manager.query(
      `WITH total AS (SELECT i.id FROM indicator i JOIN programme_indicator pi ON pi.indicator_id = i.id
                       WHERE pi.programme_id = $2 AND i.code = 'CAF_TOTAL_SCORE'),
            contributed AS (
              SELECT s.office_id, s.amounts[array_position(s.indicator_ids, (SELECT id FROM total))] AS value
                FROM release_snapshot s
               WHERE s.period_id = $1 AND s.release_no = $3 AND (SELECT id FROM total) = ANY (s.indicator_ids)),
            members AS (
              SELECT m.peer_group_id, y.criterion_scores
                FROM contributed c JOIN peer_group_member m ON m.office_id = c.office_id AND m.programme_id = $2
                LEFT JOIN caf_cycle y ON y.office_id = c.office_id AND y.period_id = $1 AND y.state = 'CLOSED' AND y.total = c.value),
            means AS (
              SELECT peer_group_id, bool_and(criterion_scores IS NOT NULL) AS complete FROM members GROUP BY peer_group_id),
            per_criterion AS (
              SELECT peer_group_id, array_agg(mean ORDER BY criterion) AS criterion_means
                FROM (SELECT m.peer_group_id, i AS criterion, round_significant(avg(m.criterion_scores[i])) AS mean
                        FROM members m CROSS JOIN generate_series(1, 9) AS i GROUP BY m.peer_group_id, i) AS x
               GROUP BY peer_group_id)
       INSERT INTO caf_criterion_cell (period_id, programme_id, release_no, peer_group_id, contributors_band, criterion_means, suppression_reason)
       SELECT $1, $2, $3, b.peer_group_id,
              CASE WHEN b.published AND m.complete THEN b.contributors_band END,
              CASE WHEN b.published AND m.complete THEN p.criterion_means END,
              CASE WHEN NOT b.published THEN 'TOTAL_SUPPRESSED' WHEN m.complete IS NOT TRUE THEN 'NOT_FROM_CYCLES' END
         FROM (SELECT cell.peer_group_id, cell.contributors_band, cell.suppression_reason IS NULL AS published
                 FROM benchmark_cell cell WHERE cell.period_id = $1 AND cell.indicator_id = (SELECT id FROM total)) AS b
         LEFT JOIN means m ON m.peer_group_id = b.peer_group_id
         LEFT JOIN per_criterion p ON p.peer_group_id = b.peer_group_id`,
      [periodId, programmeId, release],
    );
  }

  /**
   * Publishes the per-question means of an annual period's surveys, inside the release's transaction, as
   * storeCriterionCells does for CAF: per questionnaire and peer group, only where the release published
   * the satisfied share's cell, and only when every office behind that cell closed a round whose satisfied
   * and respondents are the numerator and denominator it contributed. A question is in the means when every
   * one of those offices has a result for it (at least max(k, 10) answers); the means are of the offices'
   * means, rounded to three significant digits.
   */
  async storeSurveyCells(manager: EntityManager, periodId: string, programmeId: string, release: number): Promise<void> {
    await manager.query(
      `WITH share AS (
              SELECT i.id, CASE i.code WHEN 'CLIENT_SATISFIED_PCT' THEN 'CLIENT' ELSE 'EMPLOYEE' END AS kind
                FROM indicator i JOIN programme_indicator pi ON pi.indicator_id = i.id
               WHERE pi.programme_id = $2 AND i.code IN ('CLIENT_SATISFIED_PCT', 'EMPLOYEE_SATISFIED_PCT')),
            contributed AS (
              SELECT sh.kind, s.office_id,
                     s.numerators[array_position(s.indicator_ids, sh.id)] AS numerator,
                     s.denominators[array_position(s.indicator_ids, sh.id)] AS denominator
                FROM release_snapshot s JOIN share sh ON sh.id = ANY (s.indicator_ids)
               WHERE s.period_id = $1 AND s.release_no = $3),
            members AS (
              SELECT c.kind, m.peer_group_id, c.office_id, r.question_means
                FROM contributed c JOIN peer_group_member m ON m.office_id = c.office_id AND m.programme_id = $2
                LEFT JOIN survey_round r ON r.office_id = c.office_id AND r.period_id = $1 AND r.kind = c.kind AND r.state = 'CLOSED'
                                        AND r.satisfied = c.numerator AND r.respondents = c.denominator),
            groups AS (
              SELECT kind, peer_group_id, count(*) AS offices, bool_and(question_means IS NOT NULL) AS complete
                FROM members GROUP BY kind, peer_group_id),
            per_question AS (
              SELECT m.kind, m.peer_group_id, q.code, round_significant(avg(q.mean::numeric)) AS mean, count(*) AS offices
                FROM members m CROSS JOIN LATERAL jsonb_each_text(m.question_means) AS q(code, mean)
               GROUP BY m.kind, m.peer_group_id, q.code),
            means AS (
              SELECT q.kind, q.peer_group_id, jsonb_object_agg(q.code, q.mean) AS question_means
                FROM per_question q JOIN groups g ON g.kind = q.kind AND g.peer_group_id = q.peer_group_id AND q.offices = g.offices
               GROUP BY q.kind, q.peer_group_id)
       INSERT INTO survey_question_cell (period_id, programme_id, release_no, peer_group_id, kind, contributors_band, question_means, suppression_reason)
       SELECT $1, $2, $3, b.peer_group_id, sh.kind,
              CASE WHEN b.published AND g.complete THEN b.contributors_band END,
              CASE WHEN b.published AND g.complete THEN coalesce(x.question_means, '{}'::jsonb) END,
              CASE WHEN NOT b.published THEN 'SHARE_SUPPRESSED' WHEN g.complete IS NOT TRUE THEN 'NOT_FROM_SURVEYS' END
         FROM share sh
         JOIN (SELECT cell.indicator_id, cell.peer_group_id, cell.contributors_band, cell.suppression_reason IS NULL AS published
                 FROM benchmark_cell cell WHERE cell.period_id = $1) AS b ON b.indicator_id = sh.id
         LEFT JOIN groups g ON g.kind = sh.kind AND g.peer_group_id = b.peer_group_id
         LEFT JOIN means x ON x.kind = sh.kind AND x.peer_group_id = b.peer_group_id`,
      [periodId, programmeId, release],
    );
  }
}
