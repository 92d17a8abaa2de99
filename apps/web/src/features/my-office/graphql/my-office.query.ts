import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MyOfficeQuery, MyOfficeQueryVariables } from '../../../generated/graphql';
import { OFFICE_FIELDS } from '../../../lib/graphql/office-fields.fragment';
import { PERIOD_FIELDS } from '../../../lib/graphql/period-fields.fragment';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';

export type MyOfficeProgramme = NonNullable<MyOfficeQuery['programme']>;
export type MyOfficePeriod = MyOfficeProgramme['periods'][number];

export const MY_OFFICE_QUERY: TypedDocumentNode<MyOfficeQuery, MyOfficeQueryVariables> = gql`
  query MyOffice($programmeId: ID!) {
    programme(id: $programmeId) {
      ...ProgrammeHeaderFields
      offices {
        ...OfficeFields
      }
      indicators {
        code
        version
        periodicity
      }
      periods {
        ...PeriodFields
        opensAt
        deadline
        lockedAt
      }
    }
  }
  ${PROGRAMME_HEADER_FIELDS}
  ${OFFICE_FIELDS}
  ${PERIOD_FIELDS}
`;
