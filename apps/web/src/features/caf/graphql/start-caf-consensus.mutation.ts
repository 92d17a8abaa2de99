import { gql, type TypedDocumentNode } from '@apollo/client';
import type { StartCafConsensusMutation, StartCafConsensusMutationVariables } from '../../../generated/graphql';
import { CAF_CYCLE_FIELDS } from './caf-cycle.fragment';

/** Coordinator: moves the group to consensus once every member scored all 28. */
export const START_CAF_CONSENSUS_MUTATION: TypedDocumentNode<StartCafConsensusMutation, StartCafConsensusMutationVariables> = gql`
  mutation StartCafConsensus($cycleId: ID!, $expectedVersion: Int!) {
    startCafConsensus(cycleId: $cycleId, expectedVersion: $expectedVersion) {
      ...CafCycleFields
    }
  }
  ${CAF_CYCLE_FIELDS}
`;
