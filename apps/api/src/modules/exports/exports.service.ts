import { Injectable } from '@nestjs/common';
import {
  type Actor,
  comparisonTable,
  type ComparisonInput,
  type ExportIndicator,
  type ExportPeriod,
  type ExportTable,
  isUuid,
  type Language,
  mayReadOfficeData,
  mayReviewProgramme,
  officeValuesTable,
  programmeValuesTable,
} from '@officebench/domain';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkRepository } from '../benchmark/benchmark.repository';
import { BenchmarkService } from '../benchmark/benchmark.service';
import type { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { OfficeHomeRepository } from '../office-home/office-home.repository';
import type { PeriodEntity } from '../periods/entities/period.entity';
import { CompletenessService } from '../submissions/completeness.service';
import { SubmissionReader } from '../submissions/submission-reader';
import { ExportFailure } from './export-failure';
import { ExportsRepository } from './exports.repository';

/** The office's two tables (its values over time, the released peer statistics it may see) and the file names' subject. */
export interface OfficeExport {
  officeName: string;
  values: ExportTable;
  comparison: ExportTable;
}

export interface ProgrammeExport {
  subject: string;
  values: ExportTable;
}

export function exportIndicator(entity: IndicatorEntity): ExportIndicator {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.namePl,
    nameEn: entity.nameEn,
    unit: entity.unit,
    isRatio: entity.inputKind === 'RATIO',
    numeratorLabel: entity.numeratorLabelPl,
    denominatorLabel: entity.denominatorLabelPl,
    numeratorLabelEn: entity.numeratorLabelEn,
    denominatorLabelEn: entity.denominatorLabelEn,
  };
}

const exportPeriod = (period: PeriodEntity): ExportPeriod => ({
  label: period.label,
  kind: period.kind,
  startsOn: period.startsOn,
  endsOn: period.endsOn,
});

function uuidParameter(name: string, value: string | undefined): string {
  if (typeof value !== 'string' || !isUuid(value)) throw new ExportFailure(400, 'BAD_PARAMETER', { name, expected: 'uuid' });
  return value;
}

