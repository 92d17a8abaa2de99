import { BULK_APPROVAL_MAX, bulkApprovalProblem, isEditableStatus, isLate, mayTransition, SUBMISSION_STATUSES } from './submissions';
import { periodState } from './periods';

describe('submission workflow', () => {
  it('lets the office edit only drafts, returned submissions and nothing saved yet', () => {
    expect(SUBMISSION_STATUSES.filter(isEditableStatus)).toEqual(['DRAFT', 'RETURNED']);
    expect(isEditableStatus(null)).toBe(true);
  });

  it('approves and returns only what was submitted, and reopens only what was approved', () => {
    expect(SUBMISSION_STATUSES.filter((s) => mayTransition('approve', s))).toEqual(['SUBMITTED']);
    expect(SUBMISSION_STATUSES.filter((s) => mayTransition('return', s))).toEqual(['SUBMITTED']);
    expect(SUBMISSION_STATUSES.filter((s) => mayTransition('reopen', s))).toEqual(['APPROVED']);
    expect(SUBMISSION_STATUSES.filter((s) => mayTransition('submit', s))).toEqual(['DRAFT', 'RETURNED']);
  });

  it('calls an office late after the deadline until it hands in', () => {
    const deadline = new Date('2011-07-20T23:59:59Z');
    const after = new Date('2011-07-21T00:00:00Z');
    expect(isLate(null, deadline, after)).toBe(true);
    expect(isLate('RETURNED', deadline, after)).toBe(true);
    expect(isLate('SUBMITTED', deadline, after)).toBe(false);
    expect(isLate(null, deadline, new Date('2011-07-20T00:00:00Z'))).toBe(false);
  });
});

describe('periodState', () => {
  const opensAt = new Date('2011-07-01T00:00:00Z');
  it('is NOT_OPEN before opening, OPEN until the lock, LOCKED from the lock on', () => {
    expect(periodState({ opensAt, lockedAt: null }, new Date('2011-06-30T00:00:00Z'))).toBe('NOT_OPEN');
    expect(periodState({ opensAt, lockedAt: null }, new Date('2030-01-01T00:00:00Z'))).toBe('OPEN');
    const lockedAt = new Date('2011-08-20T00:00:00Z');
    expect(periodState({ opensAt, lockedAt }, new Date('2011-08-19T00:00:00Z'))).toBe('OPEN');
    expect(periodState({ opensAt, lockedAt }, lockedAt)).toBe('LOCKED');
  });
});

describe('bulkApprovalProblem', () => {
  it('accepts from one to BULK_APPROVAL_MAX distinct submissions', () => {
    expect(bulkApprovalProblem(['a'])).toBeNull();
    expect(bulkApprovalProblem(Array.from({ length: BULK_APPROVAL_MAX }, (_, i) => `s${i}`))).toBeNull();
  });

  it('refuses an empty list, one too long and a submission named twice', () => {
    expect(bulkApprovalProblem([])).toBe('EMPTY');
    expect(bulkApprovalProblem(Array.from({ length: BULK_APPROVAL_MAX + 1 }, (_, i) => `s${i}`))).toBe('TOO_MANY');
    expect(bulkApprovalProblem(['a', 'b', 'a'])).toBe('DUPLICATE');
  });
});
