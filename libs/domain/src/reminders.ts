import { isHandedIn, type SubmissionStatus } from './submissions';

/**
 * E-mail reminders to offices that have not handed in: BEFORE_DEADLINE and AFTER_DEADLINE are sent by
 * the scheduled sweep, MANUAL when the lead sends one from the completeness page.
 */
export const REMINDER_KINDS = ['BEFORE_DEADLINE', 'AFTER_DEADLINE', 'MANUAL'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export type ScheduledReminderKind = Exclude<ReminderKind, 'MANUAL'>;

/** Days before a deadline when the scheduled reminder goes out (REMINDER_DAYS_BEFORE). */
export const DEFAULT_REMINDER_DAYS_BEFORE = 3;
/** After the deadline, the scheduled late reminder is sent only this many days: an old period is not chased for ever. */
export const LATE_REMINDER_WINDOW_DAYS = 7;
/** The calendar day of "at most one reminder a day" is the day in Poland. */
export const REMINDER_TIME_ZONE = 'Europe/Warsaw';

const DAY_MS = 86_400_000;

/** The period as the reminder rules look at it. */
export interface RemindablePeriod {
  opensAt: Date;
  deadline: Date;
  lockedAt: Date | null;
}

/** An office may be reminded about a period that has opened and is not locked yet. */
export function periodAcceptsReminders(period: RemindablePeriod, now: Date): boolean {
  return period.opensAt.getTime() <= now.getTime() && (period.lockedAt === null || period.lockedAt.getTime() > now.getTime());
}

/** The office still owes the period its report: nothing saved, a draft, or returned by the lead. */
export function awaitsSubmission(status: SubmissionStatus | null): boolean {
  return !isHandedIn(status);
}

/**
 * Which scheduled reminder is due for a period now: BEFORE_DEADLINE within `daysBefore` days before
 * its deadline, AFTER_DEADLINE within LATE_REMINDER_WINDOW_DAYS after it, none otherwise (or when
 * the period is not open for reports, or daysBefore is 0 for the first).
 */
export function scheduledReminderKind(period: RemindablePeriod, now: Date, daysBefore: number): ScheduledReminderKind | null {
  if (!periodAcceptsReminders(period, now)) return null;
  const untilDeadline = period.deadline.getTime() - now.getTime();
  if (untilDeadline > 0) return daysBefore > 0 && untilDeadline <= daysBefore * DAY_MS ? 'BEFORE_DEADLINE' : null;
  return -untilDeadline <= LATE_REMINDER_WINDOW_DAYS * DAY_MS ? 'AFTER_DEADLINE' : null;
}

/** The calendar day (YYYY-MM-DD) in Poland of an instant. */
export function reminderDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REMINDER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Whether an office reminded last at `lastRemindedAt` (any period) was already reminded on the day of `now`. */
export function remindedToday(lastRemindedAt: Date | null, now: Date): boolean {
  return lastRemindedAt !== null && reminderDay(lastRemindedAt) === reminderDay(now);
}

/** One office of the programme in the period, as the reminder rules look at it. */
export interface ReminderCandidate {
  status: SubmissionStatus | null;
  /** The office's latest reminder, about any period. */
  lastRemindedAt: Date | null;
  /** The kinds of reminder the office already had about this period. */
  kindsSent: readonly ReminderKind[];
}

export type ReminderDecision = 'SEND' | 'HANDED_IN' | 'ALREADY_TODAY' | 'ALREADY_SENT';

/**
 * Whether an office gets a reminder of `kind` now: not when it has handed in, not twice on one day,
 * and a scheduled reminder of a kind only once per period (the lead's MANUAL one can be repeated on
 * another day).
 */
export function reminderDecision(candidate: ReminderCandidate, kind: ReminderKind, now: Date): ReminderDecision {
  if (!awaitsSubmission(candidate.status)) return 'HANDED_IN';
  if (remindedToday(candidate.lastRemindedAt, now)) return 'ALREADY_TODAY';
  if (kind !== 'MANUAL' && candidate.kindsSent.includes(kind)) return 'ALREADY_SENT';
  return 'SEND';
}
