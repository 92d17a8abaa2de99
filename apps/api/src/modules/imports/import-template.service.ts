import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, coordinatedOffices, maySeeProgramme, periodKindFor, type PeriodKind } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import { SubmissionRecords } from '../submissions/submission-records';
import { ImportFailure } from './import-failure';
import { buildTemplate, type TemplateIndicator } from './import-template';

export interface TemplateFile {
  filename: string;
  content: Buffer;
}

/** The XLSX template of a programme (and period): its structure only, never values, so anyone with a grant in the programme may have it. */
@Injectable()
export class ImportTemplateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: SubmissionRecords,
  ) {}

  async template(actor: Actor, programmeIdParam: string | undefined, periodIdParam: string | undefined): Promise<TemplateFile> {
    let programmeId = programmeIdParam || null;
    let period: { label: string; kind: PeriodKind } | null = null;
    if (programmeId !== null && !isUuid(programmeId)) throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'programmeId', expected: 'uuid' });
    if (periodIdParam) {
      if (!isUuid(periodIdParam)) throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'periodId', expected: 'uuid' });
      const [row]: Array<{ programme_id: string; label: string; kind: PeriodKind }> = await this.dataSource.query(`SELECT programme_id, label, kind FROM period WHERE id = $1`, [periodIdParam]);
      if (!row || (programmeId !== null && row.programme_id !== programmeId)) throw new ImportFailure(404, 'PERIOD_NOT_FOUND');
      programmeId = row.programme_id;
      period = { label: row.label, kind: row.kind };
    }
    if (programmeId === null) throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'programmeId', expected: 'uuid' });
    const [programme]: Array<{ name: string; code: string }> = await this.dataSource.query(`SELECT name, code FROM programme WHERE id = $1`, [programmeId]);
    if (!programme) throw new ImportFailure(404, 'PROGRAMME_NOT_FOUND');
    if (!maySeeProgramme(actor, programmeId)) throw new ImportFailure(403, 'MAY_NOT_SEE_PROGRAMME');

    const indicators: TemplateIndicator[] = [...(await this.records.programmeIndicators(this.dataSource.manager, programmeId)).values()]
      .filter((indicator) => period === null || periodKindFor(indicator.periodicity) === period.kind);

    const offices: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT o.id, o.name FROM programme_office po JOIN office o ON o.id = po.office_id WHERE po.programme_id = $1 ORDER BY po.position`,
      [programmeId],
    );
    const own = new Set(coordinatedOffices(actor).filter((o) => o.programmeId === programmeId).map((o) => o.officeId));
    const counts = new Map<string, number>();
    for (const office of offices) counts.set(office.name, (counts.get(office.name) ?? 0) + 1);
    const content = buildTemplate({
      programmeName: programme.name,
      period,
      offices: offices.filter((o) => own.has(o.id)),
      ambiguousNames: new Set([...counts].filter(([, count]) => count > 1).map(([name]) => name)),
      indicators,
    });
    const filename = `import-${programme.code}${period ? `-${period.label}` : ''}.xlsx`.replace(/[^A-Za-z0-9._-]+/g, '-');
    return { filename, content };
  }
}
