import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProgrammeProgressQuery, ProgrammeProgressQueryVariables } from '../../../generated/graphql';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';
import { TARGET_FIELDS } from '../../../lib/graphql/target-fields.fragment';
import { OFFICE_PROGRESS_FIELDS } from '../../../lib/graphql/office-progress-fields.fragment';

/** shareOnTrack: officesOnTrack / officesWithData, 0..1; null without data. */
export type TargetSummary = ProgrammeProgressQuery['programmeProgress'][number];

/** Every target of the programme with every office's progress (the lead's view). */
export const PROGRAMME_PROGRESS_QUERY: TypedDocumentNode<ProgrammeProgressQuery, ProgrammeProgressQueryVariables> = gql`
  query ProgrammeProgress($programmeId: ID!) {
    programme(id: $programmeId) {
      ...ProgrammeHeaderFields
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
  ${PROGRAMME_HEADER_FIELDS}
  ${OFFICE_PROGRESS_FIELDS}
  ${TARGET_FIELDS}
`;
