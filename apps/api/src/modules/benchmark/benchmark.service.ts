import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type SuppressionReason,
  mayReadOfficeData,
  mayReviewProgramme,
  ownQuartile,
  periodKindFor,
  isUuid,
} from '@officebench/domain';
import { forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { PeriodModel } from '../periods/models/period.model';
import { BenchmarkRepository, type OfficeValueRow } from './benchmark.repository';
import type { BenchmarkCellModel } from './models/benchmark-cell.model';
import type { TrendPointModel } from './models/trend-point.model';
import { type CachedCell, PublishedCache } from './published-cache.service';

export type { OfficeValueRow } from './benchmark.repository';

/** A cell as shown: a stored one, or one never released. */
type ShownCell = Omit<CachedCell, 'suppressionReason'> & { suppressionReason: SuppressionReason | null };

/** A cell of a period that was never released (or a group or indicator added since its release). */
const NOT_RELEASED: ShownCell = {
  indicatorId: '',
  groupId: '',
  suppressionReason: 'NOT_RELEASED',
  contributorsBand: null,
  mean: null,
  pooledRate: null,
  median: null,
  p25: null,
  p75: null,
};

/** What an office may see of its peers (stored cells only) and what a lead sees of everyone (live). */
@Injectable()
export class BenchmarkService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: BenchmarkRepository,
    private readonly cache: PublishedCache,
  ) {}

  private officeScope(actor: Actor, programmeId: string, officeId: string): void {
    if (!isUuid(programmeId) || !isUuid(officeId)) throw notFound('Office');
    if (!mayReadOfficeData(actor, programmeId, officeId)) throw forbidden();
  }

  /**
   * Every indicator of the period x one or every peer group, with the office's own value: one round trip
   * for the caller (the period, its release stamp, the programme's revision and the own values), the
   * groups, indicators and cells from the process's cache at that stamp and revision.
   */
  async benchmark(
    actor: Actor,
    programmeId: string,
    periodId: string,
    officeId: string,
    peerGroupId: string | null,
  ): Promise<BenchmarkCellModel[]> {
    this.officeScope(actor, programmeId, officeId);
    if (!isUuid(periodId)) throw notFound('Period');
    if (peerGroupId !== null && !isUuid(peerGroupId)) throw notFound('Peer group');
    const { period, own } = await this.repository.officeRead(this.scoped, actor, programmeId, periodId, officeId);
    if (!period) throw notFound('Period');
    const [programme, released] = await Promise.all([
      this.cache.programme(programmeId, period.revision),
      this.cache.period(periodId, period.stamp),
    ]);
    const groups = peerGroupId === null ? programme.groups : programme.groups.filter(({ entity }) => entity.id === peerGroupId);
    if (groups.length === 0 && peerGroupId !== null) throw notFound('Peer group');
    const indicators = programme.indicators.filter(({ entity }) => periodKindFor(entity.periodicity) === period.kind);
    // One object per cell, its fields written out (no spread): a national answer holds hundreds of cells.
    return groups.flatMap((group) =>
      indicators.map((indicator) => {
        const cell: ShownCell = released.cell(group.entity.id, indicator.entity.id) ?? NOT_RELEASED;
        const value = own.get(indicator.entity.id) ?? null;
        return {
          indicator: indicator.model,
          peerGroup: group.model,
          own: value,
          suppressed: cell.suppressionReason !== null,
          suppressionReason: cell.suppressionReason,
          contributorsBand: cell.contributorsBand,
          mean: cell.mean,
          pooledRate: cell.pooledRate,
          median: cell.median,
          p25: cell.p25,
          p75: cell.p75,
          ownQuartile: ownQuartile(value, cell),
        };
      }),
    );
  }

  /** The office's value against the peer mean and median in every released period of the indicator's kind. */
  async trend(
    actor: Actor,
    programmeId: string,
    officeId: string,
    indicatorCode: string,
    peerGroupId: string | null,
  ): Promise<TrendPointModel[]> {
    this.officeScope(actor, programmeId, officeId);
    return this.scoped.run(actor, async (manager) => {
      const indicator = await this.repository.indicator(manager, programmeId, indicatorCode);
      const [group] = await this.repository.peerGroups(manager, programmeId, peerGroupId ?? 'ALL');
      const periods = await this.repository.releasedPeriods(manager, programmeId, periodKindFor(indicator.periodicity));
      const periodIds = periods.map((p) => p.id);
      const [cells, own] = await Promise.all([
        this.repository.cells(manager, periodIds, [group.id], [indicator.id]),
        this.repository.ownValues(manager, officeId, periodIds, [indicator.id]),
      ]);
      const byPeriod = new Map(cells.map((c) => [c.periodId, c]));
      return periods.map((period) => {
        const cell = byPeriod.get(period.id);
        const reason = cell ? cell.suppressionReason : 'NOT_RELEASED';
        return {
          period: PeriodModel.from(period),
          own: own.get(`${period.id}/${indicator.id}`) ?? null,
          peerMean: cell?.mean ?? null,
          peerMedian: cell?.median ?? null,
          suppressed: reason !== null,
          suppressionReason: reason,
        };
      });
    });
  }

  /** Lead only: every office's current value of one indicator in one period, identified, with status. */
  async distribution(actor: Actor, programmeId: string, periodId: string, indicatorCode: string): Promise<OfficeValueRow[]> {
    if (!isUuid(programmeId)) throw notFound('Programme');
    if (!mayReviewProgramme(actor, programmeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const period = await this.repository.period(manager, programmeId, periodId);
      const indicator = await this.repository.indicator(manager, programmeId, indicatorCode);
      return this.repository.distribution(manager, programmeId, period.id, indicator.id);
    });
  }
}
