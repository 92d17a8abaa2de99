import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeProgressQuery, OfficeProgressQueryVariables } from '../../../generated/graphql';
import { TARGET_FIELDS } from '../../../lib/graphql/target-fields.fragment';
import { OFFICE_PROGRESS_FIELDS } from '../../../lib/graphql/office-progress-fields.fragment';

/** The office's progress to each target of the programme (its coordinators and the lead). */
export const OFFICE_PROGRESS_QUERY: TypedDocumentNode<OfficeProgressQuery, OfficeProgressQueryVariables> = gql`
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
