import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LoginMutation, LoginMutationVariables } from '../../../generated/graphql';

/**
 * Only the id: the session (roles included) is then read with `me`, the one query that describes the
 * signed-in user, in a request that already carries the new cookie.
 */
export const LOGIN_MUTATION: TypedDocumentNode<LoginMutation, LoginMutationVariables> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`;
