import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  InviteProgrammeQuery,
  InviteProgrammeQueryVariables,
  InviteProgrammesQuery,
  InviteProgrammesQueryVariables,
} from '../../../generated/graphql';
import { INVITE_TARGET_FIELDS } from './invite-target.fragment';

export type InviteTargetProgramme = InviteProgrammesQuery['programmes'][number];

/** The programmes (with their offices) an admin can invite people to, on the all-accounts page. */
export const INVITE_PROGRAMMES_QUERY: TypedDocumentNode<InviteProgrammesQuery, InviteProgrammesQueryVariables> = gql`
  query InviteProgrammes {
    programmes {
      ...InviteTargetFields
    }
  }
  ${INVITE_TARGET_FIELDS}
`;

/** One programme with its offices, on a programme's accounts page. */
export const INVITE_PROGRAMME_QUERY: TypedDocumentNode<InviteProgrammeQuery, InviteProgrammeQueryVariables> = gql`
  query InviteProgramme($id: ID!) {
    programme(id: $id) {
      ...InviteTargetFields
    }
  }
  ${INVITE_TARGET_FIELDS}
`;
