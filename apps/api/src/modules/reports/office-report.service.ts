import { Injectable } from '@nestjs/common';
import { type Actor, CAF_CRITERIA, type Direction, isUuid, type Language, standingRank, versusMean } from '@officebench/domain';
import { AppError } from '../../common/errors';
import { BenchmarkService } from '../benchmark/benchmark.service';
import { CafCyclesService } from '../caf/caf-cycles.service';
import { PracticeSuggestionsService } from '../good-practices/practice-suggestions.service';
import { OfficeHomeService } from '../office-home/office-home.service';
import type { PeriodModel } from '../periods/models/period.model';
import { ProgrammesService } from '../programmes/programmes.service';
import type { OfficeReportData, ReportRow } from './office-report.document';
import { reportMessage } from './report-messages';

/** How many released periods a trend shows, up to the report's period (as the scorecard's small trends). */
const TREND_PERIODS = 8;

export interface OfficeReportRequest {
  programmeId: string | undefined;
  officeId: string | undefined;
  periodId: string | undefined;
  peerGroupId: string | undefined;
}

/**
 * The period a report is of: the one asked for, else the latest released quarter or year (a quarter before a year ending the same day;
 * CAF periods only when asked for: the report's CAF section shows the latest closed self-assessment anyway).
 */
export function reportPeriod(periods: readonly PeriodModel[], periodId: string | null): PeriodModel | null {
  if (periodId !== null) return periods.find(({ id }) => id === periodId) ?? null;
  const released = periods.filter((period) => period.releasedAt !== null && period.kind !== 'CAF_CYCLE');
  const rank = (period: PeriodModel) => (period.kind === 'QUARTER' ? 1 : 0);
  return (
    [...released].sort((a, b) => b.endsOn.getTime() - a.endsOn.getTime() || rank(b) - rank(a) || a.label.localeCompare(b.label))[0] ?? null
  );
}

/**
 * One period's benchmark for one office, gathered for the PDF (office-report.document.ts) from the services behind the queries the
 * office's pages use, each called with the caller's actor: the scorecard (OfficeHomeService: access exactly as `officeScorecard`, the
 * peer group, the change and the target progress), the period's cells (BenchmarkService.benchmark: released cells only, the office's own
 * values), the trends (BenchmarkService.trend), the CAF radar (CafCyclesService) and the suggested practices
 * (PracticeSuggestionsService). Nothing here reads the database itself, so the report can show no more than those queries do.
 */
@Injectable()
export class OfficeReportService {
  constructor(
    private readonly officeHome: OfficeHomeService,
    private readonly benchmarks: BenchmarkService,
    private readonly programmes: ProgrammesService,
    private readonly caf: CafCyclesService,
    private readonly practices: PracticeSuggestionsService,
  ) {}

