import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SendRemindersMutation, SendRemindersMutationVariables } from '../../../generated/graphql';

/**
 * The lead e-mails a reminder now to the coordinators of every office that has not handed in the
 * period; offices reminded today already are skipped (at most one reminder a day).
 */
export const SEND_REMINDERS_MUTATION: TypedDocumentNode<SendRemindersMutation, SendRemindersMutationVariables> = gql`
  mutation SendReminders($programmeId: ID!, $periodId: ID!) {
    sendReminders(programmeId: $programmeId, periodId: $periodId) {
      remindedOffices
      emailsSent
      alreadyReminded {
        id
        name
      }
      withoutCoordinator {
        id
        name
      }
      failed {
        id
        name
      }
    }
  }
`;
