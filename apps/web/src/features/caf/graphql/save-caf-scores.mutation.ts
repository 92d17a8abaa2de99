import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SaveCafScoresMutation, SaveCafScoresMutationVariables } from '../../../generated/graphql';
import { CAF_CYCLE_FIELDS } from './caf-cycle.fragment';

/** A group member's own draft scores: only the codes sent change. */
export const SAVE_CAF_SCORES_MUTATION: TypedDocumentNode<SaveCafScoresMutation, SaveCafScoresMutationVariables> = gql`
  mutation SaveCafScores($cycleId: ID!, $scores: [CafScoreInput!]!) {
    saveCafScores(cycleId: $cycleId, scores: $scores) {
      ...CafCycleFields
    }
  }
  ${CAF_CYCLE_FIELDS}
`;