  async gather(actor: Actor, request: OfficeReportRequest, language: Language, now = new Date()): Promise<OfficeReportData> {
    const { programmeId, officeId } = request;
    const bad = (key: Parameters<typeof reportMessage>[0]) => new AppError('BAD_USER_INPUT', reportMessage(key, language));
    if (programmeId === undefined || officeId === undefined) throw bad('report.missingIds');
    if (!isUuid(programmeId)) throw bad('report.badProgrammeId');
    if (!isUuid(officeId)) throw bad('report.badOfficeId');
    if (request.periodId !== undefined && !isUuid(request.periodId)) throw bad('report.badPeriodId');
    if (request.peerGroupId !== undefined && !isUuid(request.peerGroupId)) throw bad('report.badPeerGroupId');

    // Access first, exactly as the officeScorecard query: the office's coordinators and the programme's lead.
    const scorecard = await this.officeHome.scorecard(actor, programmeId, officeId, request.peerGroupId ?? null, now);
    const programme = await this.programmes.findById(actor, programmeId);
    if (programme === null) throw new AppError('NOT_FOUND', reportMessage('report.programmeNotFound', language));
    const loaders = this.programmes.createLoaders();
    const periods = await loaders.periods.load(programmeId);
    const period = reportPeriod(periods, request.periodId ?? null);
    if (period === null) {
      throw new AppError('NOT_FOUND', reportMessage(request.periodId ? 'report.periodNotFound' : 'report.nothingReleased', language));
    }
    const group = scorecard.peerGroup;
    const cells = await this.benchmarks.benchmark(actor, programmeId, period.id, officeId, group?.id ?? null);
    const shownCells = group === null ? [] : cells.filter((cell) => cell.peerGroup.id === group.id);
    const lineOf = new Map(scorecard.lines.map((line) => [line.indicator.code, line]));

    const trends = await Promise.all(
      shownCells.map(async ({ indicator }) => {
        const points = await this.benchmarks.trend(actor, programmeId, officeId, indicator.code, group?.id ?? null);
        const upTo = points.filter((point) => point.period.endsOn.getTime() <= period.endsOn.getTime()).slice(-TREND_PERIODS);
        return { indicator, points: upTo };
      }),
    );
    const trendOf = new Map(trends.map((trend) => [trend.indicator.code, trend.points]));

    const rows: ReportRow[] = shownCells.map((cell) => {
      const { indicator } = cell;
      const line = lineOf.get(indicator.code);
      const published = cell.suppressionReason === null;
      // The change as the scorecard gives it when the report's period is the line's latest; else against the period before with a value.
      let change: number | null = null;
      let changeFrom: string | null = null;
      if (line && line.latestPeriod?.id === period.id) {
        change = line.change;
        changeFrom = line.previousPeriod?.label ?? null;
      } else if (cell.own !== null) {
        const before = (trendOf.get(indicator.code) ?? []).filter((point) => point.period.id !== period.id && point.own !== null).at(-1);
        if (before) {
          change = cell.own - (before.own as number);
          changeFrom = before.period.label;
        }
      }
      return {
        code: indicator.code,
        name: language === 'en' ? indicator.nameEn : indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        own: cell.own,
        change,
        changeFrom,
        suppressionReason: cell.suppressionReason,
        contributorsBand: published ? cell.contributorsBand : null,
        mean: published ? cell.mean : null,
        median: published ? cell.median : null,
        p25: published ? cell.p25 : null,
        p75: published ? cell.p75 : null,
        quartile: published ? cell.ownQuartile : null,
        standing: published ? standingRank(cell.ownQuartile, indicator.direction as Direction) : null,
        versusMean: published ? versusMean(cell.own, cell.mean, indicator.direction as Direction) : null,
      };
    });

    const targets = scorecard.lines
      .filter((line) => line.progress !== null)
      .map((line) => {
        const progress = line.progress!;
        const label = (id: string | null) => (id === null ? null : (periods.find((p) => p.id === id)?.label ?? null));
        return {
          code: line.indicator.code,
          name: language === 'en' ? line.indicator.nameEn : line.indicator.name,
          unit: line.indicator.unit,
          kind: progress.target.kind,
          value: progress.target.value,
          dueOn: progress.target.dueOn,
          baseline: progress.baseline,
          baselinePeriod: label(progress.baselinePeriodId),
          latest: progress.latest,
          latestPeriod: label(progress.latestPeriodId),
          change: progress.change,
          status: progress.status,
          onTrack: progress.onTrack,
        };
      });

    const suggestions = group === null ? [] : await this.practices.suggestions(actor, programmeId, period.id, officeId, group.id);

    return {
      language,
      madeAt: now,
      programme: { name: programme.name, isDemo: programme.isDemo },
      office: { name: scorecard.office.name, region: scorecard.office.region },
      period: { id: period.id, label: period.label, released: period.releasedAt !== null },
      peerGroup: group ? { name: group.name } : null,
      rows,
      trends: rows.map((row) => ({
        code: row.code,
        name: row.name,
        unit: row.unit,
        points: (trendOf.get(row.code) ?? []).map((point) => ({
          label: point.period.label,
          own: point.own,
          median: point.suppressed ? null : point.peerMedian,
          mean: point.suppressed ? null : point.peerMean,
        })),
      })),
      targets,
      caf: await this.cafResults(actor, programmeId, officeId, language),
      practices: await Promise.all(
        suggestions.flatMap((suggestion) =>
          suggestion.practices.map(async ({ practice, officeImproved }) => ({
            indicator: language === 'en' ? suggestion.indicator.nameEn : suggestion.indicator.name,
            title: practice.title,
            summary: practice.summary,
            // As the GraphQL field GoodPractice.office resolves it.
            office: (await loaders.office.load(practice.officeId))?.name ?? '',
            officeImproved,
          })),
        ),
      ),
    };
  }

  /** The office's latest closed CAF self-assessment: criterion scores, the total and the released peer means (the radar's data). */
  private async cafResults(actor: Actor, programmeId: string, officeId: string, language: Language): Promise<OfficeReportData['caf']> {
    const office = await this.caf.office(actor, programmeId, officeId);
    const closed = office.cycles.filter((cycle) => cycle.state === 'CLOSED');
    const latest = closed.sort((a, b) => (a.closedAt?.getTime() ?? 0) - (b.closedAt?.getTime() ?? 0)).at(-1);
    if (!latest) return null;
    const radar = await this.caf.radar(actor, latest.id);
    return {
      periodLabel: radar.periodLabel,
      released: radar.released,
      total: radar.total,
      previousTotal: radar.previousTotal,
      criteria: radar.criteria.map((criterion) => ({
        number: criterion.criterion,
        name: CAF_CRITERIA.find((c) => c.number === criterion.criterion)?.name[language] ?? String(criterion.criterion),
        score: criterion.score,
        previousScore: criterion.previousScore,
      })),
      peers: radar.peers.map((peers) => ({
        name: peers.peerGroupName,
        contributorsBand: peers.contributorsBand,
        suppressionReason: peers.suppressionReason,
        means: peers.means,
      })),
    };
  }
}
