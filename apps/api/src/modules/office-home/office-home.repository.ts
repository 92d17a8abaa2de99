import { Injectable } from '@nestjs/common';
import type { SubmissionStatus } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors';
import { RELEASE_STAMP } from '../benchmark/benchmark.repository';
import { OfficeEntity } from '../offices/entities/office.entity';
import { PeriodEntity } from '../periods/entities/period.entity';

/** One value of the office (or none: a submission with nothing saved) with its submission's status. */
export interface OwnValueRow {
  periodId: string;
  status: SubmissionStatus;
  returnReason: string | null;
  indicatorId: string | null;
  value: number | null;
}

/** The SQL of the office's home that the benchmark module does not answer: the office, the periods, its own values with status. */
@Injectable()
export class OfficeHomeRepository {
  /** The office, when it belongs to the programme. */
  async office(manager: EntityManager, programmeId: string, officeId: string): Promise<OfficeEntity> {
    const [office] = await manager
      .createQueryBuilder(OfficeEntity, 'o')
      .innerJoin('programme_office', 'po', 'po.office_id = o.id AND po.programme_id = :programmeId', { programmeId })
      .where('o.id = :officeId', { officeId })
      .getMany();
    if (!office) throw notFound('Office');
    return office;
  }

  /** The programme's revision and the release stamp of each released period, for PublishedCache. */
  async publishedState(manager: EntityManager, programmeId: string): Promise<{ revision: string; stamps: Map<string, string> }> {
    const rows: Array<{ revision: string; periodId: string | null; stamp: string | null }> = await manager.query(
      `SELECT g.revision::text AS revision, p.id AS "periodId", ${RELEASE_STAMP} AS stamp
         FROM programme g LEFT JOIN period p ON p.programme_id = g.id AND p.released_at IS NOT NULL
        WHERE g.id = $1`,
      [programmeId],
    );
    if (rows.length === 0) throw notFound('Office');
    return {
      revision: rows[0].revision,
      stamps: new Map(rows.filter((r) => r.periodId !== null).map((r) => [r.periodId as string, r.stamp as string])),
    };
  }

  /** Every period of the programme, earliest first. */
  periods(manager: EntityManager, programmeId: string): Promise<PeriodEntity[]> {
    return manager.find(PeriodEntity, { where: { programmeId }, order: { startsOn: 'ASC', kind: 'ASC', label: 'ASC' } });
  }

  /**
   * Every submission of the office in the programme, one row per saved value (one row with nulls for a
   * submission with none). Row-level security lets only the office's coordinators and the lead read them.
   */
  ownValues(manager: EntityManager, programmeId: string, officeId: string): Promise<OwnValueRow[]> {
    return manager.query(
      `SELECT s.period_id AS "periodId", s.status, s.return_reason AS "returnReason", v.indicator_id AS "indicatorId", v.value::float8 AS value
         FROM submission s
         LEFT JOIN submission_value v ON v.submission_id = s.id AND v.value IS NOT NULL
        WHERE s.programme_id = $1 AND s.office_id = $2`,
      [programmeId, officeId],
    );
  }
}
