import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProgrammeReportQuery, ProgrammeReportQueryVariables } from '../../../generated/graphql';
import { PROGRAMME_REPORT_FIELDS } from './programme-report.fragment';

/** One report, asked for again and again while it is made (its progress). */
export const PROGRAMME_REPORT_QUERY: TypedDocumentNode<ProgrammeReportQuery, ProgrammeReportQueryVariables> = gql`
  query ProgrammeReport($id: ID!) {
    programmeReport(id: $id) {
      ...ProgrammeReportFields
    }
  }
  ${PROGRAMME_REPORT_FIELDS}
`;
