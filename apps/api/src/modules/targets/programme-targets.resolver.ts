import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { ProgrammeModel } from '../programmes/models/programme.model';
import { TargetModel } from './models/target.model';
import { TargetsService } from './targets.service';

/** Programme.targets. */
@Resolver(() => ProgrammeModel)
export class ProgrammeTargetsResolver {
  constructor(private readonly service: TargetsService) {}

  @Access.parent()
  @ResolveField(() => [TargetModel])
  targets(@CurrentActor() actor: Actor, @Parent() programme: ProgrammeModel): Promise<TargetModel[]> {
    return this.service.list(actor, programme.id);
  }
}
