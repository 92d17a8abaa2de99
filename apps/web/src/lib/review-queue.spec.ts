import type { SubmissionStatus } from '../generated/graphql';
import { nextToReview, reviewFilterOf, reviewSearch } from './review-queue';

const item = (id: string, status: SubmissionStatus = 'SUBMITTED') => ({ submission: { id, status } });

describe('the review list filter in the address', () => {
  it('defaults to every period and the submissions waiting for review', () => {
    expect(reviewFilterOf(new URLSearchParams())).toEqual({ periodId: null, status: 'SUBMITTED' });
    expect(reviewSearch({ periodId: null, status: 'SUBMITTED' })).toBe('');
  });

  it('reads and writes a period and a status, ALL for every status, and ignores an unknown status', () => {
    expect(reviewFilterOf(new URLSearchParams('period=p1&status=APPROVED'))).toEqual({ periodId: 'p1', status: 'APPROVED' });
    expect(reviewFilterOf(new URLSearchParams('status=ALL'))).toEqual({ periodId: null, status: null });
    expect(reviewFilterOf(new URLSearchParams('status=BOGUS')).status).toBe('SUBMITTED');
    expect(reviewSearch({ periodId: 'p1', status: null })).toBe('?period=p1&status=ALL');
    expect(reviewFilterOf(new URLSearchParams(reviewSearch({ periodId: 'p2', status: 'RETURNED' }).slice(1)))).toEqual({
      periodId: 'p2',
      status: 'RETURNED',
    });
  });
});

describe('nextToReview', () => {
  const before = [item('a'), item('b'), item('c'), item('d')];

  it('goes on to the next waiting submission after the decided one', () => {
    const after = [item('a'), item('c'), item('d')];
    expect(nextToReview(before, after, 'b')?.submission.id).toBe('c');
  });

  it('skips what is no longer waiting and wraps round to the first waiting one', () => {
    const after = [item('a'), item('c', 'APPROVED'), item('d', 'RETURNED')];
    expect(nextToReview(before, after, 'b')?.submission.id).toBe('a');
  });

  it('never goes back to the decided submission, and says when none is left', () => {
    expect(nextToReview(before, [item('b')], 'b')).toBeNull();
    expect(nextToReview(before, [], 'b')).toBeNull();
  });
});
