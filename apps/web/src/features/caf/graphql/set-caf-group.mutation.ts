import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SetCafGroupMutation, SetCafGroupMutationVariables } from '../../../generated/graphql';
import { CAF_CYCLE_FIELDS } from './caf-cycle.fragment';

/** Coordinator: changes the group while it scores. */
export const SET_CAF_GROUP_MUTATION: TypedDocumentNode<SetCafGroupMutation, SetCafGroupMutationVariables> = gql`
  mutation SetCafGroup($cycleId: ID!, $assessorIds: [ID!]!, $expectedVersion: Int!) {
    setCafGroup(cycleId: $cycleId, assessorIds: $assessorIds, expectedVersion: $expectedVersion) {
      ...CafCycleFields
    }
  }
  ${CAF_CYCLE_FIELDS}
`;
