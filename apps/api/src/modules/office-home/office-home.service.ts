import { Injectable } from '@nestjs/common';
import {
  type Actor,
  defaultPeerGroup,
  type Direction,
  isHandedIn,
  isUuid,
  latestChange,
  mayReadOfficeData,
  officeTasks,
  ownQuartile,
  type PeriodKind,
  periodKindFor,
  versusMean,
} from '@officebench/domain';
import { forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { type CachedCell, PublishedCache } from '../benchmark/published-cache.service';
import type { IndicatorEntity } from '../indicators/entities/indicator.entity';
import type { IndicatorModel } from '../indicators/models/indicator.model';
import { OfficeModel } from '../offices/models/office.model';
import { PeerGroupModel } from '../peer-groups/models/peer-group.model';
import type { PeriodEntity } from '../periods/entities/period.entity';
import { PeriodModel } from '../periods/models/period.model';
import { type OfficeProgressRow, TargetsService } from '../targets/targets.service';
import { OfficeHomeRepository, type OwnValueRow } from './office-home.repository';
import type { OfficeScorecardModel, ScorecardLineModel } from './models/office-scorecard.model';

/** The resolvers of OfficeProgress turn the progress's ids into offices and periods. */
export type ScorecardLine = Omit<ScorecardLineModel, 'progress'> & { progress: OfficeProgressRow | null };
export type OfficeScorecard = Omit<OfficeScorecardModel, 'lines'> & { lines: ScorecardLine[] };

/** How many released periods a line's small trend shows. */
const TREND_PERIODS = 8;

/**
 * The office's home in one answer: its open periods with what is left to do, and every indicator with
 * the latest value, the change, the standing against one peer group (released cells only, as the
 * benchmark query) and the progress to the target. Rules in libs/domain/src/scorecard.ts.
 */
@Injectable()
export class OfficeHomeService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: OfficeHomeRepository,
    private readonly cache: PublishedCache,
    private readonly targets: TargetsService,
  ) {}

  async scorecard(
    actor: Actor,
    programmeId: string,
    officeId: string,
    peerGroupId: string | null,
    now = new Date(),
  ): Promise<OfficeScorecard> {
    if (!isUuid(programmeId) || !isUuid(officeId)) throw notFound('Office');
    if (!mayReadOfficeData(actor, programmeId, officeId)) throw forbidden();
    if (peerGroupId !== null && !isUuid(peerGroupId)) throw notFound('Peer group');
    const progress = await this.targets.officeProgress(actor, programmeId, officeId, now);
    return this.scoped.run(actor, async (manager) => {
      const [office, published, periods, values] = await Promise.all([
        this.repository.office(manager, programmeId, officeId),
        this.repository.publishedState(manager, programmeId),
        this.repository.periods(manager, programmeId),
        this.repository.ownValues(manager, programmeId, officeId),
      ]);
      const programme = await this.cache.programme(programmeId, published.revision, manager);
      const groups = programme.groups.map(({ entity }) => entity);
      const indicators = programme.indicators.map(({ entity }) => entity);
      const group = peerGroupId === null ? defaultPeerGroup(groups, office.kind) : groups.find(({ id }) => id === peerGroupId);
      if (group === undefined) throw notFound('Peer group');
      const released = periods.filter((period) => published.stamps.has(period.id));
      // The periods the lines show: the latest TREND_PERIODS released of each kind.
      const shown = [...new Set(released.map(({ kind }) => kind))].flatMap((kind) =>
        released.filter((period) => period.kind === kind).slice(-TREND_PERIODS),
      );
      const cached = new Map(
        await Promise.all(
          shown.map(async ({ id }) => [id, await this.cache.period(id, published.stamps.get(id) as string, manager)] as const),
        ),
      );
      const cellOf = (periodId: string, indicatorId: string) =>
        group === null ? undefined : cached.get(periodId)?.cell(group.id, indicatorId);
      const periodModels = new Map(periods.map((period) => [period.id, PeriodModel.from(period)]));
      const lines = programme.indicators.map(({ entity: indicator, model }) =>
        this.line(
          indicator,
          model,
          periods,
          released,
          values,
          cellOf,
          periodModels,
          progress.find((row) => row.target.indicator.code === indicator.code) ?? null,
        ),
      );
      return {
        office: OfficeModel.from(office),
        peerGroups: programme.groups.map(({ model }) => model),
        peerGroup: group && PeerGroupModel.from(group),
        tasks: this.tasks(periods, indicators, values, now).map((task) => ({
          ...task,
          period: periodModels.get(task.period.id) as PeriodModel,
        })),
        lines,
      };
    });
  }

  private tasks(periods: PeriodEntity[], indicators: IndicatorEntity[], values: OwnValueRow[], now: Date) {
    // The indicators each kind of period asks for: what is counted as filled, and how many are expected.
    const ofKind = new Map<string, Set<string>>();
    for (const indicator of indicators) {
      const kind = periodKindFor(indicator.periodicity);
      ofKind.set(kind, (ofKind.get(kind) ?? new Set()).add(indicator.id));
    }
    const submissions = new Map<string, { status: OwnValueRow['status']; returnReason: string | null; filledCount: number }>();
    const kindOf = new Map(periods.map((period) => [period.id, period.kind]));
    for (const row of values) {
      const entry = submissions.get(row.periodId) ?? { status: row.status, returnReason: row.returnReason, filledCount: 0 };
      const counted = row.indicatorId !== null && ofKind.get(kindOf.get(row.periodId) as PeriodKind)?.has(row.indicatorId);
      submissions.set(row.periodId, { ...entry, filledCount: entry.filledCount + (counted ? 1 : 0) });
    }
    return officeTasks(periods, submissions, (period) => ofKind.get(period.kind)?.size ?? 0, now).map((task) => ({
      ...task,
      returnReason: task.status === 'RETURNED' ? (submissions.get(task.period.id)?.returnReason ?? null) : null,
    }));
  }

  private line(
    indicator: IndicatorEntity,
    indicatorModel: IndicatorModel,
    periods: PeriodEntity[],
    released: PeriodEntity[],
    values: OwnValueRow[],
    cellOf: (periodId: string, indicatorId: string) => CachedCell | undefined,
    periodModels: Map<string, PeriodModel>,
    progress: OfficeProgressRow | null,
  ): ScorecardLine {
    const kind = periodKindFor(indicator.periodicity);
    const endsOn = new Map(periods.map((period) => [period.id, period.endsOn]));
    const own = values.filter((row) => row.indicatorId === indicator.id && row.value !== null);
    const valueIn = (periodId: string) => own.find((row) => row.periodId === periodId)?.value ?? null;
    const handedIn = own
      .filter((row) => isHandedIn(row.status) && endsOn.has(row.periodId))
      .map((row) => ({ periodId: row.periodId, endsOn: endsOn.get(row.periodId) as string, value: row.value as number }));
    const { latest, previous, change } = latestChange(handedIn);
    const ofKind = released.filter((period) => period.kind === kind).slice(-TREND_PERIODS);
    const cellIn = (periodId: string) => cellOf(periodId, indicator.id);
    const compared = ofKind.at(-1) ?? null;
    const cell = compared ? cellIn(compared.id) : undefined;
    const ownCompared = compared ? valueIn(compared.id) : null;
    const published = cell !== undefined && cell.suppressionReason === null;
    const reason = cell ? cell.suppressionReason : 'NOT_RELEASED';
    const mean = published ? cell.mean : null;
    return {
      indicator: indicatorModel,
      latest: latest?.value ?? null,
      latestPeriod: latest ? (periodModels.get(latest.periodId) ?? null) : null,
      previous: previous?.value ?? null,
      previousPeriod: previous ? (periodModels.get(previous.periodId) ?? null) : null,
      change,
      comparedPeriod: compared ? (periodModels.get(compared.id) ?? null) : null,
      own: ownCompared,
      suppressed: !published,
      suppressionReason: published ? null : reason,
      mean,
      median: published ? cell.median : null,
      ownQuartile: published ? ownQuartile(ownCompared, cell) : null,
      versusMean: versusMean(ownCompared, mean, indicator.direction as Direction),
      progress,
      trend: ofKind.map((period) => {
        const point = cellIn(period.id);
        return {
          period: periodModels.get(period.id) as PeriodModel,
          own: valueIn(period.id),
          peerMean: point && point.suppressionReason === null ? point.mean : null,
        };
      }),
    };
  }
}
