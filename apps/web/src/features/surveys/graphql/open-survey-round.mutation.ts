import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OpenSurveyRoundMutation, OpenSurveyRoundMutationVariables } from '../../../generated/graphql';
import { SURVEY_ROUND_FIELDS } from './survey-round.fragment';

/** The coordinator opens the office's survey of clients or employees in an annual period. */
export const OPEN_SURVEY_ROUND_MUTATION: TypedDocumentNode<OpenSurveyRoundMutation, OpenSurveyRoundMutationVariables> = gql`
  mutation OpenSurveyRound($programmeId: ID!, $officeId: ID!, $periodId: ID!, $kind: SurveyKind!) {
    openSurveyRound(programmeId: $programmeId, officeId: $officeId, periodId: $periodId, kind: $kind) {
      ...SurveyRoundFields
    }
  }
  ${SURVEY_ROUND_FIELDS}
`;
