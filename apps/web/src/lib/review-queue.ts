import type { SubmissionStatus } from '../generated/graphql';

/** The review list's filter, kept in the address (`?period=…&status=…`); status '' means every status. */
export interface ReviewFilter {
  periodId: string | null;
  status: SubmissionStatus | null;
}

const STATUSES: readonly SubmissionStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];

/** The filter asked for in the address: no status named means the submissions waiting for review; `status=ALL`, every status. */
export function reviewFilterOf(search: URLSearchParams): ReviewFilter {
  const status = search.get('status');
  return {
    periodId: search.get('period') || null,
    status: status === 'ALL' ? null : (STATUSES.find((candidate) => candidate === status) ?? 'SUBMITTED'),
  };
}

/** The address's query part for a filter ('' for the default: every period, waiting for review). */
export function reviewSearch({ periodId, status }: ReviewFilter): string {
  const search = new URLSearchParams();
  if (periodId) search.set('period', periodId);
  if (status !== 'SUBMITTED') search.set('status', status ?? 'ALL');
  const text = search.toString();
  return text ? `?${text}` : '';
}

interface Queued {
  submission: { id: string; status: SubmissionStatus };
}

/**
 * The submission to review after a decision on `currentId`: in the list as it is now (`after`), the first
 * one still waiting (SUBMITTED) that came after the current one in the list as it was (`before`), else
 * the first waiting one before it; null when none is left.
 */
export function nextToReview<T extends Queued>(before: readonly T[], after: readonly T[], currentId: string): T | null {
  const waiting = after.filter(({ submission }) => submission.status === 'SUBMITTED' && submission.id !== currentId);
  const position = before.findIndex(({ submission }) => submission.id === currentId);
  const rank = (item: T) => before.findIndex(({ submission }) => submission.id === item.submission.id);
  return waiting.find((item) => rank(item) > position) ?? waiting[0] ?? null;
}
