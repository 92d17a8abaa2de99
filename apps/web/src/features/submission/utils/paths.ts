const segment = encodeURIComponent;

export function officePath(programmeId: string, officeId: string): string {
  return `/programmes/${segment(programmeId)}/offices/${segment(officeId)}`;
}

/** The coordinator's page of one submission. */
export function submissionPath(programmeId: string, officeId: string, periodId: string): string {
  return `${officePath(programmeId, officeId)}/periods/${segment(periodId)}`;
}

/** The lead's review of one submission. */
export function reviewPath(programmeId: string, officeId: string, periodId: string): string {
  return `${submissionPath(programmeId, officeId, periodId)}/review`;
}

export function reviewListPath(programmeId: string): string {
  return `/programmes/${segment(programmeId)}/review`;
}
