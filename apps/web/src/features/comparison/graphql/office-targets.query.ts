import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeTargetsQuery, OfficeTargetsQueryVariables } from '../../../generated/graphql';
import { OFFICE_PROGRESS_FIELDS } from '../../../lib/graphql/office-progress-fields.fragment';
import { TARGET_FIELDS } from '../../../lib/graphql/target-fields.fragment';

/** The office's way to one programme target (its own values only). */
export type OfficeTarget = OfficeTargetsQuery['officeProgress'][number];

/** The office's progress to the programme's targets, for an indicator's detail (filtered by its code). */
export const OFFICE_TARGETS_QUERY: TypedDocumentNode<OfficeTargetsQuery, OfficeTargetsQueryVariables> = gql`
  query OfficeTargets($programmeId: ID!, $officeId: ID!) {
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
