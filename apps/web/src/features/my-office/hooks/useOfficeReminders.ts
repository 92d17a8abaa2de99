import { useQuery } from '@apollo/client/react';
import { OFFICE_REMINDERS_QUERY } from '../graphql/office-reminders.query';

/** The office's reminders (empty while loading, or for a caller who may not see them). */
export function useOfficeReminders(programmeId: string, officeId: string) {
  const { data } = useQuery(OFFICE_REMINDERS_QUERY, { variables: { programmeId, officeId } });
  return data?.reminders ?? [];
}
