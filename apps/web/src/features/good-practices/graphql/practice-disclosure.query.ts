import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PracticeDisclosureQuery, PracticeDisclosureQueryVariables } from '../../../generated/graphql';

export const PRACTICE_DISCLOSURE_QUERY: TypedDocumentNode<PracticeDisclosureQuery, PracticeDisclosureQueryVariables> = gql`
  query PracticeDisclosure($officeId: ID!) {
    practiceDisclosure(officeId: $officeId) {
      officeId
      showImprovement
      decidedAt
    }
  }
`;
