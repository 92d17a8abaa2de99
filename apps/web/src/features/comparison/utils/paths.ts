const segment = encodeURIComponent;

/** An office's comparison with its peers. */
export function comparisonPath(programmeId: string, officeId: string): string {
  return `/programmes/${segment(programmeId)}/offices/${segment(officeId)}/comparison`;
}

/** The lead's identified values of every office. */
export function distributionPath(programmeId: string): string {
  return `/programmes/${segment(programmeId)}/distribution`;
}

/** The lead's progress to the programme's targets. */
export function targetsPath(programmeId: string): string {
  return `/programmes/${segment(programmeId)}/targets`;
}
