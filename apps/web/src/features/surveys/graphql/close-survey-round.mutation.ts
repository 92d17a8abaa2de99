import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CloseSurveyRoundMutation, CloseSurveyRoundMutationVariables } from '../../../generated/graphql';
import { SURVEY_ROUND_FIELDS } from './survey-round.fragment';

/** Closes a round: its satisfied share goes into the year's submission, submitted for approval when asked. */
export const CLOSE_SURVEY_ROUND_MUTATION: TypedDocumentNode<CloseSurveyRoundMutation, CloseSurveyRoundMutationVariables> = gql`
  mutation CloseSurveyRound($roundId: ID!, $expectedVersion: Int!, $submit: Boolean!) {
    closeSurveyRound(roundId: $roundId, expectedVersion: $expectedVersion, submit: $submit) {
      ...SurveyRoundFields
    }
  }
  ${SURVEY_ROUND_FIELDS}
`;
