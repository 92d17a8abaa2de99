import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { LeadHomeService } from './lead-home.service';
import { LeadHomeModel } from './models/lead-home.model';

@Resolver(() => LeadHomeModel)
export class LeadHomeResolver {
  constructor(private readonly service: LeadHomeService) {}

  @Query(() => LeadHomeModel, {
    description: "Lead only: the programme's current period, targets, spread, to-do list and newest practices",
  })
  @Access.signedIn()
  leadHome(@CurrentActor() actor: Actor, @Args('programmeId', { type: () => ID }) programmeId: string): Promise<LeadHomeModel> {
    return this.service.home(actor, programmeId);
  }
}
