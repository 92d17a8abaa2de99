import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SurveyProgrammeQuery, SurveyProgrammeQueryVariables } from '../../../generated/graphql';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';

export type ProgrammeSurveyRound = SurveyProgrammeQuery['surveyProgramme'][number];

/** The lead's overview: the programme's name and every office's rounds with their counts (never per-question results). */
export const SURVEY_PROGRAMME_QUERY: TypedDocumentNode<SurveyProgrammeQuery, SurveyProgrammeQueryVariables> = gql`
  query SurveyProgramme($programmeId: ID!) {
    programme(id: $programmeId) {
      ...ProgrammeHeaderFields
    }
    surveyProgramme(programmeId: $programmeId) {
      id
      kind
      state
      officeId
      officeName
      periodLabel
      responses
      invited
      satisfiedPct
    }
  }
  ${PROGRAMME_HEADER_FIELDS}
`;
