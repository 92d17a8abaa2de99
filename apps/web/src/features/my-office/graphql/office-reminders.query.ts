import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeRemindersQuery, OfficeRemindersQueryVariables } from '../../../generated/graphql';

/** The e-mail reminders the office's coordinators were sent, newest first. */
export const OFFICE_REMINDERS_QUERY: TypedDocumentNode<OfficeRemindersQuery, OfficeRemindersQueryVariables> = gql`
  query OfficeReminders($programmeId: ID!, $officeId: ID!) {
    reminders(programmeId: $programmeId, officeId: $officeId) {
      id
      sentAt
      period {
        id
      }
    }
  }
`;
