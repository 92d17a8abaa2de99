const segment = encodeURIComponent;

/** An office's comparison with its peers. */
export function comparisonPath(programmeId: string, officeId: string): string {
  return `/programmes/${segment(programmeId)}/offices/${segment(officeId)}/comparison`;
}
