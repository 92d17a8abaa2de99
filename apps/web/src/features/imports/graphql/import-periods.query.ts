import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ImportPeriodsQuery, ImportPeriodsQueryVariables } from '../../../generated/graphql';
import { PERIOD_FIELDS } from '../../../lib/graphql/period-fields.fragment';

/** A period open for entries, whether the caller can import into it, and their offices' standing in it. */
export type ImportPeriod = ImportPeriodsQuery['importPeriods'][number];

export const IMPORT_PERIODS_QUERY: TypedDocumentNode<ImportPeriodsQuery, ImportPeriodsQueryVariables> = gql`
  query ImportPeriods($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
    }
    importPeriods(programmeId: $programmeId) {
      importable
      period {
        ...PeriodFields
        state
        deadline
      }
      offices {
        officeId
        officeName
        status
        importable
      }
    }
  }
  ${PERIOD_FIELDS}
`;
