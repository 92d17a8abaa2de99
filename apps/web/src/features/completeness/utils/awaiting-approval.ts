import type { CompletenessRow } from '../graphql/completeness.query';

/** The submissions waiting for the lead: SUBMITTED, the longest waiting first (then by office name). */
export function awaitingApproval(rows: readonly CompletenessRow[]): CompletenessRow[] {
  return rows
    .filter(({ status }) => status === 'SUBMITTED')
    .sort(
      (a, b) =>
        (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') ||
        a.period.startsOn.localeCompare(b.period.startsOn) ||
        a.office.name.localeCompare(b.office.name, 'pl'),
    );
}
