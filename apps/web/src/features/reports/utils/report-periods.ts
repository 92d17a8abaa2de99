import type { BenchmarkPeriod } from '../../../lib/graphql/benchmark-programme.query';
import { comparisonPeriods, defaultComparisonPeriod, openedPeriods } from '../../../lib/periods';

/** `first` ahead of the other periods, when there is one. */
const startingWith = (first: BenchmarkPeriod | undefined, periods: BenchmarkPeriod[]) =>
  first ? [first, ...periods.filter(({ id }) => id !== first.id)] : periods;

/**
 * The periods an office's report can be of: the released ones (the report holds only released peer
 * statistics), the one the comparison starts with first (the latest released and locked one, whose
 * values are final), then the others most recent first.
 */
export function releasedPeriods(periods: readonly BenchmarkPeriod[]): BenchmarkPeriod[] {
  const released = comparisonPeriods(periods).filter(({ releasedAt }) => releasedAt !== null);
  const first = defaultComparisonPeriod(periods);
  return startingWith(first?.releasedAt ? first : undefined, released);
}

/**
 * The periods the lead's programme report can be of: every opened period (the lead sees the values
 * before release too), the one the comparison starts with first, then the others most recent first.
 */
export function programmeReportPeriods(periods: readonly BenchmarkPeriod[]): BenchmarkPeriod[] {
  return startingWith(defaultComparisonPeriod(periods), openedPeriods(periods));
}
