import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SetSurveyExtraQuestionsMutation, SetSurveyExtraQuestionsMutationVariables } from '../../../generated/graphql';
import { SURVEY_QUESTION_FIELDS } from './survey-question.fragment';

/** The lead replaces the programme's extra questions of one questionnaire (refused when the version is stale). */
export const SET_SURVEY_EXTRA_QUESTIONS_MUTATION: TypedDocumentNode<
  SetSurveyExtraQuestionsMutation,
  SetSurveyExtraQuestionsMutationVariables
> = gql`
  mutation SetSurveyExtraQuestions(
    $programmeId: ID!
    $kind: SurveyKind!
    $questions: [SurveyExtraQuestionInput!]!
    $expectedVersion: Int!
  ) {
    setSurveyExtraQuestions(programmeId: $programmeId, kind: $kind, questions: $questions, expectedVersion: $expectedVersion) {
      programmeId
      kind
      mayEdit
      version
      questions {
        ...SurveyQuestionFields
      }
    }
  }
  ${SURVEY_QUESTION_FIELDS}
`;
