import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LeadHomeQuery, LeadHomeQueryVariables } from '../../../generated/graphql';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';

export type LeadHome = LeadHomeQuery['leadHome'];

/** The lead's home in one request: the programme's header and leadHome. */
export const LEAD_HOME_QUERY: TypedDocumentNode<LeadHomeQuery, LeadHomeQueryVariables> = gql`
  query LeadHome($programmeId: ID!) {
    programme(id: $programmeId) {
      ...ProgrammeHeaderFields
      offices {
        id
      }
    }
    leadHome(programmeId: $programmeId) {
      currentPeriod {
        id
        label
        kind
        deadline
      }
      daysToDeadline
      completeness {
        offices
        notStarted
        draft
        submitted
        returned
        approved
        late
      }
      targets {
        target {
          id
          kind
          value
          dueOn
          indicator {
            code
            name
            nameEn
            unit
          }
        }
        offices
        officesWithData
        officesOnTrack
      }
      spread {
        indicator {
          code
          name
          nameEn
        }
        period {
          id
          label
        }
        offices
        relativeSpread
      }
      waiting {
        submissionsToReview
        periodsToLock {
          id
          label
        }
        periodsToPublish {
          id
          label
        }
      }
      newestPractices {
        id
        title
        publishedAt
        fromSources
        year
        office {
          id
          name
        }
      }
    }
  }
  ${PROGRAMME_HEADER_FIELDS}
`;
