import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IndicatorModel } from '../indicators/models/indicator.model';
import { OfficeModel } from '../offices/models/office.model';
import { PeerGroupModel } from '../peer-groups/models/peer-group.model';
import { PeriodModel } from '../periods/models/period.model';
import { ProgrammeModel } from './models/programme.model';
import type { RequestLoaders } from '../../common/request-loaders';
import { ProgrammesService } from './programmes.service';

@Resolver(() => ProgrammeModel)
export class ProgrammesResolver {
  constructor(private readonly service: ProgrammesService) {}

  @Query(() => [ProgrammeModel], { description: 'The programmes one holds a role in (the platform admin: all)' })
  @Access.signedIn()
  programmes(@CurrentActor() actor: Actor): Promise<ProgrammeModel[]> {
    return this.service.list(actor);
  }

  @Query(() => ProgrammeModel, { nullable: true })
  @Access.signedIn()
  programme(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ProgrammeModel | null> {
    return this.service.findById(actor, id);
  }

  @Access.parent()
  @ResolveField(() => OfficeModel, { nullable: true })
  leadOffice(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: RequestLoaders) {
    return programme.leadOfficeId ? loaders.office.load(programme.leadOfficeId) : null;
  }

  @Access.parent()
  @ResolveField(() => [OfficeModel], { description: 'In programme order' })
  offices(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.offices.load(programme.id);
  }

  @Access.parent()
  @ResolveField(() => [IndicatorModel])
  indicators(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.indicators.load(programme.id);
  }

  @Access.parent()
  @ResolveField(() => [PeriodModel])
  periods(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.periods.load(programme.id);
  }

  @Access.parent()
  @ResolveField(() => [PeerGroupModel])
  peerGroups(@Parent() programme: ProgrammeModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.peerGroups.load(programme.id);
  }
}
