import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MeQuery, MeQueryVariables } from '../../../generated/graphql';
import { SESSION_USER_FIELDS } from '../../../lib/session/graphql/session-user.fragment';

export const ME_QUERY: TypedDocumentNode<MeQuery, MeQueryVariables> = gql`
  query Me {
    me {
      ...SessionUserFields
    }
  }
  ${SESSION_USER_FIELDS}
`;
