import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CreatePeerGroupMutation, CreatePeerGroupMutationVariables } from '../../../generated/graphql';
import { SETTINGS_PEER_GROUP_FIELDS } from './settings-peer-group.fragment';

/** The lead defines a custom peer group (refused when it would single out few offices). */
export const CREATE_PEER_GROUP_MUTATION: TypedDocumentNode<CreatePeerGroupMutation, CreatePeerGroupMutationVariables> = gql`
  mutation CreatePeerGroup($input: PeerGroupInput!) {
    createPeerGroup(input: $input) {
      ...SettingsPeerGroupFields
    }
  }
  ${SETTINGS_PEER_GROUP_FIELDS}
`;
