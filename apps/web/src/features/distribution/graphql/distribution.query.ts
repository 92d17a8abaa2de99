import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DistributionQuery, DistributionQueryVariables } from '../../../generated/graphql';

/** value null: the office has no value of the indicator in the period; status null: nothing saved yet. */
export type OfficeValue = DistributionQuery['distribution'][number];
/** A programme target: the chart draws the one of its indicator. */
export type DistributionTarget = NonNullable<DistributionQuery['programme']>['targets'][number];

/**
 * Every office's identified, live value of one indicator in one period (the lead only), and the
 * programme's targets (the chart marks the indicator's).
 */
export const DISTRIBUTION_QUERY: TypedDocumentNode<DistributionQuery, DistributionQueryVariables> = gql`
  query Distribution($programmeId: ID!, $periodId: ID!, $indicatorCode: String!) {
    distribution(programmeId: $programmeId, periodId: $periodId, indicatorCode: $indicatorCode) {
      office {
        id
        name
      }
      value
      status
    }
    programme(id: $programmeId) {
      id
      targets {
        id
        kind
        value
        indicator {
          code
          unit
        }
      }
    }
  }
`;
