/** Where a submission stands: DRAFT and RETURNED are editable by the office, SUBMITTED awaits the lead, APPROVED is locked. */
export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
