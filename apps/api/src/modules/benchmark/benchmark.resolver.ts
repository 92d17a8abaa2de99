import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { PeerGroupModel } from '../peer-groups/models/peer-group.model';
import { PeriodModel } from '../periods/models/period.model';
import { ProgrammeModel } from '../programmes/models/programme.model';
import { BenchmarkService, type OfficeValueRow } from './benchmark.service';
import { PeerGroupInput, TargetInput } from './dto/benchmark.inputs';
import { BenchmarkCellModel, OfficeProgressModel, OfficeValueModel, TargetModel, TargetSummaryModel, TrendPointModel } from './models/benchmark.models';
import { PeerGroupsService } from './peer-groups.service';
import { ReleaseService } from './release.service';
import { type OfficeProgressRow, TargetsService } from './targets.service';

@Resolver()
export class BenchmarkResolver {
  constructor(
    private readonly benchmarks: BenchmarkService,
    private readonly releases: ReleaseService,
    private readonly peerGroups: PeerGroupsService,
  ) {}

  @Query(() => [BenchmarkCellModel], { description: 'One office against its peers in one period: every indicator x one peer group (all when null)' })
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

  @Query(() => [TrendPointModel], { description: 'The office’s value against its peers over every released period (the all-offices group when no group is given)' })
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

  @Mutation(() => PeriodModel, { description: 'Lead: compute and store the period’s peer statistics (refused while a re-release would let anyone difference a change)' })
  @Access.signedIn()
  releasePeriod(@CurrentActor() actor: Actor, @Args('periodId', { type: () => ID }) periodId: string, @Context('req') req: Request): Promise<PeriodModel> {
    return this.releases.release(actor, periodId, languageOf(req));
  }

  @Mutation(() => PeerGroupModel, { description: 'Lead: a custom peer group (refused when it would single out few offices)' })
  @Access.signedIn()
  createPeerGroup(@CurrentActor() actor: Actor, @Args('input') input: PeerGroupInput, @Context('req') req: Request): Promise<PeerGroupModel> {
    return this.peerGroups.create(actor, input, languageOf(req));
  }

  @Mutation(() => Boolean, { description: 'Lead: delete a custom peer group' })
  @Access.signedIn()
  deletePeerGroup(@CurrentActor() actor: Actor, @Args('peerGroupId', { type: () => ID }) peerGroupId: string, @Context('req') req: Request): Promise<boolean> {
    return this.peerGroups.delete(actor, peerGroupId, languageOf(req));
  }
}

@Resolver(() => TargetModel)
export class TargetsResolver {
  constructor(private readonly targets: TargetsService) {}

  @Mutation(() => TargetModel, { description: 'Lead: set (or replace) the programme’s target for an indicator' })
  @Access.signedIn()
  setTarget(@CurrentActor() actor: Actor, @Args('input') input: TargetInput, @Context('req') req: Request): Promise<TargetModel> {
    return this.targets.set(actor, input, languageOf(req));
  }

  @Mutation(() => Boolean, { description: 'Lead: remove a target' })
  @Access.signedIn()
  removeTarget(@CurrentActor() actor: Actor, @Args('targetId', { type: () => ID }) targetId: string): Promise<boolean> {
    return this.targets.remove(actor, targetId);
  }

  @Query(() => [OfficeProgressModel], { description: 'One office’s progress toward each programme target (its coordinators and the lead)' })
  @Access.signedIn()
  officeProgress(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('officeId', { type: () => ID }) officeId: string,
  ): Promise<OfficeProgressRow[]> {
    return this.targets.officeProgress(actor, programmeId, officeId);
  }

  @Query(() => [TargetSummaryModel], { description: 'Lead only: the programme’s progress toward each target, office by office' })
  @Access.signedIn()
  programmeProgress(@CurrentActor() actor: Actor, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return this.targets.programmeProgress(actor, programmeId);
  }
}

@Resolver(() => ProgrammeModel)
export class ProgrammeTargetsResolver {
  constructor(private readonly service: TargetsService) {}

  @Access.parent()
  @ResolveField(() => [TargetModel])
  targets(@CurrentActor() actor: Actor, @Parent() programme: ProgrammeModel): Promise<TargetModel[]> {
    return this.service.list(actor, programme.id);
  }
}

@Resolver(() => OfficeValueModel)
export class OfficeValueResolver {
  @Access.parent()
  @ResolveField(() => OfficeModel)
  office(@Parent() row: OfficeValueRow, @Context('loaders') loaders: RequestLoaders) {
    return loaders.office.load(row.officeId);
  }
}

@Resolver(() => OfficeProgressModel)
export class OfficeProgressResolver {
  @Access.parent()
  @ResolveField(() => OfficeModel)
  office(@Parent() row: OfficeProgressRow, @Context('loaders') loaders: RequestLoaders) {
    return loaders.office.load(row.officeId);
  }

  @Access.parent()
  @ResolveField(() => PeriodModel, { nullable: true })
  baselinePeriod(@Parent() row: OfficeProgressRow, @Context('loaders') loaders: RequestLoaders) {
    return row.baselinePeriodId ? loaders.period.load(row.baselinePeriodId) : null;
  }

  @Access.parent()
  @ResolveField(() => PeriodModel, { nullable: true })
  latestPeriod(@Parent() row: OfficeProgressRow, @Context('loaders') loaders: RequestLoaders) {
    return row.latestPeriodId ? loaders.period.load(row.latestPeriodId) : null;
  }
}
