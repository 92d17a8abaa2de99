import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, coordinatedOffices, maySeeProgramme, type Periodicity, periodKindFor, type PeriodKind } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import { ImportFailure } from './import-failure';
import { buildTemplate, type TemplateIndicator } from './import-template';

export interface TemplateFile {
  filename: string;
  content: Buffer;
}

const num = (value: string | null) => (value === null ? null : Number(value));

/** The XLSX template of a programme (and period): its structure only, never values, so anyone with a grant in the programme may have it. */
@Injectable()
export class ImportTemplateService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

    const indicatorRows: Array<Record<string, string | boolean | null>> = await this.dataSource.query(
      `SELECT i.code, i.name_pl, i.unit, i.periodicity, i.input_kind, i.scale, i.numerator_label, i.denominator_label, i.min_value, i.max_value, pi.mandatory
         FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
        WHERE pi.programme_id = $1 ORDER BY pi.position`,
      [programmeId],
    );
    const indicators: TemplateIndicator[] = indicatorRows
      .map((r) => ({
        code: r.code as string,
        namePl: r.name_pl as string,
        unit: r.unit as string,
        periodicity: r.periodicity as Periodicity,
        inputKind: r.input_kind as 'VALUE' | 'RATIO',
        scale: Number(r.scale),
        numeratorLabel: r.numerator_label as string | null,
        denominatorLabel: r.denominator_label as string | null,
        minValue: num(r.min_value as string | null),
        maxValue: num(r.max_value as string | null),
        mandatory: r.mandatory as boolean,
      }))
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
