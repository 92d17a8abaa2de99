import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SurveyQuestionnaireQuery, SurveyQuestionnaireQueryVariables } from '../../../generated/graphql';
import { SURVEY_QUESTION_FIELDS } from './survey-question.fragment';

export type SurveyQuestionnaire = SurveyQuestionnaireQuery['surveyQuestionnaire'];
export type SurveyQuestion = SurveyQuestionnaire['questions'][number];

/** A programme's questionnaire as a round opened now would ask it: the standard questions, then the extras. */
export const SURVEY_QUESTIONNAIRE_QUERY: TypedDocumentNode<SurveyQuestionnaireQuery, SurveyQuestionnaireQueryVariables> = gql`
  query SurveyQuestionnaire($programmeId: ID!, $kind: SurveyKind!) {
    surveyQuestionnaire(programmeId: $programmeId, kind: $kind) {
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
