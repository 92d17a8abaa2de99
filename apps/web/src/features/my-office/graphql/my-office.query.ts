import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeKind, PeriodKind, Periodicity } from '@officebench/domain';

export interface MyOfficePeriod {
  id: string;
  label: string;
  kind: PeriodKind;
  startsOn: string;
  opensAt: string;
  deadline: string;
  lockedAt: string | null;
}

export interface MyOfficeProgramme {
  id: string;
  name: string;
  isDemo: boolean;
  offices: { id: string; name: string; kind: OfficeKind; region: string }[];
  indicators: { code: string; version: number; periodicity: Periodicity }[];
  periods: MyOfficePeriod[];
}

export interface MyOfficeData {
  programme: MyOfficeProgramme | null;
}

export const MY_OFFICE_QUERY: TypedDocumentNode<MyOfficeData, { programmeId: string }> = gql`
  query MyOffice($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
      isDemo
      offices {
        id
        name
        kind
        region
      }
      indicators {
        code
        version
        periodicity
      }
      periods {
        id
        label
        kind
        startsOn
        opensAt
        deadline
        lockedAt
      }
    }
  }
`;
