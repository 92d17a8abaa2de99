import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IndicatorModel } from '../indicators/models/indicator.model';
import { OfficeModel } from '../offices/models/office.model';
import { PeerGroupModel } from '../peer-groups/models/peer-group.model';
import { PeriodModel } from '../periods/models/period.model';
import { ProgrammeModel } from './models/programme.model';
import { ProgrammesService, type ProgrammeLoaders } from './programmes.service';

@Resolver(() => ProgrammeModel)
export class ProgrammesResolver {
  constructor(private readonly service: ProgrammesService) {}

  @Query(() => [ProgrammeModel])
  programmes(): Promise<ProgrammeModel[]> {
    return this.service.list();
  }

  @Query(() => ProgrammeModel, { nullable: true })
  programme(@Args('id', { type: () => ID }) id: string): Promise<ProgrammeModel | null> {
    return this.service.findById(id);
  }

  @ResolveField(() => OfficeModel, { nullable: true })
  leadOffice(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: ProgrammeLoaders) {
    return programme.leadOfficeId ? loaders.office.load(programme.leadOfficeId) : null;
  }

  @ResolveField(() => [OfficeModel], { description: 'In programme order' })
  offices(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: ProgrammeLoaders) {
    return loaders.offices.load(programme.id);
  }

  @ResolveField(() => [IndicatorModel])
  indicators(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: ProgrammeLoaders) {
    return loaders.indicators.load(programme.id);
  }

  @ResolveField(() => [PeriodModel])
  periods(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: ProgrammeLoaders) {
    return loaders.periods.load(programme.id);
  }

  @ResolveField(() => [PeerGroupModel])
  peerGroups(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: ProgrammeLoaders) {
    return loaders.peerGroups.load(programme.id);
  }
}

@Resolver(() => PeerGroupModel)
export class PeerGroupMembersResolver {
  @ResolveField(() => [OfficeModel], { description: 'Which offices belong: public facts, visible to all' })
  members(@Parent() group: PeerGroupModel, @Context('loaders') loaders: ProgrammeLoaders) {
    return loaders.peerGroupMembers.load(group.id);
  }
}
