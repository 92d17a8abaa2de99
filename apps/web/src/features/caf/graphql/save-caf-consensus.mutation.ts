import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SaveCafConsensusMutation, SaveCafConsensusMutationVariables } from '../../../generated/graphql';
import { CAF_CYCLE_FIELDS } from './caf-cycle.fragment';

/** The agreed scores (CONFLICT when someone else saved first). */
export const SAVE_CAF_CONSENSUS_MUTATION: TypedDocumentNode<SaveCafConsensusMutation, SaveCafConsensusMutationVariables> = gql`
  mutation SaveCafConsensus($cycleId: ID!, $scores: [CafScoreInput!]!, $expectedVersion: Int!) {
    saveCafConsensus(cycleId: $cycleId, scores: $scores, expectedVersion: $expectedVersion) {
      ...CafCycleFields
    }
  }
  ${CAF_CYCLE_FIELDS}
`;
