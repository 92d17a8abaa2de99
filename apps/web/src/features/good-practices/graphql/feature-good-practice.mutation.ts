import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FeatureGoodPracticeMutation, FeatureGoodPracticeMutationVariables } from '../../../generated/graphql';
import { PRACTICE_FIELDS } from './practice-fields.fragment';

/** A lead features (or stops featuring) a published practice for the programme's offices. */
export const FEATURE_GOOD_PRACTICE_MUTATION: TypedDocumentNode<FeatureGoodPracticeMutation, FeatureGoodPracticeMutationVariables> = gql`
  mutation FeatureGoodPractice($id: ID!, $programmeId: ID!, $featured: Boolean!) {
    featureGoodPractice(id: $id, programmeId: $programmeId, featured: $featured) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
