import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OfficeKind } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { SubmissionEntity } from '../submissions/entities/submission.entity';

export interface ExportOfficeRow {
  id: string;
  name: string;
  kind: OfficeKind;
}

/**
 * The little SQL the exports need besides the services they reuse: what a request names (programme,
 * office, period: structure, not values, read as the import template reads it) and the submissions to
 * hand to SubmissionReader, in the caller's scoped transaction (row-level security decides which).
 */
@Injectable()
export class ExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async programme(programmeId: string): Promise<{ name: string; code: string } | null> {
    const [programme] = await this.dataSource.query(`SELECT name, code FROM programme WHERE id = $1`, [programmeId]);
    return programme ?? null;
  }

  /** The office, when it belongs to the programme. */
  async office(programmeId: string, officeId: string): Promise<ExportOfficeRow | null> {
    const [office] = await this.dataSource.query(
      `SELECT o.id, o.name, o.kind FROM programme_office po JOIN office o ON o.id = po.office_id
        WHERE po.programme_id = $1 AND po.office_id = $2`,
      [programmeId, officeId],
    );
    return office ?? null;
  }

  /** The programme's offices in programme order. */
  offices(programmeId: string): Promise<ExportOfficeRow[]> {
    return this.dataSource.query(
      `SELECT o.id, o.name, o.kind FROM programme_office po JOIN office o ON o.id = po.office_id WHERE po.programme_id = $1 ORDER BY po.position`,
      [programmeId],
    );
  }

  async period(programmeId: string, periodId: string): Promise<{ label: string } | null> {
    const [period] = await this.dataSource.query(`SELECT label FROM period WHERE id = $1 AND programme_id = $2`, [periodId, programmeId]);
    return period ?? null;
  }

  /** The programme's submissions the caller may read (of one office, or of one period, when given). */
  submissions(manager: EntityManager, programmeId: string, only: { officeId?: string; periodId?: string }): Promise<SubmissionEntity[]> {
    return manager.find(SubmissionEntity, { where: { programmeId, ...only } });
  }
}
