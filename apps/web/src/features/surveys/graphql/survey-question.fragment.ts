import { gql } from '@apollo/client';

/** A question as the pages show it: its text in the request's language and both texts for the lead's editor. */
export const SURVEY_QUESTION_FIELDS = gql`
  fragment SurveyQuestionFields on SurveyQuestion {
    code
    kind
    required
    standard
    cafCriterion
    text
    textPl
    textEn
  }
`;
