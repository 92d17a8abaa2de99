import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CafCycleQuery, CafCycleQueryVariables } from '../../../generated/graphql';
import { CAF_CYCLE_FIELDS } from './caf-cycle.fragment';

export type CafCycle = NonNullable<CafCycleQuery['cafCycle']>;
export type CafScore = CafCycle['myScores'][number];
export type CafIndividualScore = CafCycle['individualScores'][number];
export type CafSpread = CafCycle['spreads'][number];
export type CafAction = CafCycle['actions'][number];
export type CafAssessor = CafCycle['assessors'][number];

/** One self-assessment as the caller may see it (null when not visible). */
export const CAF_CYCLE_QUERY: TypedDocumentNode<CafCycleQuery, CafCycleQueryVariables> = gql`
  query CafCycle($id: ID!) {
    cafCycle(id: $id) {
      ...CafCycleFields
    }
  }
  ${CAF_CYCLE_FIELDS}
`;
