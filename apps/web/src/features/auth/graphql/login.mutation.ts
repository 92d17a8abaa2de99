import { gql, type TypedDocumentNode } from '@apollo/client';

export interface LoginVariables {
  email: string;
  password: string;
}

/**
 * Only the id: the session (roles included) is then read with `me`, the one query that describes the
 * signed-in user, in a request that already carries the new cookie.
 */
export const LOGIN_MUTATION: TypedDocumentNode<{ login: { id: string } }, LoginVariables> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`;
