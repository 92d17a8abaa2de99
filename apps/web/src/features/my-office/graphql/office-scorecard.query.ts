import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeScorecardQuery, OfficeScorecardQueryVariables } from '../../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from '../../../lib/graphql/indicator-name.fragment';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';
import { TARGET_FIELDS } from '../../../lib/graphql/target-fields.fragment';

export type OfficeScorecard = OfficeScorecardQuery['officeScorecard'];
export type OfficeTask = OfficeScorecard['tasks'][number];
export type ScorecardLine = OfficeScorecard['lines'][number];
export type OfficeReminder = OfficeScorecardQuery['reminders'][number];

/**
 * The office's home in one request: the programme's header, the scorecard (open periods, every indicator
 * against one peer group: the office's kind unless `peerGroupId` is given) and the reminders sent.
 */
export const OFFICE_SCORECARD_QUERY: TypedDocumentNode<OfficeScorecardQuery, OfficeScorecardQueryVariables> = gql`
  query OfficeScorecard($programmeId: ID!, $officeId: ID!, $peerGroupId: ID) {
    programme(id: $programmeId) {
      ...ProgrammeHeaderFields
    }
    officeScorecard(programmeId: $programmeId, officeId: $officeId, peerGroupId: $peerGroupId) {
      office {
        id
        name
        kind
        region
      }
      peerGroups {
        id
        name
      }
      peerGroup {
        id
        name
      }
      tasks {
        period {
          id
          label
          deadline
        }
        status
        returnReason
        filledCount
        expectedCount
        daysToDeadline
        late
        done
      }
      lines {
        indicator {
          ...IndicatorNameFields
          unit
          direction
        }
        latest
        latestPeriod {
          id
          label
        }
        change
        previousPeriod {
          id
          label
        }
        comparedPeriod {
          id
          label
        }
        own
        suppressed
        suppressionReason
        mean
        median
        ownQuartile
        versusMean
        progress {
          status
          target {
            ...TargetFields
          }
        }
        trend {
          period {
            id
            label
          }
          own
          peerMean
        }
      }
    }
    reminders(programmeId: $programmeId, officeId: $officeId) {
      id
      sentAt
      period {
        id
      }
    }
  }
  ${PROGRAMME_HEADER_FIELDS}
  ${INDICATOR_NAME_FIELDS}
  ${TARGET_FIELDS}
`;
