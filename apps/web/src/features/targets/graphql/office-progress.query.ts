import { gql, type TypedDocumentNode } from '@apollo/client';
import { OFFICE_PROGRESS_FIELDS, TARGET_FIELDS, type OfficeProgressRow, type ProgressTarget } from './progress-fields.fragment';

export interface OfficeProgressData {
  officeProgress: (OfficeProgressRow & { target: ProgressTarget })[];
}

/** The office's progress to each target of the programme (its coordinators and the lead). */
export const OFFICE_PROGRESS_QUERY: TypedDocumentNode<OfficeProgressData, { programmeId: string; officeId: string }> = gql`
  query OfficeProgress($programmeId: ID!, $officeId: ID!) {
    officeProgress(programmeId: $programmeId, officeId: $officeId) {
      ...OfficeProgressFields
      target {
        ...TargetFields
      }
    }
  }
  ${OFFICE_PROGRESS_FIELDS}
  ${TARGET_FIELDS}
`;
