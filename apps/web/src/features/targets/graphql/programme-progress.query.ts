import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProgrammeProgressQuery, ProgrammeProgressQueryVariables } from '../../../generated/graphql';
import { OFFICE_PROGRESS_FIELDS, TARGET_FIELDS } from './progress-fields.fragment';

/** shareOnTrack: officesOnTrack / officesWithData, 0..1; null without data. */
export type TargetSummary = ProgrammeProgressQuery['programmeProgress'][number];

/** Every target of the programme with every office's progress (the lead's view). */
export const PROGRAMME_PROGRESS_QUERY: TypedDocumentNode<ProgrammeProgressQuery, ProgrammeProgressQueryVariables> = gql`
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