/**
 * What the export routes write, read through the services and repositories the GraphQL API answers
 * with, always as the caller (row-level security included): the submissions through SubmissionReader
 * (as the `submission` query), the peer statistics through BenchmarkService (the `benchmark` query, so
 * released cells only), the lead's rows through CompletenessService. Tables laid out by libs/domain's
 * exports.ts; the files written by the controller.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly repository: ExportsRepository,
    private readonly scoped: ScopedDatabase,
    private readonly reader: SubmissionReader,
    private readonly home: OfficeHomeRepository,
    private readonly benchmarkFacts: BenchmarkRepository,
    private readonly benchmarks: BenchmarkService,
    private readonly completeness: CompletenessService,
  ) {}

  /** The office's coordinators and the programme's lead, as the `officeScorecard` and `benchmark` queries. */
  async office(
    actor: Actor,
    params: { programmeId?: string; officeId?: string },
    language: Language,
    now = new Date(),
  ): Promise<OfficeExport> {
    const programmeId = uuidParameter('programmeId', params.programmeId);
    const officeId = uuidParameter('officeId', params.officeId);
    if (!(await this.repository.programme(programmeId))) throw new ExportFailure(404, 'PROGRAMME_NOT_FOUND');
    const office = await this.repository.office(programmeId, officeId);
    if (!office) throw new ExportFailure(404, 'OFFICE_NOT_FOUND');
    if (!mayReadOfficeData(actor, programmeId, officeId)) throw new ExportFailure(403, 'MAY_NOT_READ_OFFICE');

    const { indicators, periods, submissions } = await this.scoped.run(actor, async (manager) => {
      // One connection: the statements one after another.
      const indicatorRows = await this.benchmarkFacts.indicators(manager, programmeId);
      const periodRows = await this.home.periods(manager, programmeId);
      const entities = await this.repository.submissions(manager, programmeId, { officeId });
      return { indicators: indicatorRows, periods: periodRows, submissions: await this.reader.loadMany(manager, entities) };
    });
    const byPeriod = new Map(submissions.map((submission) => [submission.periodId, submission]));
    const shown = periods.filter((period) => period.opensAt <= now || byPeriod.has(period.id));
    const exportIndicators = indicators.map(exportIndicator);
    const values = officeValuesTable({
      language,
      indicators: exportIndicators,
      periods: shown.map((period) => {
        const submission = byPeriod.get(period.id);
        return {
          period: exportPeriod(period),
          status: submission?.status ?? null,
          values: (submission?.values ?? []).map(({ indicatorId, value, numerator, denominator, comment }) => ({
            indicatorId,
            value,
            numerator,
            denominator,
            comment,
          })),
        };
      }),
    });

    // Released periods only: the benchmark query answers NOT_RELEASED for every cell of the others.
    const byCode = new Map(exportIndicators.map((indicator) => [indicator.code, indicator]));
    const rows: ComparisonInput['rows'][number][] = [];
    for (const period of shown.filter(({ releasedAt }) => releasedAt !== null)) {
      const cells = await this.benchmarks.benchmark(actor, programmeId, period.id, officeId, null);
      for (const cell of cells) {
        const indicator = byCode.get(cell.indicator.code);
        if (!indicator) continue;
        rows.push({ period: exportPeriod(period), groupName: cell.peerGroup.name, indicator, cell });
      }
    }
    return { officeName: office.name, values, comparison: comparisonTable({ language, rows }) };
  }

  /** The programme's lead only (the platform admin too only through a lead grant, as the lead's pages). */
  async programme(actor: Actor, params: { programmeId?: string; periodId?: string }, language: Language): Promise<ProgrammeExport> {
    const programmeId = uuidParameter('programmeId', params.programmeId);
    const periodId = params.periodId ? uuidParameter('periodId', params.periodId) : null;
    const programme = await this.repository.programme(programmeId);
    if (!programme) throw new ExportFailure(404, 'PROGRAMME_NOT_FOUND');
    const period = periodId === null ? null : await this.repository.period(programmeId, periodId);
    if (periodId !== null && !period) throw new ExportFailure(404, 'PERIOD_NOT_FOUND');
    if (!mayReviewProgramme(actor, programmeId)) throw new ExportFailure(403, 'LEAD_ONLY');

    const completeness = await this.completeness.forProgramme(actor, programmeId, periodId);
    const { indicators, periods, offices, submissions } = await this.scoped.run(actor, async (manager) => {
      const indicatorRows = await this.benchmarkFacts.indicators(manager, programmeId);
      const periodRows = await this.home.periods(manager, programmeId);
      const officeRows = await this.repository.offices(programmeId);
      const entities = await this.repository.submissions(manager, programmeId, periodId === null ? {} : { periodId });
      return {
        indicators: indicatorRows,
        periods: periodRows,
        offices: officeRows,
        submissions: await this.reader.loadMany(manager, entities),
      };
    });
    const periodById = new Map(periods.map((p) => [p.id, p]));
    const officeById = new Map(offices.map((o) => [o.id, o]));
    const submissionOf = new Map(submissions.map((s) => [`${s.officeId}/${s.periodId}`, s]));
    const values = programmeValuesTable({
      language,
      indicators: indicators.map(exportIndicator),
      rows: completeness.flatMap((row) => {
        const office = officeById.get(row.officeId);
        const rowPeriod = periodById.get(row.periodId);
        if (!office || !rowPeriod) return [];
        const submission = submissionOf.get(`${row.officeId}/${row.periodId}`);
        return [
          {
            office,
            period: exportPeriod(rowPeriod),
            status: submission?.status ?? row.status,
            values: new Map((submission?.values ?? []).map((value) => [value.indicatorId, value.value])),
          },
        ];
      }),
    });
    return { subject: `${programme.code}${period ? ` ${period.label}` : ''}`, values };
  }
}
