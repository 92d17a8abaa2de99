import type { SubmissionStatus } from '../../../generated/graphql';

/** The key of an office in a period. */
export const reminderKey = (officeId: string, periodId: string) => `${officeId}/${periodId}`;

/** The latest reminder of each office in each period, from the list (any order). */
export function lastReminders(
  reminders: ReadonlyArray<{ sentAt: string; office: { id: string }; period: { id: string } }>,
): Map<string, string> {
  const latest = new Map<string, string>();
  for (const { sentAt, office, period } of reminders) {
    const key = reminderKey(office.id, period.id);
    const known = latest.get(key);
    if (known === undefined || new Date(sentAt).getTime() > new Date(known).getTime()) latest.set(key, sentAt);
  }
  return latest;
}

/** How many offices of the period have not handed in (nothing saved, a draft, returned): whom a reminder would go to. */
export function officesToRemind(
  rows: ReadonlyArray<{ status: SubmissionStatus | null; period: { id: string } }>,
  periodId: string,
): number {
  return rows.filter((row) => row.period.id === periodId && row.status !== 'SUBMITTED' && row.status !== 'APPROVED').length;
}
