import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CompletenessQuery, CompletenessQueryVariables } from '../../../generated/graphql';

/**
 * One office in one period (every office x every period that has opened). status null: nothing saved
 * yet; isLate: the deadline has passed and the office has not handed in; coordinatorEmails: active
 * coordinators of the office, for reminders.
 */
export type CompletenessRow = CompletenessQuery['completeness'][number];
export type CompletenessPeriod = CompletenessRow['period'];

export const COMPLETENESS_QUERY: TypedDocumentNode<CompletenessQuery, CompletenessQueryVariables> = gql`
  query Completeness($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
      isDemo
      offices {
        id
        name
      }
    }
    completeness(programmeId: $programmeId) {
      office {
        id
        name
      }
      period {
        id
        label
        kind
        startsOn
        deadline
        state
      }
      status
      isLate
      filledCount
      expectedCount
      submittedAt
      coordinatorEmails
    }
  }
`;
