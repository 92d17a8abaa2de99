import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PeerGroupCheckQuery, PeerGroupCheckQueryVariables } from '../../../generated/graphql';

/** Whether the API would accept a custom group of these offices, and if not why (asked while choosing; nothing is saved). */
export const PEER_GROUP_CHECK_QUERY: TypedDocumentNode<PeerGroupCheckQuery, PeerGroupCheckQueryVariables> = gql`
  query PeerGroupCheck($input: PeerGroupMembersInput!) {
    peerGroupCheck(input: $input) {
      accepted
      reason
      members
      minimum
    }
  }
`;
