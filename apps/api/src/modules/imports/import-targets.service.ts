import { Injectable } from '@nestjs/common';
import { type Actor, coordinatedOffices } from '@officebench/domain';
import { ScopedDatabase } from '../../common/scoped-database';
import { type Importability, importability } from './import-periods';
import { type ImportPeriodRow, ImportRepository } from './import.repository';

/** Which of the caller's offices can take imported values in which periods (the page's choice, the template, the import). */
@Injectable()
export class ImportTargetsService {
  constructor(
    private readonly imports: ImportRepository,
    private readonly scoped: ScopedDatabase,
  ) {}

  /** The offices of the programme the caller coordinates, in programme order. */
  async ownOffices(actor: Actor, programmeId: string): Promise<Array<{ id: string; name: string }>> {
    const own = new Set(
      coordinatedOffices(actor)
        .filter((o) => o.programmeId === programmeId)
        .map((o) => o.officeId),
    );
    if (own.size === 0) return [];
    return (await this.imports.programmeOffices(programmeId)).filter((office) => own.has(office.id));
  }

  /** Each period's importability for these offices, their submissions' statuses read under the caller's scope. */
  async standings(
    actor: Actor,
    offices: ReadonlyArray<{ id: string; name: string }>,
    periods: ReadonlyArray<Pick<ImportPeriodRow, 'id' | 'opens_at' | 'locked_at'>>,
    now = new Date(),
  ): Promise<Map<string, Importability>> {
    const statuses =
      offices.length === 0 || periods.length === 0
        ? []
        : await this.scoped.run(actor, (manager) =>
            this.imports.submissionStatuses(
              manager,
              offices.map((o) => o.id),
              periods.map((p) => p.id),
            ),
          );
    const statusOf = new Map(statuses.map((s) => [`${s.officeId}/${s.periodId}`, s.status]));
    return new Map(
      periods.map((period) => [
        period.id,
        importability(
          { opensAt: period.opens_at, lockedAt: period.locked_at },
          offices.map((office) => ({
            officeId: office.id,
            officeName: office.name,
            status: statusOf.get(`${office.id}/${period.id}`) ?? null,
          })),
          now,
        ),
      ]),
    );
  }
}
