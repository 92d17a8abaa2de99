import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SuppressionReason } from './benchmark.query';

export interface TrendPoint {
  period: { id: string; label: string };
  own: number | null;
  peerMean: number | null;
  peerMedian: number | null;
  suppressed: boolean;
  suppressionReason: SuppressionReason | null;
}

export interface TrendData {
  trend: TrendPoint[];
}

export interface TrendVariables {
  programmeId: string;
  officeId: string;
  indicatorCode: string;
  /** null: the group of all the programme's offices. */
  peerGroupId: string | null;
}

/** An indicator's own value against the peer mean and median over every released period. */
export const TREND_QUERY: TypedDocumentNode<TrendData, TrendVariables> = gql`
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
