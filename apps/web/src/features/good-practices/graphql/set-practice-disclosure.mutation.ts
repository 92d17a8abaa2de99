import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SetPracticeDisclosureMutation, SetPracticeDisclosureMutationVariables } from '../../../generated/graphql';

export const SET_PRACTICE_DISCLOSURE_MUTATION: TypedDocumentNode<SetPracticeDisclosureMutation, SetPracticeDisclosureMutationVariables> =
  gql`
    mutation SetPracticeDisclosure($officeId: ID!, $showImprovement: Boolean!) {
      setPracticeDisclosure(officeId: $officeId, showImprovement: $showImprovement) {
        officeId
        showImprovement
        decidedAt
      }
    }
  `;
