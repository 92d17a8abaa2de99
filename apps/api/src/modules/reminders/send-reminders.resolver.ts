import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { ReminderOutcomeModel } from './models/reminder.model';
import { RemindersService } from './reminders.service';

@Resolver(() => ReminderOutcomeModel)
export class SendRemindersResolver {
  constructor(private readonly reminders: RemindersService) {}

  @Mutation(() => ReminderOutcomeModel, {
    description:
      'Lead: e-mail a reminder now to the coordinators of every office that has not handed in the period (at most one reminder per office a day)',
  })
  @Access.signedIn()
  sendReminders(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<ReminderOutcomeModel> {
    return this.reminders.send(actor, programmeId, periodId);
  }
}
