import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ComparisonProgrammeQuery, ComparisonProgrammeQueryVariables } from '../../../generated/graphql';
import { BENCHMARK_PROGRAMME_FIELDS } from '../../../lib/graphql/benchmark-programme.query';

export type ComparisonProgramme = NonNullable<ComparisonProgrammeQuery['programme']>;
/** An indicator as the comparison shows it: names, unit, direction, CAF criterion. */
export type ComparisonIndicator = ComparisonProgramme['indicators'][number];
/** A period with its release. */
export type ComparisonPeriod = ComparisonProgramme['periods'][number];
/** A peer group with its members (public facts): the page starts with the office's own kind. */
export type ComparisonPeerGroup = ComparisonProgramme['peerGroups'][number];

/**
 * What the comparison chooses from: the benchmark pages' fields, and the peer groups' members, so that
 * the office's own-kind group can be shown first. One request.
 */
export const COMPARISON_PROGRAMME_QUERY: TypedDocumentNode<ComparisonProgrammeQuery, ComparisonProgrammeQueryVariables> = gql`
  query ComparisonProgramme($programmeId: ID!) {
    programme(id: $programmeId) {
      ...BenchmarkProgrammeFields
      peerGroups {
        id
        members {
          id
        }
      }
    }
  }
  ${BENCHMARK_PROGRAMME_FIELDS}
`;
