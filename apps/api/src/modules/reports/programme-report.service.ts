import { Injectable } from '@nestjs/common';
import {
  type Actor,
  CAF_CYCLE_STATES,
  type Direction,
  isUuid,
  type Language,
  mayReviewProgramme,
  PROGRESS_STATUSES,
} from '@officebench/domain';
import { forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkRepository } from '../benchmark/benchmark.repository';
import { BenchmarkService } from '../benchmark/benchmark.service';
import { CafCyclesService } from '../caf/caf-cycles.service';
import type { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { CompletenessService } from '../submissions/completeness.service';
import { TargetsService } from '../targets/targets.service';
import {
  type AppendixOffice,
  buildProgrammeReport,
  COMPLETENESS_STATUSES,
  type CafSection,
  type CompletenessRow,
  type CompletenessStatus,
  type IndicatorDistribution,
  type PracticeSection,
  type ProgrammeReportData,
  programmeReportFilename,
  quantileSummary,
  type ReportIndicator,
  type TargetRow,
} from './programme-report.document';
import { type AppendixOfficeRow, ProgrammeReportRepository } from './programme-report.repository';
import { renderPdfInBackground } from './pdf/pdf-renderer';

export interface ReportProgress {
  (done: number /* 0..1 */, step: 'gathering' | 'offices' | 'rendering'): void | Promise<void>;
}

/** Offices read per statement for the appendix: short statements at national scale (2,800 offices: 14). */
export const APPENDIX_BATCH = 200;

/**
 * Where each step ends on the one 0..1 scale the job reports (monotonic): the lead's services, the appendix's offices, pdfmake's layout
 * (most of the time at national scale is spent laying out the appendix pages).
 */
const GATHERED = 0.15;
const OFFICES_READ = 0.3;

type Unpromised<T> = T extends Promise<infer U> ? U : never;
type ProgressRows = Unpromised<ReturnType<TargetsService['programmeProgress']>>;
type CafProgramme = Unpromised<ReturnType<CafCyclesService['programme']>>;

const reportIndicator = (entity: IndicatorEntity): ReportIndicator => ({
  code: entity.code,
  name: entity.namePl,
  nameEn: entity.nameEn,
  unit: entity.unit,
  direction: entity.direction as Direction,
});

/**
 * The programme report (PDF) for the programme's lead: completeness, distributions, target progress, CAF progress, the practice
 * database's growth and one appendix page per office. Its numbers come from the services behind the lead's own queries (completeness,
 * distribution, programmeProgress, cafProgramme), called as the lead, one after another; only the appendix's offices are read by this
 * module's repository, APPENDIX_BATCH at a time, under the lead's row-level security. The document is laid out on the PDF worker thread.
 */
@Injectable()
export class ProgrammeReportService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: ProgrammeReportRepository,
    private readonly benchmarkRepository: BenchmarkRepository,
    private readonly benchmarks: BenchmarkService,
    private readonly completeness: CompletenessService,
    private readonly targets: TargetsService,
    private readonly caf: CafCyclesService,
  ) {}

  async make(
    actor: Actor,
    programmeId: string,
    periodId: string,
    language: Language,
    onProgress: ReportProgress,
  ): Promise<{ content: Buffer; pageCount: number; filename: string }> {
    if (!isUuid(programmeId)) throw notFound('Programme');
    if (!mayReviewProgramme(actor, programmeId)) throw forbidden();
    if (!isUuid(periodId)) throw notFound('Period');
    const now = new Date();
    await onProgress(0, 'gathering');
    const gathered = await this.gather(actor, programmeId, periodId, now, (fraction) => onProgress(fraction * GATHERED, 'gathering'));
    const offices = await this.offices(actor, programmeId, periodId, gathered.facts.offices, (fraction) =>
      onProgress(GATHERED + fraction * (OFFICES_READ - GATHERED), 'offices'),
    );
    const data = this.assemble(gathered, offices, now);
    const doc = buildProgrammeReport(data, language);
    let last = OFFICES_READ;
    let pending: Promise<void> | void = onProgress(last, 'rendering');
    const content = await renderPdfInBackground(doc, (fraction) => {
      const done = OFFICES_READ + Math.min(Math.max(fraction, 0), 1) * (1 - OFFICES_READ) * 0.99;
      if (done <= last) return;
      last = done;
      pending = Promise.resolve(pending).then(() => onProgress(done, 'rendering'));
    });
    await pending;
    await onProgress(1, 'rendering');
    return {
      content,
      pageCount: pdfPageCount(content),
      filename: programmeReportFilename(gathered.facts.programmeCode, gathered.facts.periodLabel, language),
    };
  }

  /** The programme-wide figures, each from the service behind the lead's query of the same name. */
  private async gather(actor: Actor, programmeId: string, periodId: string, now: Date, progress: (fraction: number) => unknown) {
    const { facts, indicators } = await this.scoped.run(actor, async (manager) => {
      const facts = await this.repository.facts(manager, programmeId, periodId);
      if (!facts) throw notFound('Period');
      const period = await this.benchmarkRepository.period(manager, programmeId, periodId);
      return { facts, indicators: await this.benchmarkRepository.indicators(manager, programmeId, period) };
    });
    const steps = indicators.length + 4;
    let step = 0;
    const advance = async () => {
      step += 1;
      await progress(step / steps);
    };
    // One period's rows only: all of a national programme's periods are 140,000 rows, past the statement timeout.
    const completeness = await this.completeness.forProgramme(actor, programmeId, periodId);
    await advance();
    const values: Array<{ indicator: IndicatorEntity; rows: Unpromised<ReturnType<BenchmarkService['distribution']>> }> = [];
    for (const indicator of indicators) {
      values.push({ indicator, rows: await this.benchmarks.distribution(actor, programmeId, periodId, indicator.code) });
      await advance();
    }
    const progressRows = await this.targets.programmeProgress(actor, programmeId, now);
    await advance();
    const caf = await this.caf.programme(actor, programmeId);
    await advance();
    const practices = await this.scoped.run(actor, async (manager) => ({
      quarters: await this.repository.practiceQuarters(manager, programmeId),
      criteria: await this.repository.practiceCriteria(manager),
      years: await this.repository.practiceYears(manager),
    }));
    await advance();
    return { facts, indicators, completeness, values, progressRows, caf, practices };
  }

  /** The appendix's offices in the programme's order, APPENDIX_BATCH per statement, each batch in its own short transaction. */
  private async offices(
    actor: Actor,
    programmeId: string,
    periodId: string,
    expected: number,
    progress: (fraction: number) => unknown,
  ): Promise<AppendixOfficeRow[]> {
    const rows: AppendixOfficeRow[] = [];
    for (;;) {
      const after = rows.length === 0 ? -1 : rows[rows.length - 1].position;
      const batch = await this.scoped.run(actor, (manager) =>
        this.repository.officeBatch(manager, programmeId, periodId, after, APPENDIX_BATCH),
      );
      rows.push(...batch);
      await progress(expected === 0 ? 1 : Math.min(rows.length / expected, 1));
      if (batch.length < APPENDIX_BATCH) return rows;
    }
  }

  private assemble(
    gathered: Unpromised<ReturnType<ProgrammeReportService['gather']>>,
    offices: AppendixOfficeRow[],
    now: Date,
  ): ProgrammeReportData {
    const { facts, completeness, values, progressRows, caf, practices } = gathered;
    const statusOf = new Map(completeness.map((row) => [row.officeId, row.status]));
    const distributions: IndicatorDistribution[] = values.map(({ indicator, rows }) => {
      const shown = rows.filter((row) => row.value !== null);
      return {
        indicator: reportIndicator(indicator),
        stats: quantileSummary(shown.map((row) => row.value as number)),
        approved: shown.filter((row) => row.status === 'APPROVED').length,
      };
    });
    const progressByOffice = new Map<string, ProgressRows[number]['offices']>();
    for (const summary of progressRows)
      for (const row of summary.offices) progressByOffice.set(row.officeId, [...(progressByOffice.get(row.officeId) ?? []), row]);
    const cafByOffice = new Map(caf.offices.map((office) => [office.officeId, office]));
    const toIndicator = (model: ProgressRows[number]['target']['indicator']): ReportIndicator => ({
      code: model.code,
      name: model.name,
      nameEn: model.nameEn,
      unit: model.unit,
      direction: model.direction,
    });
    const appendix: AppendixOffice[] = offices.map((office) => {
      const cafOffice = cafByOffice.get(office.officeId);
      return {
        officeId: office.officeId,
        name: office.name,
        kind: office.kind,
        region: office.region,
        status: statusOf.get(office.officeId) ?? null,
        values: distributions.map(({ indicator, stats }, index) => ({
          indicator,
          value: office.values[values[index].indicator.id] ?? null,
          median: stats?.median ?? null,
        })),
        targets: (progressByOffice.get(office.officeId) ?? []).map((row) => ({
          indicator: toIndicator(row.target.indicator),
          kind: row.target.kind,
          value: row.target.value,
          baseline: row.baseline,
          latest: row.latest,
          change: row.change,
          status: row.status,
        })),
        caf: cafOffice
          ? {
              closedCycles: cafOffice.cycles.filter((cycle) => cycle.state === 'CLOSED').length,
              latestTotal: cafOffice.latestTotal,
              change: cafOffice.change,
              meetsTarget: cafOffice.meetsTarget,
            }
          : null,
      };
    });
    return {
      generatedAt: now,
      programme: { name: facts.programmeName, code: facts.programmeCode },
      period: {
        label: facts.periodLabel,
        startsOn: facts.startsOn,
        endsOn: facts.endsOn,
        deadline: new Date(facts.deadline),
        releasedAt: facts.releasedAt && new Date(facts.releasedAt),
      },
      offices: facts.offices,
      completeness: completenessByKind(offices, statusOf),
      distributions,
      targets: progressRows.map((summary): TargetRow => {
        const byStatus = Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, 0])) as TargetRow['byStatus'];
        for (const row of summary.offices) byStatus[row.status] += 1;
        return {
          indicator: toIndicator(summary.target.indicator),
          kind: summary.target.kind,
          value: summary.target.value,
          dueOn: summary.target.dueOn,
          offices: summary.offices.length,
          officesWithData: summary.officesWithData,
          officesOnTrack: summary.officesOnTrack,
          byStatus,
          baselineMean: summary.baselineMean,
          latestMean: summary.latestMean,
        };
      }),
      caf: cafSection(caf),
      practices: practiceSection(practices),
      appendix,
    };
  }
}

