import { Injectable } from '@nestjs/common';
import { type Actor, type Language, formOrder, maySeeProgramme, periodKindFor, isUuid } from '@officebench/domain';
import { ScopedDatabase } from '../../common/scoped-database';
import { ImportFailure } from './import-failure';
import { notImportable } from './import-periods';
import { ImportRepository, type ImportPeriodRow } from './import.repository';
import { buildTemplate, type TemplateValue } from './import-template';
import { ImportTargetsService } from './import-targets.service';

export interface TemplateFile {
  filename: string;
  content: Buffer;
}

/**
 * The XLSX template of a programme (and period). Anyone with a grant in the programme may have its
 * structure; a coordinator's template for a period holds a block per office of theirs that can still
 * take values there, prefilled with what the office has saved (read under row-level security), and is
 * refused, as the import would be, for a period none of them can take values in.
 */
@Injectable()
export class ImportTemplateService {
  constructor(
    private readonly imports: ImportRepository,
    private readonly targets: ImportTargetsService,
    private readonly scoped: ScopedDatabase,
  ) {}

  async template(
    actor: Actor,
    programmeIdParam: string | undefined,
    periodIdParam: string | undefined,
    language: Language,
  ): Promise<TemplateFile> {
    let programmeId = programmeIdParam || null;
    let period: ImportPeriodRow | null = null;
    if (programmeId !== null && !isUuid(programmeId))
      throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'programmeId', expected: 'uuid' });
    if (periodIdParam) {
      if (!isUuid(periodIdParam)) throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'periodId', expected: 'uuid' });
      const row = await this.imports.period(periodIdParam);
      if (!row || (programmeId !== null && row.programme_id !== programmeId)) throw new ImportFailure(404, 'PERIOD_NOT_FOUND');
      programmeId = row.programme_id;
      period = row;
    }
    if (programmeId === null) throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'programmeId', expected: 'uuid' });
    const programme = await this.imports.programme(programmeId);
    if (!programme) throw new ImportFailure(404, 'PROGRAMME_NOT_FOUND');
    if (!maySeeProgramme(actor, programmeId)) throw new ImportFailure(403, 'MAY_NOT_SEE_PROGRAMME');

    const indicators = formOrder(
      (await this.imports.templateIndicators(programmeId)).filter(
        (indicator) => period === null || periodKindFor(indicator.periodicity) === period.kind,
      ),
      (indicator) => indicator.cafCriterion,
    );

    let offices = await this.targets.ownOffices(actor, programmeId);
    const saved = new Map<string, Map<string, TemplateValue>>();
    if (period !== null && offices.length > 0) {
      const standing = (await this.targets.standings(actor, offices, [period])).get(period.id)!;
      const refusal = notImportable({ label: period.label, opensAt: period.opens_at }, standing);
      if (refusal) throw refusal;
      const open = new Set(standing.open.map((o) => o.officeId));
      offices = offices.filter((office) => open.has(office.id));
      const values = await this.scoped.run(actor, (manager) =>
        this.imports.savedValues(
          manager,
          offices.map((o) => o.id),
          period!.id,
        ),
      );
      for (const { officeId, code, ...value } of values) {
        if (!saved.has(officeId)) saved.set(officeId, new Map());
        saved.get(officeId)!.set(code, value);
      }
    }

    const counts = new Map<string, number>();
    for (const office of await this.imports.programmeOffices(programmeId)) counts.set(office.name, (counts.get(office.name) ?? 0) + 1);
    const content = buildTemplate({
      language,
      programmeName: programme.name,
      period: period && { label: period.label },
      offices,
      ambiguousNames: new Set([...counts].filter(([, count]) => count > 1).map(([name]) => name)),
      indicators,
      saved,
    });
    const filename = `import-${programme.code}${period ? `-${period.label}` : ''}.xlsx`.replace(/[^A-Za-z0-9._-]+/g, '-');
    return { filename, content };
  }
}
