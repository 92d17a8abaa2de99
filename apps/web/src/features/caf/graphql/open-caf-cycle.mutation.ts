import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OpenCafCycleMutation, OpenCafCycleMutationVariables } from '../../../generated/graphql';
import { CAF_CYCLE_FIELDS } from './caf-cycle.fragment';

/** Coordinator: opens a self-assessment in a CAF period with its group. */
export const OPEN_CAF_CYCLE_MUTATION: TypedDocumentNode<OpenCafCycleMutation, OpenCafCycleMutationVariables> = gql`
  mutation OpenCafCycle($programmeId: ID!, $officeId: ID!, $periodId: ID!, $assessorIds: [ID!]!) {
    openCafCycle(programmeId: $programmeId, officeId: $officeId, periodId: $periodId, assessorIds: $assessorIds) {
      ...CafCycleFields
    }
  }
  ${CAF_CYCLE_FIELDS}
`;
