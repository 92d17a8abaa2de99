import { gql, type TypedDocumentNode } from '@apollo/client';

export interface InviteTargetProgramme {
  id: string;
  name: string;
  offices: { id: string; name: string }[];
}

/** The programmes (with their offices) an admin can invite people to, on the all-accounts page. */
export const INVITE_PROGRAMMES_QUERY: TypedDocumentNode<{ programmes: InviteTargetProgramme[] }, Record<string, never>> = gql`
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
export const INVITE_PROGRAMME_QUERY: TypedDocumentNode<{ programme: InviteTargetProgramme | null }, { id: string }> = gql`
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
