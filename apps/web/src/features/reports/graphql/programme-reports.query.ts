import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProgrammeReportsQuery, ProgrammeReportsQueryVariables } from '../../../generated/graphql';
import { PROGRAMME_REPORT_FIELDS } from './programme-report.fragment';

/** The programme's kept reports, newest first. */
export const PROGRAMME_REPORTS_QUERY: TypedDocumentNode<ProgrammeReportsQuery, ProgrammeReportsQueryVariables> = gql`
  query ProgrammeReports($programmeId: ID!) {
    programmeReports(programmeId: $programmeId) {
      ...ProgrammeReportFields
    }
  }
  ${PROGRAMME_REPORT_FIELDS}
`;
