import { Injectable } from '@nestjs/common';
import { type Actor, maySeeProgramme, isUuid } from '@officebench/domain';
import { forbidden, notFound } from '../../common/errors';
import { ImportTargetsService } from './import-targets.service';
import { ImportRepository } from './import.repository';
import type { ImportPeriodModel } from './models/import-period.model';

/** The import page's choice of period: the periods open for entries, each with the caller's offices' standing in it. */
@Injectable()
export class ImportPeriodsService {
  constructor(
    private readonly imports: ImportRepository,
    private readonly targets: ImportTargetsService,
  ) {}

  async forProgramme(actor: Actor, programmeId: string, now = new Date()): Promise<ImportPeriodModel[]> {
    if (!isUuid(programmeId) || !(await this.imports.programme(programmeId))) throw notFound('Programme');
    if (!maySeeProgramme(actor, programmeId)) throw forbidden();
    const offices = await this.targets.ownOffices(actor, programmeId);
    if (offices.length === 0) return [];
    const periods = await this.imports.periodsOf(programmeId);
    const standings = await this.targets.standings(actor, offices, periods, now);
    return periods.flatMap((period) => {
      const standing = standings.get(period.id)!;
      if (standing.state !== 'OPEN') return [];
      const open = new Set(standing.open.map((o) => o.officeId));
      const statusOf = new Map([...standing.open, ...standing.handedIn].map((o) => [o.officeId, o.status]));
      return [
        {
          periodId: period.id,
          importable: standing.importable,
          offices: offices.map((office) => ({
            officeId: office.id,
            officeName: office.name,
            status: statusOf.get(office.id) ?? null,
            importable: open.has(office.id),
          })),
        },
      ];
    });
  }
}
