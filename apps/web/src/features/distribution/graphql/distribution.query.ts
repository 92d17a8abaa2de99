import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DistributionQuery, DistributionQueryVariables } from '../../../generated/graphql';

/** value null: the office has no value of the indicator in the period; status null: nothing saved yet. */
export type OfficeValue = DistributionQuery['distribution'][number];

/** Every office's identified, live value of one indicator in one period (the lead only). */
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
  }
`;
