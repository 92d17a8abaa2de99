import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReviewListQuery, ReviewListQueryVariables } from '../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from './indicator-name.fragment';
import { PERIOD_FIELDS } from './period-fields.fragment';
import { PROGRAMME_HEADER_FIELDS } from './programme-header.fragment';

/**
 * The lead's review list (shared by the list page and the review page, which goes on to the next
 * submission of the same list): the programme's submissions filtered by period and status, the longest
 * waiting first, each with its values' plausibility warnings and the lead's latest reason.
 */
export type ReviewItem = ReviewListQuery['reviewList'][number];

export const REVIEW_LIST_QUERY: TypedDocumentNode<ReviewListQuery, ReviewListQueryVariables> = gql`
  query ReviewList($programmeId: ID!, $periodId: ID, $status: SubmissionStatus) {
    programme(id: $programmeId) {
      ...ProgrammeHeaderFields
      periods {
        ...PeriodFields
        state
        releasedAt
      }
    }
    reviewList(programmeId: $programmeId, periodId: $periodId, status: $status) {
      warningCount
      latestComment {
        kind
        text
        at
      }
      submission {
        id
        status
        version
        submittedAt
        updatedAt
        office {
          id
          name
        }
        period {
          id
          label
        }
        values {
          indicator {
            ...IndicatorNameFields
          }
          warnings
          comment
        }
      }
    }
  }
  ${PROGRAMME_HEADER_FIELDS}
  ${PERIOD_FIELDS}
  ${INDICATOR_NAME_FIELDS}
`;
