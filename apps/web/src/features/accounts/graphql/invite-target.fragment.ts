import { gql } from '@apollo/client';

/** A programme with its offices, as the invitation form offers it (both invite-target queries ask for the same). */
export const INVITE_TARGET_FIELDS = gql`
  fragment InviteTargetFields on Programme {
    id
    name
    offices {
      id
      name
    }
  }
`;
