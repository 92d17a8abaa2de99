import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MyOfficeQuery, MyOfficeQueryVariables } from '../../../generated/graphql';

export type MyOfficeProgramme = NonNullable<MyOfficeQuery['programme']>;
export type MyOfficePeriod = MyOfficeProgramme['periods'][number];

export const MY_OFFICE_QUERY: TypedDocumentNode<MyOfficeQuery, MyOfficeQueryVariables> = gql`
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
