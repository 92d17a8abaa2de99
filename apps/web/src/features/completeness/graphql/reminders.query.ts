import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RemindersQuery, RemindersQueryVariables } from '../../../generated/graphql';

/** The e-mail reminders sent in the programme (the lead sees every office's), newest first. */
export const REMINDERS_QUERY: TypedDocumentNode<RemindersQuery, RemindersQueryVariables> = gql`
  query Reminders($programmeId: ID!) {
    reminders(programmeId: $programmeId) {
      id
      kind
      sentAt
      office {
        id
      }
      period {
        id
      }
    }
  }
`;
