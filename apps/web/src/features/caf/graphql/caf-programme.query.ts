import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CafProgrammeQuery, CafProgrammeQueryVariables } from '../../../generated/graphql';

export type CafProgramme = CafProgrammeQuery['cafProgramme'];
export type CafProgrammeOffice = CafProgramme['offices'][number];

/** The lead's overview: every office's self-assessments and its progress toward the CAF target. */
export const CAF_PROGRAMME_QUERY: TypedDocumentNode<CafProgrammeQuery, CafProgrammeQueryVariables> = gql`
  query CafProgramme($programmeId: ID!) {
    cafProgramme(programmeId: $programmeId) {
      programmeId
      targetChange
      meanChange
      officesMeetingTarget
      closedCycles
      openCycles
      offices {
        officeId
        officeName
        baselineTotal
        latestTotal
        change
        meetsTarget
        cycles {
          id
          periodLabel
          state
          total
          assessorCount
        }
      }
    }
  }
`;
