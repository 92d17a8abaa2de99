import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CafGroupCandidatesQuery, CafGroupCandidatesQueryVariables } from '../../../generated/graphql';

export type CafGroupCandidate = CafGroupCandidatesQuery['cafGroupCandidates'][number];

/** The office's coordinators and assessors, who may join its self-assessment group. */
export const CAF_GROUP_CANDIDATES_QUERY: TypedDocumentNode<CafGroupCandidatesQuery, CafGroupCandidatesQueryVariables> = gql`
  query CafGroupCandidates($programmeId: ID!, $officeId: ID!) {
    cafGroupCandidates(programmeId: $programmeId, officeId: $officeId) {
      userId
      displayName
      email
      role
    }
  }
`;