/** Every office and each kind present, by the status of the office's submission in the period (none: MISSING). */
function completenessByKind(offices: readonly AppendixOfficeRow[], statusOf: ReadonlyMap<string, string | null>): CompletenessRow[] {
  const empty = (): Record<CompletenessStatus, number> =>
    Object.fromEntries(COMPLETENESS_STATUSES.map((status) => [status, 0])) as Record<CompletenessStatus, number>;
  const all: CompletenessRow = { kind: null, offices: 0, counts: empty() };
  const byKind = new Map<string, CompletenessRow>();
  for (const office of offices) {
    const status = (statusOf.get(office.officeId) ?? 'MISSING') as CompletenessStatus;
    const row = byKind.get(office.kind) ?? { kind: office.kind, offices: 0, counts: empty() };
    byKind.set(office.kind, row);
    for (const target of [all, row]) {
      target.offices += 1;
      target.counts[status] += 1;
    }
  }
  return [all, ...[...byKind.values()].sort((a, b) => b.offices - a.offices)];
}

function cafSection(caf: CafProgramme): CafSection {
  const cycles = caf.offices.flatMap((office) => office.cycles);
  const cyclesByState = Object.fromEntries(
    CAF_CYCLE_STATES.map((state) => [state, cycles.filter((cycle) => cycle.state === state).length]),
  ) as CafSection['cyclesByState'];
  const latest = caf.offices.map((office) => office.latestTotal).filter((total): total is number => total !== null);
  const changes = caf.offices.map((office) => office.change).filter((change): change is number => change !== null);
  return {
    targetChange: caf.targetChange,
    cyclesByState,
    officesWithCycles: caf.offices.filter((office) => office.cycles.length > 0).length,
    officesWithChange: changes.length,
    officesMeetingTarget: caf.officesMeetingTarget,
    meanChange: caf.meanChange,
    latestTotals: quantileSummary(latest),
    changes: quantileSummary(changes),
  };
}

function practiceSection(practices: {
  quarters: Array<{ quarter: string | null; fromSources: boolean; practices: number; programmePractices: number }>;
  criteria: Array<{ criterion: number; practices: number }>;
  years: Array<{ year: number | null; practices: number }>;
}): PracticeSection {
  const fromSources = practices.quarters.filter((row) => row.fromSources).reduce((sum, row) => sum + row.practices, 0);
  let cumulative = fromSources;
  const quarters = practices.quarters
    .filter((row): row is typeof row & { quarter: string } => !row.fromSources && row.quarter !== null)
    .map((row) => {
      cumulative += row.practices;
      return { quarter: row.quarter, practices: row.practices, cumulative };
    });
  return {
    total: practices.quarters.reduce((sum, row) => sum + row.practices, 0),
    programmeTotal: practices.quarters.reduce((sum, row) => sum + row.programmePractices, 0),
    fromSources,
    quarters,
    criteria: practices.criteria,
    years: practices.years,
  };
}

/** The page count pdfkit writes in the page tree's root (`/Type /Pages ... /Count N`). */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const match = /\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/.exec(text) ?? /\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages/.exec(text);
  return match ? Number(match[1]) : 0;
}
