import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Direction, PeriodKind, PeriodState, Periodicity } from '@officebench/domain';

export interface BenchmarkIndicator {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  direction: Direction;
  periodicity: Periodicity;
  isRatio: boolean;
  cafCriterion: number | null;
}

export interface BenchmarkPeriod {
  id: string;
  label: string;
  kind: PeriodKind;
  startsOn: string;
  state: PeriodState;
  /** When the lead (or the deadline) released the period's peer statistics; null before. */
  releasedAt: string | null;
}

export interface BenchmarkPeerGroup {
  id: string;
  name: string;
  basis: string;
}

export interface BenchmarkProgramme {
  id: string;
  name: string;
  isDemo: boolean;
  offices: { id: string; name: string }[];
  indicators: BenchmarkIndicator[];
  periods: BenchmarkPeriod[];
  peerGroups: BenchmarkPeerGroup[];
}

export interface BenchmarkProgrammeData {
  programme: BenchmarkProgramme | null;
}

/** What the benchmark pages choose from: periods, peer groups, indicators, offices. */
export const BENCHMARK_PROGRAMME_QUERY: TypedDocumentNode<BenchmarkProgrammeData, { programmeId: string }> = gql`
  query BenchmarkProgramme($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
      isDemo
      offices {
        id
        name
      }
      indicators {
        code
        name
        nameEn
        unit
        direction
        periodicity
        isRatio
        cafCriterion
      }
      periods {
        id
        label
        kind
        startsOn
        state
        releasedAt
      }
      peerGroups {
        id
        name
        basis
      }
    }
  }
`;
