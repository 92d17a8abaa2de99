import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ImportPeriodsQuery, ImportPeriodsQueryVariables } from '../../../generated/graphql';
import { PERIOD_FIELDS } from '../../../lib/graphql/period-fields.fragment';

export type ImportPeriod = NonNullable<ImportPeriodsQuery['programme']>['periods'][number];

export const IMPORT_PERIODS_QUERY: TypedDocumentNode<ImportPeriodsQuery, ImportPeriodsQueryVariables> = gql`
  query ImportPeriods($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
      periods {
        ...PeriodFields
        state
      }
    }
  }
  ${PERIOD_FIELDS}
`;
