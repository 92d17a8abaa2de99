import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RequestProgrammeReportMutation, RequestProgrammeReportMutationVariables } from '../../../generated/graphql';
import { PROGRAMME_REPORT_FIELDS } from './programme-report.fragment';

/** Starts a programme report in the background, or returns the kept one while it is still current. */
export const REQUEST_PROGRAMME_REPORT_MUTATION: TypedDocumentNode<RequestProgrammeReportMutation, RequestProgrammeReportMutationVariables> =
  gql`
    mutation RequestProgrammeReport($programmeId: ID!, $periodId: ID!, $language: String!) {
      requestProgrammeReport(programmeId: $programmeId, periodId: $periodId, language: $language) {
        ...ProgrammeReportFields
      }
    }
    ${PROGRAMME_REPORT_FIELDS}
  `;
