import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { BenchmarkService, type OfficeValueRow } from './benchmark.service';
import { BenchmarkCellModel } from './models/benchmark-cell.model';
import { OfficeValueModel } from './models/office-value.model';
import { TrendPointModel } from './models/trend-point.model';

/** The peer statistics: released cells for an office and its lead, live identified values for the lead. */
@Resolver()
export class BenchmarkResolver {
  constructor(private readonly benchmarks: BenchmarkService) {}

  @Query(() => [BenchmarkCellModel], {
    description: 'One office against its peers in one period: every indicator x one peer group (all when null)',
  })
  @Access.signedIn()
  benchmark(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('peerGroupId', { type: () => ID, nullable: true }) peerGroupId: string | null,
  ): Promise<BenchmarkCellModel[]> {
    return this.benchmarks.benchmark(actor, programmeId, periodId, officeId, peerGroupId ?? null);
  }

  @Query(() => [TrendPointModel], {
    description: 'The office’s value against its peers over every released period (the all-offices group when no group is given)',
  })
  @Access.signedIn()
  trend(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('indicatorCode') indicatorCode: string,
    @Args('peerGroupId', { type: () => ID, nullable: true }) peerGroupId: string | null,
  ): Promise<TrendPointModel[]> {
    return this.benchmarks.trend(actor, programmeId, officeId, indicatorCode, peerGroupId ?? null);
  }

  @Query(() => [OfficeValueModel], { description: 'Lead only: every office’s current value of one indicator in one period, identified' })
  @Access.signedIn()
  distribution(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('indicatorCode') indicatorCode: string,
  ): Promise<OfficeValueRow[]> {
    return this.benchmarks.distribution(actor, programmeId, periodId, indicatorCode);
  }
}
