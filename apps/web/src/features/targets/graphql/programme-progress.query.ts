import { gql, type TypedDocumentNode } from '@apollo/client';
import { OFFICE_PROGRESS_FIELDS, TARGET_FIELDS, type OfficeProgressRow, type ProgressTarget } from './progress-fields.fragment';

export interface TargetSummary {
  target: ProgressTarget;
  officesWithData: number;
  officesOnTrack: number;
  /** officesOnTrack / officesWithData, 0..1; null without data. */
  shareOnTrack: number | null;
  baselineMean: number | null;
  latestMean: number | null;
  offices: OfficeProgressRow[];
}

export interface ProgrammeProgressData {
  programme: { id: string; name: string; isDemo: boolean } | null;
  programmeProgress: TargetSummary[];
}

/** Every target of the programme with every office's progress (the lead's view). */
export const PROGRAMME_PROGRESS_QUERY: TypedDocumentNode<ProgrammeProgressData, { programmeId: string }> = gql`
  query ProgrammeProgress($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
      isDemo
    }
    programmeProgress(programmeId: $programmeId) {
      target {
        ...TargetFields
      }
      officesWithData
      officesOnTrack
      shareOnTrack
      baselineMean
      latestMean
      offices {
        ...OfficeProgressFields
      }
    }
  }
  ${OFFICE_PROGRESS_FIELDS}
  ${TARGET_FIELDS}
`;
