import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DeletePeerGroupMutation, DeletePeerGroupMutationVariables } from '../../../generated/graphql';

/** The lead deletes a custom peer group no release has published. */
export const DELETE_PEER_GROUP_MUTATION: TypedDocumentNode<DeletePeerGroupMutation, DeletePeerGroupMutationVariables> = gql`
  mutation DeletePeerGroup($peerGroupId: ID!) {
    deletePeerGroup(peerGroupId: $peerGroupId)
  }
`;
