import { gql, type TypedDocumentNode } from '@apollo/client';
import { SESSION_USER_FIELDS, type SessionUser } from './session-user.fragment';

export interface LoginData {
  login: SessionUser;
}

export interface LoginVariables {
  email: string;
  password: string;
}

export const LOGIN_MUTATION: TypedDocumentNode<LoginData, LoginVariables> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionUserFields
    }
  }
  ${SESSION_USER_FIELDS}
`;
