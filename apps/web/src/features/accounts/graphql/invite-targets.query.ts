import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  InviteProgrammeQuery,
  InviteProgrammeQueryVariables,
  InviteProgrammesQuery,
  InviteProgrammesQueryVariables,
} from '../../../generated/graphql';

export type InviteTargetProgramme = InviteProgrammesQuery['programmes'][number];

/** The programmes (with their offices) an admin can invite people to, on the all-accounts page. */
export const INVITE_PROGRAMMES_QUERY: TypedDocumentNode<InviteProgrammesQuery, InviteProgrammesQueryVariables> = gql`
  query InviteProgrammes {
    programmes {
      id
      name
      offices {
        id
        name
      }
    }
  }
`;

/** One programme with its offices, on a programme's accounts page. */
export const INVITE_PROGRAMME_QUERY: TypedDocumentNode<InviteProgrammeQuery, InviteProgrammeQueryVariables> = gql`
  query InviteProgramme($id: ID!) {
    programme(id: $id) {
      id
      name
      offices {
        id
        name
      }
    }
  }
`;
