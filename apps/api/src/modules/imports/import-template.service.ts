import { Injectable } from '@nestjs/common';
import { type Actor, coordinatedOffices, maySeeProgramme, periodKindFor, type PeriodKind, isUuid } from '@officebench/domain';
import { SubmissionRepository } from '../submissions/submission.repository';
import { ImportFailure } from './import-failure';
import { ImportRepository } from './import.repository';
import { buildTemplate, type TemplateIndicator } from './import-template';

export interface TemplateFile {
  filename: string;
  content: Buffer;
}

/** The XLSX template of a programme (and period): its structure only, never values, so anyone with a grant in the programme may have it. */
@Injectable()
export class ImportTemplateService {
  constructor(
    private readonly imports: ImportRepository,
    private readonly submissions: SubmissionRepository,
  ) {}

  async template(actor: Actor, programmeIdParam: string | undefined, periodIdParam: string | undefined): Promise<TemplateFile> {
    let programmeId = programmeIdParam || null;
    let period: { label: string; kind: PeriodKind } | null = null;
    if (programmeId !== null && !isUuid(programmeId))
      throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'programmeId', expected: 'uuid' });
    if (periodIdParam) {
      if (!isUuid(periodIdParam)) throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'periodId', expected: 'uuid' });
      const row = await this.imports.period(periodIdParam);
      if (!row || (programmeId !== null && row.programme_id !== programmeId)) throw new ImportFailure(404, 'PERIOD_NOT_FOUND');
      programmeId = row.programme_id;
      period = { label: row.label, kind: row.kind };
    }
    if (programmeId === null) throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'programmeId', expected: 'uuid' });
    const programme = await this.imports.programme(programmeId);
    if (!programme) throw new ImportFailure(404, 'PROGRAMME_NOT_FOUND');
    if (!maySeeProgramme(actor, programmeId)) throw new ImportFailure(403, 'MAY_NOT_SEE_PROGRAMME');

    const indicators: TemplateIndicator[] = [...(await this.submissions.programmeIndicatorsUnscoped(programmeId)).values()].filter(
      (indicator) => period === null || periodKindFor(indicator.periodicity) === period.kind,
    );

    const offices = await this.imports.programmeOffices(programmeId);
    const own = new Set(
      coordinatedOffices(actor)
        .filter((o) => o.programmeId === programmeId)
        .map((o) => o.officeId),
    );
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
