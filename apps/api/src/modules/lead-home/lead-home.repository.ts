import { Injectable } from '@nestjs/common';
import { CONTRIBUTING_STATUS } from '@officebench/domain';
import { type EntityManager, In } from 'typeorm';
import { IndicatorEntity } from '../indicators/entities/indicator.entity';
import type { PeriodEntity } from '../periods/entities/period.entity';

/** A period of the programme with how many times it was released. */
export type HomePeriodRow = PeriodEntity & { releases: number };

/** The quartiles of one indicator's approved values in one period (no office value leaves the query). */
export interface SpreadRow {
  indicatorId: string;
  periodId: string;
  offices: number;
  p25: number;
  median: number;
  p75: number;
}

/** The SQL of the lead's home that no other module answers: the periods with their release count, and the spread cells. */
@Injectable()
export class LeadHomeRepository {
  /** Every period of the programme, earliest first. */
  periods(manager: EntityManager, programmeId: string): Promise<HomePeriodRow[]> {
    return manager.query(
      `SELECT id, programme_id AS "programmeId", kind, label, starts_on::text AS "startsOn", ends_on::text AS "endsOn",
              opens_at AS "opensAt", deadline, locked_at AS "lockedAt", released_at AS "releasedAt", releases
         FROM period WHERE programme_id = $1 ORDER BY starts_on, kind, label`,
      [programmeId],
    );
  }

  /**
   * For each indicator of the programme, the quartiles of its approved values in the latest period
   * (by end, then deadline) where at least `minOffices` offices have one. Run in the lead's scope:
   * row-level security shows the lead the programme's submissions. In programme order.
   */
  spreadCells(manager: EntityManager, programmeId: string, minOffices: number): Promise<SpreadRow[]> {
    return manager.query(
      `WITH cells AS (
         SELECT v.indicator_id, s.period_id, count(*)::int AS offices,
                percentile_cont(0.25) WITHIN GROUP (ORDER BY v.value)::float8 AS p25,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY v.value)::float8 AS median,
                percentile_cont(0.75) WITHIN GROUP (ORDER BY v.value)::float8 AS p75
           FROM submission s
           JOIN submission_value v ON v.submission_id = s.id
           JOIN programme_indicator pi ON pi.programme_id = s.programme_id AND pi.indicator_id = v.indicator_id
          WHERE s.programme_id = $1 AND s.status = '${CONTRIBUTING_STATUS}' AND v.value IS NOT NULL
          GROUP BY v.indicator_id, s.period_id
         HAVING count(*) >= $2)
       SELECT latest.* FROM (
         SELECT DISTINCT ON (c.indicator_id)
                c.indicator_id AS "indicatorId", c.period_id AS "periodId", c.offices, c.p25, c.median, c.p75
           FROM cells c JOIN period p ON p.id = c.period_id
          ORDER BY c.indicator_id, p.ends_on DESC, p.deadline DESC) latest
         JOIN programme_indicator pi ON pi.programme_id = $1 AND pi.indicator_id = latest."indicatorId"
        ORDER BY pi.position`,
      [programmeId, minOffices],
    );
  }

  indicatorsByIds(manager: EntityManager, ids: readonly string[]): Promise<IndicatorEntity[]> {
    return manager.findBy(IndicatorEntity, { id: In([...ids]) });
  }
}
