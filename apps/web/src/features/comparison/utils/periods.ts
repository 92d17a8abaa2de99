import type { BenchmarkPeriod } from '../graphql/benchmark-programme.query';

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

/** The choice asked for in the address when it is one of `ids`, else the first one ('' for none). */
export function chosenId(ids: readonly string[], asked: string | null): string {
  return asked !== null && ids.includes(asked) ? asked : (ids[0] ?? '');
}
