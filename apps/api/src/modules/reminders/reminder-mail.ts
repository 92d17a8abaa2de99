import { REMINDER_TIME_ZONE } from '@officebench/domain';
import type { Mail } from '../../common/mailer';

/** What a reminder e-mail names. */
export interface ReminderMailFacts {
  officeName: string;
  programmeName: string;
  periodLabel: string;
  deadline: Date;
  /** The office's form for the period in the dashboard. */
  formUrl: string;
}

const when = (at: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: REMINDER_TIME_ZONE }).format(at);

/** The path of an office's form for a period in the dashboard (apps/web's router). */
export function formPath(programmeId: string, officeId: string, periodId: string): string {
  return `/programmes/${programmeId}/offices/${officeId}/periods/${periodId}`;
}

/** The reminder to one coordinator: Polish, then English (as the invitations), before or after the deadline as `now` says. */
export function reminderMail(to: string, facts: ReminderMailFacts, now: Date): Mail {
  const { officeName, programmeName, periodLabel, deadline, formUrl } = facts;
  const late = deadline.getTime() <= now.getTime();
  const deadlinePl = when(deadline, 'pl-PL');
  const deadlineEn = when(deadline, 'en-GB');
  const pl = late
    ? `termin przesłania sprawozdania urzędu ${officeName} za okres ${periodLabel} w programie „${programmeName}” minął ${deadlinePl}, a sprawozdanie nie zostało jeszcze przesłane.`
    : `przypominamy, że sprawozdanie urzędu ${officeName} za okres ${periodLabel} w programie „${programmeName}” należy przesłać do ${deadlinePl}.`;
  const en = late
    ? `The report of ${officeName} for ${periodLabel} in the programme “${programmeName}” was due on ${deadlineEn} and has not been submitted yet.`
    : `A reminder that the report of ${officeName} for ${periodLabel} in the programme “${programmeName}” is due by ${deadlineEn}.`;
  return {
    to,
    subject: `OfficeBench: przypomnienie o sprawozdaniu ${periodLabel} / report reminder`,
    text:
      `Dzień dobry,\n\n${pl}\nFormularz: ${formUrl}\n\n` +
      `${en}\nThe form: ${formUrl}\n\n` +
      `Wiadomość wysłana automatycznie przez OfficeBench; urząd dostaje najwyżej jedno przypomnienie dziennie.\n` +
      `Sent automatically by OfficeBench; an office gets at most one reminder a day.\n`,
  };
}
