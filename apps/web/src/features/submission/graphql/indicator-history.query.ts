import { gql, type TypedDocumentNode } from '@apollo/client';
import type { IndicatorHistoryQuery, IndicatorHistoryQueryVariables } from '../../../generated/graphql';

/** One earlier period of an indicator as the office entered it (status null: nothing saved then). */
export type HistoryPoint = IndicatorHistoryQuery['indicatorHistory'][number];

/** The office's own entries of one indicator in the periods of the same kind before this one, newest first. */
export const INDICATOR_HISTORY_QUERY: TypedDocumentNode<IndicatorHistoryQuery, IndicatorHistoryQueryVariables> = gql`
  query IndicatorHistory($officeId: ID!, $periodId: ID!, $indicatorCode: String!) {
    indicatorHistory(officeId: $officeId, periodId: $periodId, indicatorCode: $indicatorCode) {
      period {
        id
        label
      }
      status
      value
      numerator
      denominator
    }
  }
`;
