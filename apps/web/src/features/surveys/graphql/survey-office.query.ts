import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SurveyOfficeQuery, SurveyOfficeQueryVariables } from '../../../generated/graphql';
import { SURVEY_ROUND_FIELDS } from './survey-round.fragment';

export type SurveyOffice = SurveyOfficeQuery['surveyOffice'];
export type SurveyRound = SurveyOffice['rounds'][number];
export type SurveyOpenable = SurveyOffice['openable'][number];
export type SurveyQuestionResult = NonNullable<SurveyRound['results']>[number];

/** An office's rounds and what its coordinator may open (asked again every 20 s while a round is open). */
export const SURVEY_OFFICE_QUERY: TypedDocumentNode<SurveyOfficeQuery, SurveyOfficeQueryVariables> = gql`
  query SurveyOffice($programmeId: ID!, $officeId: ID!) {
    surveyOffice(programmeId: $programmeId, officeId: $officeId) {
      programmeId
      officeId
      officeName
      mayManage
      openable {
        kind
        periodId
        periodLabel
      }
      rounds {
        ...SurveyRoundFields
      }
    }
  }
  ${SURVEY_ROUND_FIELDS}
`;
