const segment = encodeURIComponent;

/** An office's comparison with its peers. */
export function comparisonPath(programmeId: string, officeId: string): string {
  return `/programmes/${segment(programmeId)}/offices/${segment(officeId)}/comparison`;
}

/** An office's reports and exports (its PDF report, its values and comparison as XLSX and CSV). */
export function officeReportsPath(programmeId: string, officeId: string): string {
  return `/programmes/${segment(programmeId)}/offices/${segment(officeId)}/reports`;
}

/** The lead's reports and exports of the whole programme. */
export function programmeReportsPath(programmeId: string): string {
  return `/programmes/${segment(programmeId)}/reports`;
}
