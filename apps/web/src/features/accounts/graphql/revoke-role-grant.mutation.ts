import { gql, type TypedDocumentNode } from '@apollo/client';

export const REVOKE_ROLE_GRANT_MUTATION: TypedDocumentNode<{ revokeRoleGrant: boolean }, { grantId: string }> = gql`
  mutation RevokeRoleGrant($grantId: ID!) {
    revokeRoleGrant(grantId: $grantId)
  }
`;
