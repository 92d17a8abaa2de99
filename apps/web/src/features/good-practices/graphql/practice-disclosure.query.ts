import { gql, type TypedDocumentNode } from '@apollo/client';

export interface PracticeDisclosure {
  officeId: string;
  /** The office lets suggestions say that it improved on an indicator (never by how much). */
  showImprovement: boolean;
  decidedAt: string | null;
}

export const PRACTICE_DISCLOSURE_QUERY: TypedDocumentNode<{ practiceDisclosure: PracticeDisclosure }, { officeId: string }> = gql`
  query PracticeDisclosure($officeId: ID!) {
    practiceDisclosure(officeId: $officeId) {
      officeId
      showImprovement
      decidedAt
    }
  }
`;
