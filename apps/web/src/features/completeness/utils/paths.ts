const segment = encodeURIComponent;

/** An office's submission for a period: the lead reviews a handed-in one, and views the others. */
export function cellPath(programmeId: string, officeId: string, periodId: string, status: string | null): string {
  const base = `/programmes/${segment(programmeId)}/offices/${segment(officeId)}/periods/${segment(periodId)}`;
  return status === 'SUBMITTED' || status === 'APPROVED' ? `${base}/review` : base;
}
