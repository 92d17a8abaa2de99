import { gql, type TypedDocumentNode } from '@apollo/client';
import { SESSION_USER_FIELDS, type SessionUser } from './session-user.fragment';

export interface SetPasswordData {
  setPassword: SessionUser;
}

export interface SetPasswordVariables {
  token: string;
  password: string;
}

export const SET_PASSWORD_MUTATION: TypedDocumentNode<SetPasswordData, SetPasswordVariables> = gql`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) {
      ...SessionUserFields
    }
  }
  ${SESSION_USER_FIELDS}
`;
