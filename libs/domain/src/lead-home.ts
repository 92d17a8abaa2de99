import { periodState } from './periods';
import { reminderDay } from './reminders';
import { isLate, type SubmissionStatus } from './submissions';

/**
 * The lead's home page: which period is "current", how far its deadline is, how complete it is, what
 * waits for the lead and where the offices differ most. Plain rules; the API gathers the data.
 */

/** A period as the home looks at it. */
export interface HomePeriod {
  id: string;
  opensAt: Date;
  deadline: Date;
  lockedAt: Date | null;
}

/**
 * The period the lead works on now: among the periods open for entries (opened, not locked), the one
 * whose deadline is nearest ahead; when none has its deadline ahead, the opened period with the latest
 * deadline (the quarter just closed, still being approved); null when no period has opened.
 */
export function currentPeriod<P extends HomePeriod>(periods: readonly P[], now: Date): P | null {
  const ahead = periods
    .filter((period) => periodState(period, now) === 'OPEN' && period.deadline.getTime() >= now.getTime())
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
  if (ahead.length > 0) return ahead[0];
  const opened = periods
    .filter((period) => period.opensAt.getTime() <= now.getTime())
    .sort((a, b) => b.deadline.getTime() - a.deadline.getTime());
  return opened[0] ?? null;
}

const DAY_MS = 86_400_000;

/**
 * Calendar days from today to the deadline's day, both as days in Poland (the deadline 23:59 on the
 * 20th is "in 1 day" all through the 19th): 0 on the day itself, negative once the day has passed.
 */
export function daysToDeadline(deadline: Date, now: Date): number {
  const day = (at: Date) => Date.parse(`${reminderDay(at)}T00:00:00Z`);
  return Math.round((day(deadline) - day(now)) / DAY_MS);
}

/** How the offices stand in one period: every office exactly once. */
export interface CompletenessCounts {
  offices: number;
  /** Nothing saved yet. */
  notStarted: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  /** The deadline has passed and the office has not handed in (counted also under its status). */
  late: number;
}

/** Counts each office's status in a period (one entry per office; status null: nothing saved yet). */
export function completenessCounts(
  offices: ReadonlyArray<{ status: SubmissionStatus | null }>,
  deadline: Date,
  now: Date,
): CompletenessCounts {
  const count = (status: SubmissionStatus | null) => offices.filter((office) => office.status === status).length;
  return {
    offices: offices.length,
    notStarted: count(null),
    draft: count('DRAFT'),
    submitted: count('SUBMITTED'),
    returned: count('RETURNED'),
    approved: count('APPROVED'),
    late: offices.filter((office) => isLate(office.status, deadline, now)).length,
  };
}

/** A period as the lead's to-do list looks at it. */
export interface WaitingPeriod extends HomePeriod {
  releasedAt: Date | null;
}

/** Past its deadline and still taking entries: the lead should lock it (or say until when it stays open). */
export function awaitsLock(period: WaitingPeriod, now: Date): boolean {
  return period.deadline.getTime() < now.getTime() && periodState(period, now) !== 'LOCKED';
}

/**
 * Past its deadline and its results not published as they stand: never released, or approved values
 * changed since the last release (`changedSinceRelease`).
 */
export function awaitsPublication(period: WaitingPeriod, changedSinceRelease: boolean, now: Date): boolean {
  return period.deadline.getTime() < now.getTime() && (period.releasedAt === null || changedSinceRelease);
}

/** Fewer approved values than this and an indicator's spread is not ranked: a quartile of 3 offices says little. */
export const MIN_SPREAD_OFFICES = 5;

/** The approved values of one indicator in one period, summarised: quartiles and how many offices. */
export interface SpreadCell {
  offices: number;
  p25: number;
  median: number;
  p75: number;
}

/**
 * How much the offices differ on an indicator: the interquartile range relative to the median,
 * (Q3 − Q1) / |median|. 0.5 means the middle half of the offices spans half the median value. It is
 * unit-free, so indicators in days, percentages and counts can be ranked together, and, resting on
 * quartiles, one extreme office does not decide it (unlike the coefficient of variation). Null when
 * the median is 0 (no scale to compare with) or the offices are fewer than MIN_SPREAD_OFFICES.
 */
export function relativeSpread(cell: SpreadCell): number | null {
  if (cell.offices < MIN_SPREAD_OFFICES || cell.median === 0) return null;
  return (cell.p75 - cell.p25) / Math.abs(cell.median);
}

/**
 * "Where offices differ most": the cells with a relative spread, largest first (ties by the order
 * given), at most `limit` of them.
 */
export function rankBySpread<C extends SpreadCell>(cells: readonly C[], limit: number): Array<C & { spread: number }> {
  return cells
    .map((cell) => ({ ...cell, spread: relativeSpread(cell) }))
    .filter((cell): cell is C & { spread: number } => cell.spread !== null)
    .sort((a, b) => b.spread - a.spread) // a stable sort: ties keep the order given
    .slice(0, limit);
}
