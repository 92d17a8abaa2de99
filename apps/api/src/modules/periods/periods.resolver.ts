import { Args, GraphQLISODateTime, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { CreatePeriodInput } from './dto/create-period.input';
import { PeriodModel } from './models/period.model';
import { PeriodsService } from './periods.service';

@Resolver(() => PeriodModel)
export class PeriodsResolver {
  constructor(private readonly periods: PeriodsService) {}

  @Mutation(() => PeriodModel, { description: 'Lead: add a quarter, year or CAF cycle to the programme' })
  @Access.signedIn()
  createPeriod(@CurrentActor() actor: Actor, @Args('input') input: CreatePeriodInput): Promise<PeriodModel> {
    return this.periods.create(actor, input);
  }

  @Mutation(() => PeriodModel, { description: 'Lead: lock the period now; offices can no longer save or submit' })
  @Access.signedIn()
  lockPeriod(@CurrentActor() actor: Actor, @Args('periodId', { type: () => ID }) periodId: string): Promise<PeriodModel> {
    return this.periods.lock(actor, periodId);
  }

  @Mutation(() => PeriodModel, { description: 'Lead: reopen the period for entries until the given time' })
  @Access.signedIn()
  reopenPeriod(
    @CurrentActor() actor: Actor,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('until', { type: () => GraphQLISODateTime }) until: Date,
    @Args('reason') reason: string,
  ): Promise<PeriodModel> {
    return this.periods.reopen(actor, periodId, until, reason);
  }
}
