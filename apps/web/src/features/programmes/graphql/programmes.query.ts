import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ProgrammesQueryData {
  programmes: { id: string; name: string }[];
}

export const PROGRAMMES_QUERY: TypedDocumentNode<ProgrammesQueryData, Record<string, never>> = gql`
  query Programmes {
    programmes {
      id
      name
    }
  }
`;
