import { gql } from '@apollo/client';

/** A peer group with its members and, when the lead cannot delete it, why. */
export const SETTINGS_PEER_GROUP_FIELDS = gql`
  fragment SettingsPeerGroupFields on PeerGroup {
    id
    name
    basis
    deletionRefusal
    members {
      id
    }
  }
`;
