import type { BenchmarkPeriod } from './graphql/benchmark-programme.query';

const mostRecentFirst = (a: BenchmarkPeriod, b: BenchmarkPeriod) => b.startsOn.localeCompare(a.startsOn) || a.label.localeCompare(b.label);

/**
 * The periods worth comparing: released ones first, most recent first, then the opened periods whose
 * results are not out yet (they show why there is nothing to compare). Periods not yet open are left out.
 */
export function comparisonPeriods(periods: readonly BenchmarkPeriod[]): BenchmarkPeriod[] {
  const released = periods.filter(({ releasedAt }) => releasedAt !== null).sort(mostRecentFirst);
  const waiting = periods.filter(({ releasedAt, state }) => releasedAt === null && state !== 'NOT_OPEN').sort(mostRecentFirst);
  return [...released, ...waiting];
}

/** The opened periods, most recent first (the lead's live views). */
export function openedPeriods(periods: readonly BenchmarkPeriod[]): BenchmarkPeriod[] {
  return periods.filter(({ state }) => state !== 'NOT_OPEN').sort(mostRecentFirst);
}

/**
 * The period shown before one is chosen: the most recent released one that is locked (its values are
 * final), else the first of `comparisonPeriods`. A released period still open for entry (released
 * automatically after its deadline) may hold few approved values yet.
 */
export function defaultComparisonPeriod(periods: readonly BenchmarkPeriod[]): BenchmarkPeriod | undefined {
  const choices = comparisonPeriods(periods);
  return choices.find(({ releasedAt, state }) => releasedAt !== null && state === 'LOCKED') ?? choices[0];
}

/** The choice asked for in the address when it is one of `ids`, else `fallback` ('' for none). */
export function chosenId(ids: readonly string[], asked: string | null, fallback = ids[0] ?? ''): string {
  return asked !== null && ids.includes(asked) ? asked : fallback;
}
