import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ComparisonProgrammeQuery, ComparisonProgrammeQueryVariables } from '../../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from '../../../lib/graphql/indicator-name.fragment';
import { PERIOD_FIELDS } from '../../../lib/graphql/period-fields.fragment';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';

export type ComparisonProgramme = NonNullable<ComparisonProgrammeQuery['programme']>;
/** An indicator as the comparison shows it: names, unit, direction, CAF criterion. */
export type ComparisonIndicator = ComparisonProgramme['indicators'][number];
/** A period with its release. */
export type ComparisonPeriod = ComparisonProgramme['periods'][number];
/** A peer group with its members (public facts): the page starts with the office's own kind. */
export type ComparisonPeerGroup = ComparisonProgramme['peerGroups'][number];

/**
 * What the comparison chooses from: the benchmark pages' periods, indicators and offices, and the peer
 * groups with their members, so that the office's own-kind group can be shown first. One request.
 */
export const COMPARISON_PROGRAMME_QUERY: TypedDocumentNode<ComparisonProgrammeQuery, ComparisonProgrammeQueryVariables> = gql`
  query ComparisonProgramme($programmeId: ID!) {
    programme(id: $programmeId) {
      ...ProgrammeHeaderFields
      offices {
        id
        name
      }
      indicators {
        ...IndicatorNameFields
        unit
        direction
        periodicity
        isRatio
        cafCriterion
      }
      periods {
        ...PeriodFields
        state
        releasedAt
      }
      peerGroups {
        id
        name
        basis
        members {
          id
        }
      }
    }
  }
  ${PROGRAMME_HEADER_FIELDS}
  ${PERIOD_FIELDS}
  ${INDICATOR_NAME_FIELDS}
`;
