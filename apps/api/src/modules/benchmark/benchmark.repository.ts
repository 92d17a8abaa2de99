import { Injectable } from '@nestjs/common';
import { PERIODICITIES, periodKindFor, type SubmissionStatus, type SuppressionReason, isUuid } from '@officebench/domain';
import { type EntityManager, IsNull, Not } from 'typeorm';
import { notFound } from '../../common/errors';
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

/** One row of the benchmark query: a (group, indicator) of the period, its stored cell if any, the own value. */
export interface BenchmarkRow extends Omit<StoredCellRow, 'periodId' | 'indicatorId' | 'groupId' | 'suppressionReason'> {
  suppressionReason: StoredCellRow['suppressionReason'] | undefined;
  group: PeerGroupEntity;
  indicator: IndicatorEntity;
  own: number | null;
}

const PERIODICITY_KINDS = PERIODICITIES.map((p) => [p, periodKindFor(p)]);

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
   * Every peer group (or one) x every indicator of the period, with its stored cell and the office's
   * own value, in one statement. Empty when the period or the group is not the programme's.
   */
  async benchmarkRows(
    manager: EntityManager,
    programmeId: string,
    periodId: string,
    officeId: string,
    peerGroupId: string | null,
  ): Promise<BenchmarkRow[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `WITH own AS MATERIALIZED (
         SELECT v.indicator_id, v.value FROM submission s JOIN submission_value v ON v.submission_id = s.id
          WHERE s.period_id = $2 AND s.office_id = $3)
       SELECT g.id AS g_id, g.programme_id AS g_programme_id, g.name AS g_name, g.basis AS g_basis, g.criterion AS g_criterion,
              i.id, i.code, i.version, i.name_pl, i.name_en, i.unit, i.direction, i.periodicity, i.input_kind, i.scale::float8 AS scale,
              i.numerator_label_pl, i.denominator_label_pl, i.numerator_label_en, i.denominator_label_en, i.min_value::float8 AS min_value, i.max_value::float8 AS max_value, i.caf_criterion,
              c.period_id IS NOT NULL AS stored, c.suppression_reason, c.contributors_band, c.mean::float8 AS mean, c.pooled_rate::float8 AS pooled_rate,
              c.median::float8 AS median, c.p25::float8 AS p25, c.p75::float8 AS p75, own.value::float8 AS own
         FROM period p
         JOIN peer_group g ON g.programme_id = p.programme_id AND ($4::uuid IS NULL OR g.id = $4)
         JOIN programme_indicator pi ON pi.programme_id = p.programme_id
         JOIN indicator i ON i.id = pi.indicator_id
         JOIN unnest($5::text[], $6::text[]) AS k(periodicity, kind) ON k.periodicity = i.periodicity AND k.kind = p.kind
         LEFT JOIN benchmark_cell c ON c.period_id = p.id AND c.peer_group_id = g.id AND c.indicator_id = i.id
         LEFT JOIN own ON own.indicator_id = i.id
        WHERE p.id = $2 AND p.programme_id = $1
        ORDER BY g.basis, g.name, pi.position`,
      [programmeId, periodId, officeId, peerGroupId, PERIODICITY_KINDS.map(([p]) => p), PERIODICITY_KINDS.map(([, k]) => k)],
    );
    const groups = new Map<string, PeerGroupEntity>();
    const indicators = new Map<string, IndicatorEntity>();
    return rows.map((r) => {
      const group =
        groups.get(r.g_id as string) ??
        ({ id: r.g_id, programmeId: r.g_programme_id, name: r.g_name, basis: r.g_basis, criterion: r.g_criterion } as PeerGroupEntity);
      groups.set(group.id, group);
      const indicator =
        indicators.get(r.id as string) ??
        ({
          id: r.id,
          code: r.code,
          version: r.version,
          namePl: r.name_pl,
          nameEn: r.name_en,
          unit: r.unit,
          direction: r.direction,
          periodicity: r.periodicity,
          inputKind: r.input_kind,
          scale: r.scale,
          numeratorLabelPl: r.numerator_label_pl,
          denominatorLabelPl: r.denominator_label_pl,
          numeratorLabelEn: r.numerator_label_en,
          denominatorLabelEn: r.denominator_label_en,
          minValue: r.min_value,
          maxValue: r.max_value,
          cafCriterion: r.caf_criterion,
        } as IndicatorEntity);
      indicators.set(indicator.id, indicator);
      return {
        group,
        indicator,
        own: r.own as number | null,
        suppressionReason: r.stored ? (r.suppression_reason as StoredCellRow['suppressionReason']) : undefined,
        contributorsBand: r.contributors_band as string | null,
        mean: r.mean as number | null,
        pooledRate: r.pooled_rate as number | null,
        median: r.median as number | null,
        p25: r.p25 as number | null,
        p75: r.p75 as number | null,
      };
    });
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
