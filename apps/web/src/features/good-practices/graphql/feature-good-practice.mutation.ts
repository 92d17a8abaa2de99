import { gql, type TypedDocumentNode } from '@apollo/client';
import { PRACTICE_FIELDS, type Practice } from './practice-fields.fragment';

export interface FeatureGoodPracticeVariables {
  id: string;
  programmeId: string;
  featured: boolean;
}

/** A lead features (or stops featuring) a published practice for the programme's offices. */
export const FEATURE_GOOD_PRACTICE_MUTATION: TypedDocumentNode<{ featureGoodPractice: Practice }, FeatureGoodPracticeVariables> = gql`
  mutation FeatureGoodPractice($id: ID!, $programmeId: ID!, $featured: Boolean!) {
    featureGoodPractice(id: $id, programmeId: $programmeId, featured: $featured) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
