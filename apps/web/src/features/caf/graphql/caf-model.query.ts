import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CafModelQuery, CafModelQueryVariables } from '../../../generated/graphql';

export type CafCriterion = CafModelQuery['cafModel'][number];

/** The CAF 2020 model: criteria, sub-criteria and the scoring panels, in both languages. */
export const CAF_MODEL_QUERY: TypedDocumentNode<CafModelQuery, CafModelQueryVariables> = gql`
  query CafModel {
    cafModel {
      number
      kind
      name
      nameEn
      subCriteria {
        code
        name
        nameEn
        description
        descriptionEn
      }
      panel {
        from
        to
        label
        labelEn
        meaning
        meaningEn
      }
    }
  }
`;
