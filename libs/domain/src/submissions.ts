/** Where a submission stands: DRAFT and RETURNED are editable by the office, SUBMITTED awaits the lead, APPROVED is locked. */
export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** The office may change values (a missing submission counts as a fresh draft). */
export function isEditableStatus(status: SubmissionStatus | null): boolean {
  return status === null || status === 'DRAFT' || status === 'RETURNED';
}

/** What the lead's review actions start from: submitSubmission from an editable one, approve and return from SUBMITTED, reopen from APPROVED. */
export const REVIEW_TRANSITIONS = {
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED' },
  approve: { from: ['SUBMITTED'], to: 'APPROVED' },
  return: { from: ['SUBMITTED'], to: 'RETURNED' },
  reopen: { from: ['APPROVED'], to: 'RETURNED' },
} as const satisfies Record<string, { from: readonly SubmissionStatus[]; to: SubmissionStatus }>;
export type SubmissionTransition = keyof typeof REVIEW_TRANSITIONS;

export function mayTransition(transition: SubmissionTransition, status: SubmissionStatus): boolean {
  return (REVIEW_TRANSITIONS[transition].from as readonly SubmissionStatus[]).includes(status);
}

/** Counted as handed in for completeness: the office has done its part. */
export function isHandedIn(status: SubmissionStatus | null): boolean {
  return status === 'SUBMITTED' || status === 'APPROVED';
}

/** Late: the deadline has passed and the office has not handed in. */
export function isLate(status: SubmissionStatus | null, deadline: Date, now: Date): boolean {
  return deadline.getTime() < now.getTime() && !isHandedIn(status);
}

/** The most submissions one bulk approval may carry (the web sends them in smaller batches to show progress). */
export const BULK_APPROVAL_MAX = 100;

export type BulkApprovalProblem = 'EMPTY' | 'TOO_MANY' | 'DUPLICATE';

/** Why a bulk approval's list is refused as a whole, or null: non-empty, at most BULK_APPROVAL_MAX, each submission once. */
export function bulkApprovalProblem(submissionIds: readonly string[]): BulkApprovalProblem | null {
  if (submissionIds.length === 0) return 'EMPTY';
  if (submissionIds.length > BULK_APPROVAL_MAX) return 'TOO_MANY';
  if (new Set(submissionIds).size !== submissionIds.length) return 'DUPLICATE';
  return null;
}
