import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LogoutMutation, LogoutMutationVariables } from '../../../generated/graphql';

export const LOGOUT_MUTATION: TypedDocumentNode<LogoutMutation, LogoutMutationVariables> = gql`
  mutation Logout {
    logout
  }
`;
