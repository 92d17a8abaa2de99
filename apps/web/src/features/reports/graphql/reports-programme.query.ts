import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReportsProgrammeQuery, ReportsProgrammeQueryVariables } from '../../../generated/graphql';
import { PERIOD_FIELDS } from '../../../lib/graphql/period-fields.fragment';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';

export type ReportsProgramme = NonNullable<ReportsProgrammeQuery['programme']>;
export type ReportsPeriod = ReportsProgramme['periods'][number];

/**
 * What the reports' pages choose from: the periods with their release, the peer groups with their
 * members (the office's report starts with its own kind's group) and the offices (the office's name).
 */
export const REPORTS_PROGRAMME_QUERY: TypedDocumentNode<ReportsProgrammeQuery, ReportsProgrammeQueryVariables> = gql`
  query ReportsProgramme($programmeId: ID!) {
    programme(id: $programmeId) {
      ...ProgrammeHeaderFields
      offices {
        id
        name
      }
      periods {
        ...PeriodFields
        state
        releasedAt
      }
      peerGroups {
        id
        name
        basis
        members {
          id
        }
      }
    }
  }
  ${PROGRAMME_HEADER_FIELDS}
  ${PERIOD_FIELDS}
`;
