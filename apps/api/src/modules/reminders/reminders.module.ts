import { Module } from '@nestjs/common';
import { Mailer } from '../../common/mailer';
import { ScopedDatabase } from '../../common/scoped-database';
import { ReminderOutcomeResolver } from './reminder-outcome.resolver';
import { ReminderScheduler } from './reminder-scheduler.service';
import { RemindersRepository } from './reminders.repository';
import { RemindersResolver } from './reminders.resolver';
import { RemindersService } from './reminders.service';
import { SendRemindersResolver } from './send-reminders.resolver';

/**
 * E-mail reminders to offices that have not handed in: the lead's sendReminders, the scheduled sweep
 * (ReminderScheduler through @nestjs/schedule's SchedulerRegistry), and the reminders list
 * coordinators and the lead read. Mail through the shared Mailer (SMTP_URL, or the server log).
 */
@Module({
  providers: [
    ScopedDatabase,
    Mailer,
    RemindersRepository,
    RemindersService,
    ReminderScheduler,
    RemindersResolver,
    SendRemindersResolver,
    ReminderOutcomeResolver,
  ],
  exports: [RemindersService],
})
export class RemindersModule {}
