import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CafOfficeQuery, CafOfficeQueryVariables } from '../../../generated/graphql';
import { PERIOD_FIELDS } from '../../../lib/graphql/period-fields.fragment';

export type CafOffice = CafOfficeQuery['cafOffice'];
export type CafOfficeCycle = CafOffice['cycles'][number];

/** An office's self-assessments and the CAF periods a new one may be opened in. */
export const CAF_OFFICE_QUERY: TypedDocumentNode<CafOfficeQuery, CafOfficeQueryVariables> = gql`
  query CafOffice($programmeId: ID!, $officeId: ID!) {
    cafOffice(programmeId: $programmeId, officeId: $officeId) {
      programmeId
      officeId
      officeName
      mayManage
      cycles {
        id
        periodLabel
        state
        total
        previousTotal
        openedAt
        closedAt
        assessors {
          userId
        }
      }
      openablePeriods {
        ...PeriodFields
      }
    }
  }
  ${PERIOD_FIELDS}
`;
