import type { Direction } from './indicators';
import type { OfficeKind } from './offices';
import type { PeerGroupBasis } from './peer-groups';
import { daysToDeadline, type HomePeriod } from './lead-home';
import { periodState } from './periods';
import { isHandedIn, isLate, type SubmissionStatus } from './submissions';

/**
 * The coordinator's scorecard: which peer group an office is compared with first, the latest value and
 * its change, the standing against the peer mean, and what is left to do. Plain rules; the API gathers
 * the data (apps/api/src/modules/office-home).
 */

/** The office's own kind first (urban gminas with urban gminas), else every office of the programme. */
export function defaultPeerGroup<G extends { basis: PeerGroupBasis; criterion: string | null }>(
  groups: readonly G[],
  officeKind: OfficeKind,
): G | null {
  return (
    groups.find((group) => group.basis === 'KIND' && group.criterion === officeKind) ??
    groups.find((group) => group.basis === 'ALL') ??
    null
  );
}

export const VERDICTS = ['BETTER', 'WORSE', 'SAME'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The office's value against the peer mean, by the indicator's direction: above the mean is better
 * for HIGHER_BETTER and worse for LOWER_BETTER. Null when either is missing.
 */
export function versusMean(own: number | null, mean: number | null, direction: Direction): Verdict | null {
  if (own === null || mean === null) return null;
  if (own === mean) return 'SAME';
  return own > mean === (direction === 'HIGHER_BETTER') ? 'BETTER' : 'WORSE';
}

/** One value of the office in one period; `endsOn` orders the periods (YYYY-MM-DD). */
export interface PeriodValue {
  periodId: string;
  endsOn: string;
  value: number;
}

/** The latest value, the one of the period before it that has a value, and the change between them (latest − previous). */
export function latestChange<V extends PeriodValue>(values: readonly V[]): { latest: V | null; previous: V | null; change: number | null } {
  const [latest = null, previous = null] = [...values].sort((a, b) => b.endsOn.localeCompare(a.endsOn));
  return { latest, previous, change: latest && previous ? latest.value - previous.value : null };
}

/** A period open for entries as the office's to-do list shows it. */
export interface OfficeTask<P> {
  period: P;
  status: SubmissionStatus | null;
  filledCount: number;
  expectedCount: number;
  daysToDeadline: number;
  late: boolean;
  /** Submitted or approved: nothing left for the office to do. */
  done: boolean;
}

/**
 * The office's to-do list: every period open for entries now (opened, not locked), nearest deadline
 * first, with its submission's status (null: nothing saved), how many of the period's indicators hold a
 * value, and whether it is late.
 */
export function officeTasks<P extends HomePeriod>(
  periods: readonly P[],
  submissions: ReadonlyMap<string, { status: SubmissionStatus; filledCount: number }>,
  expectedCount: (period: P) => number,
  now: Date,
): Array<OfficeTask<P>> {
  return periods
    .filter((period) => periodState(period, now) === 'OPEN')
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime())
    .map((period) => {
      const submission = submissions.get(period.id);
      const status = submission?.status ?? null;
      return {
        period,
        status,
        filledCount: submission?.filledCount ?? 0,
        expectedCount: expectedCount(period),
        daysToDeadline: daysToDeadline(period.deadline, now),
        late: isLate(status, period.deadline, now),
        done: isHandedIn(status),
      };
    });
}

export type StandingRank = 1 | 2 | 3 | 4;

/**
 * The office's quarter of its group counted from the good end by the indicator's direction: 1 the
 * best quarter, 4 the weakest (quartile 4, the highest values, is the best when higher is better and
 * the weakest when lower is better). Null without a published quartile.
 */
export function standingRank(quartile: number | null, direction: Direction): StandingRank | null {
  if (quartile !== 1 && quartile !== 2 && quartile !== 3 && quartile !== 4) return null;
  return direction === 'HIGHER_BETTER' ? ((5 - quartile) as StandingRank) : quartile;
}
