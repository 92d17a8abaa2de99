import type { PeriodKind } from '@officebench/domain';

export interface PeriodTiming {
  kind?: PeriodKind;
  startsOn: string;
  opensAt: string;
  lockedAt: string | null;
  /** Given by the API when it decides openness itself. */
  isOpen?: boolean | null;
}

/** Open for entry: the API's `isOpen` when given, otherwise opened already and not yet locked. */
export function isPeriodOpen(period: PeriodTiming, now: Date): boolean {
  if (typeof period.isOpen === 'boolean') return period.isOpen;
  const time = now.getTime();
  return Date.parse(period.opensAt) <= time && (period.lockedAt === null || Date.parse(period.lockedAt) > time);
}

const newestFirst = (a: PeriodTiming, b: PeriodTiming) => b.startsOn.localeCompare(a.startsOn);

/**
 * The periods an office page lists: those open for entry, newest first; when none is open, the
 * `latestCount` most recent ones that have opened.
 */
export function periodsToShow<P extends PeriodTiming>(periods: readonly P[], now: Date, latestCount = 3): { open: boolean; periods: P[] } {
  const open = periods.filter((period) => isPeriodOpen(period, now)).sort(newestFirst);
  if (open.length) return { open: true, periods: open };
  const opened = periods.filter((period) => Date.parse(period.opensAt) <= now.getTime()).sort(newestFirst);
  return { open: false, periods: opened.slice(0, latestCount) };
}
