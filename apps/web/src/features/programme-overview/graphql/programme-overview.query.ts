import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProgrammeOverviewQuery, ProgrammeOverviewQueryVariables } from '../../../generated/graphql';

export type OverviewProgramme = NonNullable<ProgrammeOverviewQuery['programme']>;
export type OverviewOffice = OverviewProgramme['offices'][number];

export const PROGRAMME_OVERVIEW_QUERY: TypedDocumentNode<ProgrammeOverviewQuery, ProgrammeOverviewQueryVariables> = gql`
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
