import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProgrammesQuery, ProgrammesQueryVariables } from '../../../generated/graphql';

export const PROGRAMMES_QUERY: TypedDocumentNode<ProgrammesQuery, ProgrammesQueryVariables> = gql`
  query Programmes {
    programmes {
      id
      name
    }
  }
`;
