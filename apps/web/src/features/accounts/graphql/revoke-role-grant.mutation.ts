import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RevokeRoleGrantMutation, RevokeRoleGrantMutationVariables } from '../../../generated/graphql';

export const REVOKE_ROLE_GRANT_MUTATION: TypedDocumentNode<RevokeRoleGrantMutation, RevokeRoleGrantMutationVariables> = gql`
  mutation RevokeRoleGrant($grantId: ID!) {
    revokeRoleGrant(grantId: $grantId)
  }
`;
