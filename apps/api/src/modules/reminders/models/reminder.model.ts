import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { REMINDER_KINDS, type ReminderKind } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';

export const ReminderKindEnum = graphqlEnum('ReminderKind', REMINDER_KINDS);

@ObjectType('OfficeReminder', { description: "One e-mail reminder to an office's coordinators about a period" })
export class OfficeReminderModel {
  @Field(() => ID) id!: string;
  @Field(() => ReminderKindEnum, { description: 'BEFORE_DEADLINE and AFTER_DEADLINE: scheduled; MANUAL: sent by the lead' })
  kind!: ReminderKind;
  @Field(() => GraphQLISODateTime) sentAt!: Date;
  @Field(() => Int, { description: 'How many coordinators were e-mailed' }) recipientCount!: number;
  officeId!: string;
  periodId!: string;
}

@ObjectType('ReminderOutcome', { description: "What the lead's sendReminders did" })
export class ReminderOutcomeModel {
  @Field(() => Int, { description: 'Offices reminded now' }) remindedOffices!: number;
  @Field(() => Int, { description: 'E-mails sent (or, without SMTP, printed to the server log)' }) emailsSent!: number;
  /** Offices skipped because they had a reminder today already (resolved to offices). */
  alreadyRemindedIds!: string[];
  /** Offices that need a reminder but have no active coordinator to e-mail. */
  withoutCoordinatorIds!: string[];
  /** Offices whose e-mail could not be sent (the SMTP server refused or was away). */
  failedIds!: string[];
}
