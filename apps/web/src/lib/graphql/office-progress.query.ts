import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeProgressQuery, OfficeProgressQueryVariables } from '../../generated/graphql';
import { TARGET_FIELDS } from './target-fields.fragment';
import { OFFICE_PROGRESS_FIELDS } from './office-progress-fields.fragment';

/** The office's way to one programme target (its own values only). */
export type OfficeTarget = OfficeProgressQuery['officeProgress'][number];

/** The office's progress to each target of the programme (its coordinators and the lead): the targets pages and the comparison's detail. */
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
