import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CloseCafCycleMutation, CloseCafCycleMutationVariables } from '../../../generated/graphql';
import { CAF_CYCLE_FIELDS } from './caf-cycle.fragment';

/** Coordinator: closes the self-assessment and hands its total in as CAF_TOTAL_SCORE. */
export const CLOSE_CAF_CYCLE_MUTATION: TypedDocumentNode<CloseCafCycleMutation, CloseCafCycleMutationVariables> = gql`
  mutation CloseCafCycle($cycleId: ID!, $expectedVersion: Int!) {
    closeCafCycle(cycleId: $cycleId, expectedVersion: $expectedVersion) {
      ...CafCycleFields
    }
  }
  ${CAF_CYCLE_FIELDS}
`;
