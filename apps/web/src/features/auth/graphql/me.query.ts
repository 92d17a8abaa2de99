import { gql, type TypedDocumentNode } from '@apollo/client';
import { SESSION_USER_FIELDS, type SessionUser } from './session-user.fragment';

export interface MeData {
  me: SessionUser | null;
}

export const ME_QUERY: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      ...SessionUserFields
    }
  }
  ${SESSION_USER_FIELDS}
`;
