import { Injectable } from '@nestjs/common';
import { periodKindFor, type SuppressionReason } from '@officebench/domain';
import { type EntityManager, IsNull, Not } from 'typeorm';
import { notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
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

/** Reads for the benchmark queries: programme facts and stored cells, never raw peer values. */
@Injectable()
export class BenchmarkRecords {
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
    const rows = await manager.find(ProgrammeIndicatorEntity, { where: { programmeId }, relations: { indicator: true }, order: { position: 'ASC' } });
    return rows.map((r) => r.indicator as IndicatorEntity).filter((i) => !period || periodKindFor(i.periodicity) === period.kind);
  }

  async indicator(manager: EntityManager, programmeId: string, code: string): Promise<IndicatorEntity> {
    const indicator = (await this.indicators(manager, programmeId)).find((i) => i.code === code);
    if (!indicator) throw notFound('Indicator');
    return indicator;
  }

  cells(manager: EntityManager, periodIds: readonly string[], groupIds: readonly string[], indicatorIds: readonly string[]): Promise<StoredCellRow[]> {
    return manager.query(
      `SELECT period_id AS "periodId", indicator_id AS "indicatorId", peer_group_id AS "groupId", suppression_reason AS "suppressionReason",
              contributors_band AS "contributorsBand", mean::float8 AS mean, pooled_rate::float8 AS "pooledRate",
              median::float8 AS median, p25::float8 AS p25, p75::float8 AS p75
         FROM benchmark_cell WHERE period_id = ANY($1::uuid[]) AND peer_group_id = ANY($2::uuid[]) AND indicator_id = ANY($3::uuid[])`,
      [periodIds, groupIds, indicatorIds],
    );
  }

  /** One office's own values (row-level security lets only its coordinators and the lead read them). */
  async ownValues(manager: EntityManager, officeId: string, periodIds: readonly string[], indicatorIds: readonly string[]): Promise<Map<string, number>> {
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
}
