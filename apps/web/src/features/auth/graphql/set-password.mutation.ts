import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SetPasswordMutation, SetPasswordMutationVariables } from '../../../generated/graphql';

/** Signs the user in; as after a log-in, the session is then read with `me`. */
export const SET_PASSWORD_MUTATION: TypedDocumentNode<SetPasswordMutation, SetPasswordMutationVariables> = gql`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) {
      id
    }
  }
`;
