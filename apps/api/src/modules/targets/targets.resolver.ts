import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import { TargetInput } from './dto/target.input';
import { OfficeProgressModel } from './models/office-progress.model';
import { TargetModel } from './models/target.model';
import { TargetSummaryModel } from './models/target-summary.model';
import { type OfficeProgressRow, TargetsService } from './targets.service';

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
