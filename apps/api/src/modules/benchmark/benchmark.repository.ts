import { Injectable } from '@nestjs/common';
import { type Actor, periodKindFor, type SubmissionStatus, type SuppressionReason, isUuid } from '@officebench/domain';
import { type EntityManager, IsNull, Not } from 'typeorm';
import { notFound } from '../../common/errors';
import type { ScopedDatabase } from '../../common/scoped-database';
import { sqlUuid } from '../../database/access-context';
import type { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { ProgrammeIndicatorEntity } from '../indicators/entities/programme-indicator.entity';
import { PeerGroupEntity } from '../peer-groups/entities/peer-group.entity';
import { PeriodEntity } from '../periods/entities/period.entity';

export interface StoredCellRow {
  periodId: string;
  indicatorId: string;
  groupId: string;
  suppressionReason: Exclude<SuppressionReason, 'NOT_RELEASED'> | null;
  contributorsBand: string | null;
  mean: number | null;
  pooledRate: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

/** A period's release in one text: changes with every release, release again or undoing (`releases` and `released_at`). */
export const RELEASE_STAMP = `p.releases || '/' || coalesce(extract(epoch FROM p.released_at)::text, '')`;

/** A programme's peer groups (by basis, then name) and indicator set (in programme order), as of its revision. */
export interface ProgrammeFacts {
  revision: string;
  groups: PeerGroupEntity[];
  indicators: IndicatorEntity[];
}

/** Every stored cell of a period (none when it was never released), as of its release stamp. */
export interface PeriodCells {
  stamp: string;
  cells: Array<Omit<StoredCellRow, 'periodId'>>;
}

/** What one benchmark request reads for its caller: the period's kind and release, the revision, the own values. */
export interface OfficeRead {
  period: { kind: PeriodEntity['kind']; stamp: string; revision: string } | null;
  own: Map<string, number>;
}

/** A lead's identified value of one office; the resolver adds the office. */
export interface OfficeValueRow {
  officeId: string;
  value: number | null;
  status: SubmissionStatus | null;
}

/**
 * Reads for the peer statistics: programme facts and stored cells, never raw peer values (the
 * office's own values, and for a lead the identified ones, under row-level security).
 */
@Injectable()
export class BenchmarkRepository {
  /**
   * One round trip for the caller (no transaction statements): the period's kind and release stamp when it
   * is the programme's, the programme's revision, and the office's own values in the period (row-level
   * security shows them to the office's coordinators and the programme's lead only).
   */
  async officeRead(scoped: ScopedDatabase, actor: Actor, programmeId: string, periodId: string, officeId: string): Promise<OfficeRead> {
    const [periods, own] = await scoped.readOnce(
      actor,
      `SELECT p.kind, ${RELEASE_STAMP} AS stamp, g.revision::text AS revision
         FROM period p JOIN programme g ON g.id = p.programme_id
        WHERE p.id = ${sqlUuid(periodId)} AND p.programme_id = ${sqlUuid(programmeId)};
       SELECT v.indicator_id AS "indicatorId", v.value::float8 AS value
         FROM submission s JOIN submission_value v ON v.submission_id = s.id
        WHERE s.period_id = ${sqlUuid(periodId)} AND s.office_id = ${sqlUuid(officeId)} AND v.value IS NOT NULL`,
    );
    const [period] = periods as Array<OfficeRead['period']>;
    return { period: period ?? null, own: new Map(own.map((r) => [r.indicatorId as string, r.value as number])) };
  }

  /** The programme's groups and indicators, the revision read first (so the facts are at least as new as it). */
  async programmeFacts(manager: EntityManager, programmeId: string): Promise<ProgrammeFacts> {
    const [programme]: Array<{ revision: string }> = await manager.query(`SELECT revision::text AS revision FROM programme WHERE id = $1`, [
      programmeId,
    ]);
    if (!programme) throw notFound('Programme');
    const [groups, indicators] = await Promise.all([this.peerGroups(manager, programmeId, null), this.indicators(manager, programmeId)]);
    return { revision: programme.revision, groups, indicators };
  }

  /** A period's stored cells with its release stamp, in one statement (so both come from one snapshot). */
  async periodCells(manager: EntityManager, periodId: string): Promise<PeriodCells> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${RELEASE_STAMP} AS stamp, c.indicator_id AS "indicatorId", c.peer_group_id AS "groupId", c.suppression_reason AS "suppressionReason",
              c.contributors_band AS "contributorsBand", c.mean::float8 AS mean, c.pooled_rate::float8 AS "pooledRate",
              c.median::float8 AS median, c.p25::float8 AS p25, c.p75::float8 AS p75
         FROM period p LEFT JOIN benchmark_cell c ON c.period_id = p.id
        WHERE p.id = $1`,
      [periodId],
    );
    if (rows.length === 0) throw notFound('Period');
    return {
      stamp: rows[0].stamp as string,
      cells: rows.filter((r) => r.indicatorId !== null).map(({ stamp: _, ...cell }) => cell as unknown as PeriodCells['cells'][number]),
    };
  }

  async period(manager: EntityManager, programmeId: string, periodId: string): Promise<PeriodEntity> {
    const period = isUuid(periodId) ? await manager.findOneBy(PeriodEntity, { id: periodId, programmeId }) : null;
    if (!period) throw notFound('Period');
    return period;
  }

  /** The programme's peer groups, or the one asked for (the ALL group when `which` is 'ALL'). */
  async peerGroups(manager: EntityManager, programmeId: string, which: string | null | 'ALL'): Promise<PeerGroupEntity[]> {
    if (which !== null && which !== 'ALL' && !isUuid(which)) throw notFound('Peer group');
    const where = which === null ? { programmeId } : which === 'ALL' ? { programmeId, basis: 'ALL' as const } : { programmeId, id: which };
    const groups = await manager.find(PeerGroupEntity, { where, order: { basis: 'ASC', name: 'ASC' } });
    if (which !== null && groups.length === 0) throw notFound('Peer group');
    return groups;
  }

  /** The programme's indicators in programme order; of one period kind when given. */
  async indicators(manager: EntityManager, programmeId: string, period?: PeriodEntity): Promise<IndicatorEntity[]> {
    const rows = await manager.find(ProgrammeIndicatorEntity, {
      where: { programmeId },
      relations: { indicator: true },
      order: { position: 'ASC' },
    });
    return rows.map((r) => r.indicator as IndicatorEntity).filter((i) => !period || periodKindFor(i.periodicity) === period.kind);
  }

  async indicator(manager: EntityManager, programmeId: string, code: string): Promise<IndicatorEntity> {
    const indicator = (await this.indicators(manager, programmeId)).find((i) => i.code === code);
    if (!indicator) throw notFound('Indicator');
    return indicator;
  }

  cells(
    manager: EntityManager,
    periodIds: readonly string[],
    groupIds: readonly string[],
    indicatorIds: readonly string[],
  ): Promise<StoredCellRow[]> {
    return manager.query(
      `SELECT period_id AS "periodId", indicator_id AS "indicatorId", peer_group_id AS "groupId", suppression_reason AS "suppressionReason",
              contributors_band AS "contributorsBand", mean::float8 AS mean, pooled_rate::float8 AS "pooledRate",
              median::float8 AS median, p25::float8 AS p25, p75::float8 AS p75
         FROM benchmark_cell WHERE period_id = ANY($1::uuid[]) AND peer_group_id = ANY($2::uuid[]) AND indicator_id = ANY($3::uuid[])`,
      [periodIds, groupIds, indicatorIds],
    );
  }

  /** One office's own values (row-level security lets only its coordinators and the lead read them). */
  async ownValues(
    manager: EntityManager,
    officeId: string,
    periodIds: readonly string[],
    indicatorIds: readonly string[],
  ): Promise<Map<string, number>> {
    const rows: Array<{ periodId: string; indicatorId: string; value: number }> = await manager.query(
      `SELECT s.period_id AS "periodId", v.indicator_id AS "indicatorId", v.value::float8 AS value
         FROM submission s JOIN submission_value v ON v.submission_id = s.id
        WHERE s.office_id = $1 AND s.period_id = ANY($2::uuid[]) AND v.indicator_id = ANY($3::uuid[]) AND v.value IS NOT NULL`,
      [officeId, periodIds, indicatorIds],
    );
    return new Map(rows.map((r) => [`${r.periodId}/${r.indicatorId}`, r.value]));
  }

  releasedPeriods(manager: EntityManager, programmeId: string, kind: PeriodEntity['kind']): Promise<PeriodEntity[]> {
    return manager.find(PeriodEntity, { where: { programmeId, kind, releasedAt: Not(IsNull()) }, order: { startsOn: 'ASC' } });
  }

  /** Lead only: every office of the programme with its live value of one indicator and its submission's status. */
  distribution(manager: EntityManager, programmeId: string, periodId: string, indicatorId: string): Promise<OfficeValueRow[]> {
    return manager.query(
      `SELECT po.office_id AS "officeId", v.value::float8 AS value, s.status
         FROM programme_office po
         LEFT JOIN submission s ON s.office_id = po.office_id AND s.period_id = $2
         LEFT JOIN submission_value v ON v.submission_id = s.id AND v.indicator_id = $3
        WHERE po.programme_id = $1
        ORDER BY po.position`,
      [programmeId, periodId, indicatorId],
    );
  }
}
