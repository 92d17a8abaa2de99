import type { SubmissionStatus } from '../../../generated/graphql';
import type { ReviewItem } from '../../../lib/graphql/review-list.query';
import { approvableIds, approvalBatches, toggleAllShown } from './bulk-approval';

const item = (id: string, status: SubmissionStatus = 'SUBMITTED', version = 3) =>
  ({ submission: { id, status, version } }) as unknown as ReviewItem;

describe('bulk approval', () => {
  const items = [item('a'), item('b', 'APPROVED'), item('c'), item('d', 'RETURNED'), item('e', 'SUBMITTED', 7)];

  it('offers only the submitted submissions', () => {
    expect(approvableIds(items)).toEqual(['a', 'c', 'e']);
  });

  it('selects every shown one, keeps other choices, and clears the shown ones when all were selected', () => {
    const selected = toggleAllShown(new Set(['x', 'a']), ['a', 'c']);
    expect([...selected].sort()).toEqual(['a', 'c', 'x']);
    expect([...toggleAllShown(selected, ['a', 'c'])]).toEqual(['x']);
    expect(toggleAllShown(new Set(), []).size).toBe(0);
  });

  it('sends the chosen approvable submissions in list order with the version shown, in batches', () => {
    expect(approvalBatches(items, new Set(['e', 'b', 'a', 'c']), 2)).toEqual([
      [
        { submissionId: 'a', expectedVersion: 3 },
        { submissionId: 'c', expectedVersion: 3 },
      ],
      [{ submissionId: 'e', expectedVersion: 7 }],
    ]);
    expect(approvalBatches(items, new Set())).toEqual([]);
  });
});
