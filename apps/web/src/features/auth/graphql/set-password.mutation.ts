import { gql, type TypedDocumentNode } from '@apollo/client';

export interface SetPasswordVariables {
  token: string;
  password: string;
}

/** Signs the user in; as after a log-in, the session is then read with `me`. */
export const SET_PASSWORD_MUTATION: TypedDocumentNode<{ setPassword: { id: string } }, SetPasswordVariables> = gql`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) {
      id
    }
  }
`;
