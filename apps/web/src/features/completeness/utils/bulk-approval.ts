import type { ReviewItem } from '../../../lib/graphql/review-list.query';

/** How many submissions one request of the bulk approval carries: small enough to show progress between requests. */
export const APPROVAL_BATCH = 10;

/** The ids of the shown submissions that can be approved (SUBMITTED). */
export function approvableIds(items: readonly ReviewItem[]): string[] {
  return items.filter(({ submission }) => submission.status === 'SUBMITTED').map(({ submission }) => submission.id);
}

/** "Select all shown": selects every approvable shown submission, or clears them when all were selected already. */
export function toggleAllShown(selected: ReadonlySet<string>, shown: readonly string[]): Set<string> {
  const next = new Set(selected);
  const allSelected = shown.length > 0 && shown.every((id) => selected.has(id));
  for (const id of shown) {
    if (allSelected) next.delete(id);
    else next.add(id);
  }
  return next;
}

/** The chosen submissions still shown and approvable, in the list's order, with the version the lead saw, in batches. */
export function approvalBatches(
  items: readonly ReviewItem[],
  selected: ReadonlySet<string>,
  size = APPROVAL_BATCH,
): Array<Array<{ submissionId: string; expectedVersion: number }>> {
  const chosen = items
    .filter(({ submission }) => submission.status === 'SUBMITTED' && selected.has(submission.id))
    .map(({ submission }) => ({ submissionId: submission.id, expectedVersion: submission.version }));
  return Array.from({ length: Math.ceil(chosen.length / size) }, (_, index) => chosen.slice(index * size, (index + 1) * size));
}
