import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PracticeIndicatorsQuery, PracticeIndicatorsQueryVariables } from '../../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from '../../../lib/graphql/indicator-name.fragment';

export type CatalogueIndicator = PracticeIndicatorsQuery['programmes'][number]['indicators'][number];

/** The indicators a practice can be linked to and searched by: those of the viewer's programmes. */
export const PRACTICE_INDICATORS_QUERY: TypedDocumentNode<PracticeIndicatorsQuery, PracticeIndicatorsQueryVariables> = gql`
  query PracticeIndicators {
    programmes {
      id
      name
      indicators {
        ...IndicatorNameFields
        cafCriterion
      }
    }
  }
  ${INDICATOR_NAME_FIELDS}
`;
