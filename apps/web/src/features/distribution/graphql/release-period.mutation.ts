import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReleasePeriodMutation, ReleasePeriodMutationVariables } from '../../../generated/graphql';

/**
 * The lead publishes the period's peer statistics. Refused (extensions.code RELEASE_REFUSED, with
 * extensions.cells) while a re-release would let offices difference out a late office's value.
 */
export const RELEASE_PERIOD_MUTATION: TypedDocumentNode<ReleasePeriodMutation, ReleasePeriodMutationVariables> = gql`
  mutation ReleasePeriod($periodId: ID!) {
    releasePeriod(periodId: $periodId) {
      id
      releasedAt
      state
    }
  }
`;
