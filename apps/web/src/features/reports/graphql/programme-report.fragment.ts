import { gql } from '@apollo/client';
import type { ProgrammeReportFieldsFragment } from '../../../generated/graphql';

export type ProgrammeReport = ProgrammeReportFieldsFragment;

/** A programme report as the page shows it: its progress while made, its file when done. */
export const PROGRAMME_REPORT_FIELDS = gql`
  fragment ProgrammeReportFields on ProgrammeReport {
    id
    period {
      id
      label
    }
    language
    state
    progress
    step
    pageCount
    sizeBytes
    requestedAt
    finishedAt
    current
    downloadUrl
    failure
  }
`;
