import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PeriodKind, PeriodState } from '@officebench/domain';

export interface ImportPeriod {
  id: string;
  label: string;
  kind: PeriodKind;
  startsOn: string;
  state: PeriodState;
}

export interface ImportPeriodsData {
  programme: { id: string; name: string; periods: ImportPeriod[] } | null;
}

export const IMPORT_PERIODS_QUERY: TypedDocumentNode<ImportPeriodsData, { programmeId: string }> = gql`
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
