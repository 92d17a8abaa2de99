import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeKind } from '@officebench/domain';

export interface OverviewOffice {
  id: string;
  name: string;
  kind: OfficeKind;
  region: string;
}

export interface OverviewProgramme {
  id: string;
  name: string;
  isDemo: boolean;
  anonymityThreshold: number;
  leadOffice: { id: string; name: string } | null;
  offices: OverviewOffice[];
  indicators: { code: string; version: number }[];
  periods: { id: string }[];
}

export interface ProgrammeOverviewData {
  programme: OverviewProgramme | null;
}

export interface ProgrammeOverviewVariables {
  id: string;
}

export const PROGRAMME_OVERVIEW_QUERY: TypedDocumentNode<ProgrammeOverviewData, ProgrammeOverviewVariables> = gql`
  query ProgrammeOverview($id: ID!) {
    programme(id: $id) {
      id
      name
      isDemo
      anonymityThreshold
      leadOffice {
        id
        name
      }
      offices {
        id
        name
        kind
        region
      }
      indicators {
        code
        version
      }
      periods {
        id
      }
    }
  }
`;
