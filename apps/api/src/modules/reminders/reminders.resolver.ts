import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { PeriodModel } from '../periods/models/period.model';
import { OfficeReminderModel } from './models/reminder.model';
import { RemindersService } from './reminders.service';

@Resolver(() => OfficeReminderModel)
export class RemindersResolver {
  constructor(private readonly service: RemindersService) {}

  @Query(() => [OfficeReminderModel], {
    description: "Reminders e-mailed in the programme, newest first: the lead sees every office's, a coordinator its own office's",
  })
  @Access.signedIn()
  reminders(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('periodId', { type: () => ID, nullable: true }) periodId?: string | null,
    @Args('officeId', { type: () => ID, nullable: true }) officeId?: string | null,
  ): Promise<OfficeReminderModel[]> {
    return this.service.list(actor, programmeId, periodId ?? null, officeId ?? null);
  }

  @ResolveField(() => OfficeModel)
  @Access.parent()
  office(@Parent() reminder: OfficeReminderModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.office.load(reminder.officeId);
  }

  @ResolveField(() => PeriodModel)
  @Access.parent()
  period(@Parent() reminder: OfficeReminderModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.period.load(reminder.periodId);
  }
}
