import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PracticeDisclosure } from './practice-disclosure.query';

export const SET_PRACTICE_DISCLOSURE_MUTATION: TypedDocumentNode<
  { setPracticeDisclosure: PracticeDisclosure },
  { officeId: string; showImprovement: boolean }
> = gql`
  mutation SetPracticeDisclosure($officeId: ID!, $showImprovement: Boolean!) {
    setPracticeDisclosure(officeId: $officeId, showImprovement: $showImprovement) {
      officeId
      showImprovement
      decidedAt
    }
  }
`;
