import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ImportPeriodsQuery, ImportPeriodsQueryVariables } from '../../../generated/graphql';

export type ImportPeriod = NonNullable<ImportPeriodsQuery['programme']>['periods'][number];

export const IMPORT_PERIODS_QUERY: TypedDocumentNode<ImportPeriodsQuery, ImportPeriodsQueryVariables> = gql`
  query ImportPeriods($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
      periods {
        id
        label
        kind
        startsOn
        state
      }
    }
  }
`;
