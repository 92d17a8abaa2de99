import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type Actor,
  isUuid,
  coordinatedOffices,
  leadsProgramme,
  mayReadOfficeData,
  mayReviewProgramme,
  periodAcceptsReminders,
  type ReminderKind,
  reminderDecision,
  scheduledReminderKind,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/errors';
import { Mailer } from '../../common/mailer';
import { message } from '../../common/messages';
import { currentLanguage } from '../../common/request-context';
import { ScopedDatabase } from '../../common/scoped-database';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/config';
import type { OfficeReminderModel, ReminderOutcomeModel } from './models/reminder.model';
import { formPath, reminderMail } from './reminder-mail';
import { type ReminderCandidateRow, type ReminderPeriodRow, RemindersRepository } from './reminders.repository';

type InScope = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

/**
 * E-mail reminders to offices that have not handed in a period's report: the lead's sendReminders and
 * the scheduled sweep (run by ReminderScheduler). An office gets at most one reminder a calendar day;
 * each one is recorded in `office_reminder`, in the same transaction as its e-mails are sent, so a
 * failed e-mail leaves no record and the office can be reminded again.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: RemindersRepository,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The lead reminds every office of the programme that has not handed in the period, now. */
  async send(actor: Actor, programmeId: string, periodId: string, now = new Date()): Promise<ReminderOutcomeModel> {
    if (!isUuid(programmeId)) throw notFound('Programme');
    if (!isUuid(periodId)) throw notFound('Period');
    if (!mayReviewProgramme(actor, programmeId)) throw forbidden();
    const { period, candidates } = await this.scoped.run(actor, async (manager) => {
      const found = await this.repository.period(manager, periodId);
      if (!found || found.programmeId !== programmeId) throw notFound('Period');
      if (!periodAcceptsReminders(found, now)) throw badInput(message('reminder.periodClosed', currentLanguage()), 'periodId');
      return { period: found, candidates: await this.repository.candidates(manager, programmeId, periodId) };
    });
    return this.remind(period, candidates, 'MANUAL', actor.userId, now, (work) => this.scoped.run(actor, work));
  }

  /**
   * The scheduled reminders at `now`: for each period open for reports, BEFORE_DEADLINE within
   * REMINDER_DAYS_BEFORE days of its deadline and AFTER_DEADLINE in the week after it, to the offices
   * that have not handed in (each kind once per period, at most one reminder a day). Each programme's
   * work runs in its lead's scope. Returns how many offices were reminded.
   */
  async sweep(now = new Date()): Promise<number> {
    const periods = await this.scoped.run(null, (manager) => this.repository.openPeriods(manager, now));
    let reminded = 0;
    for (const period of periods) {
      const kind = scheduledReminderKind(period, now, this.config.reminderDaysBefore);
      if (!kind) continue;
      const inScope: InScope = (work) => this.scoped.runAsLead(period.programmeId, work);
      const candidates = await inScope((manager) => this.repository.candidates(manager, period.programmeId, period.id));
      reminded += (await this.remind(period, candidates, kind, null, now, inScope)).remindedOffices;
    }
    return reminded;
  }

  /**
   * The reminders the caller may see: the lead all of the programme's, a coordinator its own office's
   * (row-level security filters the rows; the admin, who has no office data, is refused).
   */
  async list(actor: Actor, programmeId: string, periodId: string | null, officeId: string | null): Promise<OfficeReminderModel[]> {
    if (!isUuid(programmeId)) throw notFound('Programme');
    if (periodId !== null && !isUuid(periodId)) throw notFound('Period');
    if (officeId !== null && !isUuid(officeId)) throw notFound('Office');
    const allowed =
      officeId === null
        ? leadsProgramme(actor, programmeId) || coordinatedOffices(actor).some((office) => office.programmeId === programmeId)
        : mayReadOfficeData(actor, programmeId, officeId);
    if (!allowed) throw forbidden();
    return this.scoped.run(actor, (manager) => this.repository.list(manager, programmeId, periodId, officeId));
  }

  private async remind(
    period: ReminderPeriodRow,
    candidates: readonly ReminderCandidateRow[],
    kind: ReminderKind,
    sentBy: string | null,
    now: Date,
    inScope: InScope,
  ): Promise<ReminderOutcomeModel> {
    const outcome: ReminderOutcomeModel = {
      remindedOffices: 0,
      emailsSent: 0,
      alreadyRemindedIds: [],
      withoutCoordinatorIds: [],
      failedIds: [],
    };
    for (const office of candidates) {
      const decision = reminderDecision(office, kind, now);
      if (decision === 'ALREADY_TODAY') outcome.alreadyRemindedIds.push(office.officeId);
      if (decision !== 'SEND') continue;
      if (office.emails.length === 0) {
        outcome.withoutCoordinatorIds.push(office.officeId);
        continue;
      }
      try {
        const recorded = await inScope(async (manager) => {
          const id = await this.repository.record(manager, {
            programmeId: period.programmeId,
            officeId: office.officeId,
            periodId: period.id,
            kind,
            sentAt: now,
            sentBy,
            recipients: office.emails.length,
          });
          if (id) for (const email of office.emails) await this.deliver(email, period, office, kind, now);
          return id !== null;
        });
        if (recorded) {
          outcome.remindedOffices += 1;
          outcome.emailsSent += office.emails.length;
        } else outcome.alreadyRemindedIds.push(office.officeId);
      } catch {
        // The mailer has logged it; the record was rolled back with the transaction.
        outcome.failedIds.push(office.officeId);
      }
    }
    if (outcome.remindedOffices > 0 || outcome.failedIds.length > 0)
      this.logger.log(
        `${kind} reminders for ${period.label}: ${outcome.remindedOffices} offices reminded, ${outcome.failedIds.length} failed`,
      );
    return outcome;
  }

  private deliver(email: string, period: ReminderPeriodRow, office: ReminderCandidateRow, kind: ReminderKind, now: Date) {
    const formUrl = `${this.config.publicUrl}${formPath(period.programmeId, office.officeId, period.id)}`;
    const mail = reminderMail(
      email,
      { officeName: office.officeName, programmeName: period.programmeName, periodLabel: period.label, deadline: period.deadline, formUrl },
      now,
    );
    return this.mailer.deliver(
      mail,
      `${kind} reminder`,
      `[Reminders] ${kind} reminder for ${email} (${office.officeName}, ${period.label}): ${formUrl}`,
    );
  }
}
