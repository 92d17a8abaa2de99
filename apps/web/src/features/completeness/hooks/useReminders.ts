import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { REMINDERS_QUERY } from '../graphql/reminders.query';
import { SEND_REMINDERS_MUTATION } from '../graphql/send-reminders.mutation';
import { lastReminders } from '../utils/reminders';

/** When each office was last reminded about each period (key `officeId/periodId`), once loaded. */
export function useLastReminders(programmeId: string): ReadonlyMap<string, string> {
  const { data } = useQuery(REMINDERS_QUERY, { variables: { programmeId } });
  return useMemo(() => lastReminders(data?.reminders ?? []), [data]);
}

/** The lead's "send reminders now"; the reminders list is asked again after it. */
export function useSendReminders() {
  return useMutation(SEND_REMINDERS_MUTATION, { refetchQueries: [REMINDERS_QUERY], awaitRefetchQueries: true });
}
