import { gql, type TypedDocumentNode } from '@apollo/client';
import type { TrendQuery, TrendQueryVariables } from '../../../generated/graphql';

export type TrendPoint = TrendQuery['trend'][number];

/** An indicator's own value against the peer mean and median over every released period. */
export const TREND_QUERY: TypedDocumentNode<TrendQuery, TrendQueryVariables> = gql`
  query Trend($programmeId: ID!, $officeId: ID!, $indicatorCode: String!, $peerGroupId: ID) {
    trend(programmeId: $programmeId, officeId: $officeId, indicatorCode: $indicatorCode, peerGroupId: $peerGroupId) {
      period {
        id
        label
      }
      own
      peerMean
      peerMedian
      suppressed
      suppressionReason
    }
  }
`;
