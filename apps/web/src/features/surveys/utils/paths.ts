const segment = encodeURIComponent;

/** The office's page of its satisfaction surveys. */
export function officeSurveysPath(programmeId: string, officeId: string): string {
  return `/programmes/${segment(programmeId)}/offices/${segment(officeId)}/surveys`;
}

/** The submission of the year a closed round wrote its indicator into (the submission form's address). */
export function yearSubmissionPath(programmeId: string, officeId: string, periodId: string): string {
  return `/programmes/${segment(programmeId)}/offices/${segment(officeId)}/periods/${segment(periodId)}`;
}
