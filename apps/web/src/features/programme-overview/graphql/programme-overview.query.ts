import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProgrammeOverviewQuery, ProgrammeOverviewQueryVariables } from '../../../generated/graphql';
import { OFFICE_FIELDS } from '../../../lib/graphql/office-fields.fragment';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';

export type OverviewProgramme = NonNullable<ProgrammeOverviewQuery['programme']>;
export type OverviewOffice = OverviewProgramme['offices'][number];

export const PROGRAMME_OVERVIEW_QUERY: TypedDocumentNode<ProgrammeOverviewQuery, ProgrammeOverviewQueryVariables> = gql`
  query ProgrammeOverview($id: ID!) {
    programme(id: $id) {
      ...ProgrammeHeaderFields
      anonymityThreshold
      leadOffice {
        id
        name
      }
      offices {
        ...OfficeFields
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
  ${PROGRAMME_HEADER_FIELDS}
  ${OFFICE_FIELDS}
`;
