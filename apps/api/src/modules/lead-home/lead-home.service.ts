import { Injectable } from '@nestjs/common';
import {
  type Actor,
  awaitsLock,
  awaitsPublication,
  completenessCounts,
  currentPeriod,
  daysToDeadline,
  isUuid,
  MIN_SPREAD_OFFICES,
  mayReviewProgramme,
  PROGRESS_STATUSES,
  rankBySpread,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../common/errors';
import { currentLanguage } from '../../common/request-context';
import { ScopedDatabase } from '../../common/scoped-database';
import { GoodPracticesService } from '../good-practices/good-practices.service';
import { IndicatorModel } from '../indicators/models/indicator.model';
import { PeriodModel } from '../periods/models/period.model';
import { ReleasesRepository } from '../releases/releases.repository';
import { CompletenessService } from '../submissions/completeness.service';
import { TargetsService } from '../targets/targets.service';
import { type HomePeriodRow, LeadHomeRepository } from './lead-home.repository';
import type { HomeTargetModel, IndicatorSpreadModel, LeadHomeModel } from './models/lead-home.model';

/** How many indicators "where offices differ most" lists, and how many newest practices. */
const SPREAD_SHOWN = 4;
const PRACTICES_SHOWN = 3;

/**
 * The lead's home in one answer. It reuses what the other modules compute (completeness, target
 * progress, the changes since a release, the practice search) and adds only the choice of the current
 * period, the to-do list and the spread ranking (rules in libs/domain/src/lead-home.ts).
 */
@Injectable()
export class LeadHomeService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: LeadHomeRepository,
    private readonly releases: ReleasesRepository,
    private readonly completeness: CompletenessService,
    private readonly targets: TargetsService,
    private readonly practices: GoodPracticesService,
  ) {}

  async home(actor: Actor, programmeId: string, now = new Date()): Promise<LeadHomeModel> {
    if (!isUuid(programmeId)) throw notFound('Programme');
    if (!mayReviewProgramme(actor, programmeId)) throw forbidden();
    const rows = await this.completeness.forProgramme(actor, programmeId);
    const { periods, periodsToPublish, spread } = await this.scoped.run(actor, async (manager) => {
      const periods = await this.repository.periods(manager, programmeId);
      return {
        periods,
        periodsToPublish: await this.toPublish(manager, programmeId, periods, now),
        spread: await this.spread(manager, programmeId, periods),
      };
    });
    const current = currentPeriod(periods, now);
    const practices = await this.practices.search(
      actor,
      { query: null, filter: null, first: PRACTICES_SHOWN, after: null },
      currentLanguage(),
    );
    return {
      currentPeriod: current && PeriodModel.from(current),
      daysToDeadline: current && daysToDeadline(current.deadline, now),
      completeness:
        current &&
        completenessCounts(
          rows.filter((row) => row.periodId === current.id),
          current.deadline,
          now,
        ),
      targets: await this.targetCounts(actor, programmeId),
      spread,
      waiting: {
        submissionsToReview: rows.filter((row) => row.status === 'SUBMITTED').length,
        periodsToLock: periods.filter((period) => awaitsLock(period, now)).map((period) => PeriodModel.from(period)),
        periodsToPublish,
      },
      newestPractices: practices.edges.map((edge) => edge.node),
    };
  }

  /** Periods past their deadline whose results are not published as they stand (changes since a release from the releases module). */
  private async toPublish(manager: EntityManager, programmeId: string, periods: HomePeriodRow[], now: Date): Promise<PeriodModel[]> {
    const waiting: PeriodModel[] = [];
    for (const period of periods) {
      if (period.deadline.getTime() >= now.getTime()) continue;
      const changed =
        period.releases > 0 && (await this.releases.changesSinceRelease(manager, period.id, programmeId, period.releases)).length > 0;
      if (awaitsPublication(period, changed, now)) waiting.push(PeriodModel.from(period));
    }
    return waiting;
  }

  /** "Where offices differ most": each indicator in its latest period with enough approved values, ranked by relativeSpread. */
  private async spread(manager: EntityManager, programmeId: string, periods: HomePeriodRow[]): Promise<IndicatorSpreadModel[]> {
    const ranked = rankBySpread(await this.repository.spreadCells(manager, programmeId, MIN_SPREAD_OFFICES), SPREAD_SHOWN);
    const indicators = new Map(
      (
        await this.repository.indicatorsByIds(
          manager,
          ranked.map((cell) => cell.indicatorId),
        )
      ).map((indicator) => [indicator.id, indicator]),
    );
    const periodsById = new Map(periods.map((period) => [period.id, period]));
    return ranked.flatMap((cell) => {
      const indicator = indicators.get(cell.indicatorId);
      const period = periodsById.get(cell.periodId);
      if (!indicator || !period) return [];
      return [
        { indicator: IndicatorModel.from(indicator), period: PeriodModel.from(period), offices: cell.offices, relativeSpread: cell.spread },
      ];
    });
  }

  /** Per target, the offices in each of the targets module's statuses. */
  private async targetCounts(actor: Actor, programmeId: string): Promise<HomeTargetModel[]> {
    return (await this.targets.programmeProgress(actor, programmeId)).map((summary) => ({
      target: summary.target,
      offices: summary.offices.length,
      officesWithData: summary.officesWithData,
      officesOnTrack: summary.officesOnTrack,
      byStatus: PROGRESS_STATUSES.map((status) => ({
        status,
        offices: summary.offices.filter((office) => office.status === status).length,
      })),
    }));
  }
}
