import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CompletenessQuery, CompletenessQueryVariables } from '../../../generated/graphql';
import { PERIOD_FIELDS } from '../../../lib/graphql/period-fields.fragment';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';

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
      ...ProgrammeHeaderFields
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
        ...PeriodFields
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
  ${PROGRAMME_HEADER_FIELDS}
  ${PERIOD_FIELDS}
`;
