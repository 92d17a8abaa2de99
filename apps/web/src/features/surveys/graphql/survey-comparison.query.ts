import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SurveyComparisonQuery, SurveyComparisonQueryVariables } from '../../../generated/graphql';

export type SurveyPeerGroup = SurveyComparisonQuery['surveyComparison']['peers'][number];

/** A closed round's questions beside the released means of the office's peer groups. */
export const SURVEY_COMPARISON_QUERY: TypedDocumentNode<SurveyComparisonQuery, SurveyComparisonQueryVariables> = gql`
  query SurveyComparison($roundId: ID!) {
    surveyComparison(roundId: $roundId) {
      roundId
      released
      peers {
        peerGroupId
        peerGroupName
        contributorsBand
        suppressionReason
        means {
          code
          mean
        }
      }
    }
  }
`;
