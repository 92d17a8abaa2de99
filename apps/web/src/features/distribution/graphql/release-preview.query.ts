import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReleasePreviewQuery, ReleasePreviewQueryVariables } from '../../../generated/graphql';

export type ReleasePreview = ReleasePreviewQuery['releasePreview'];

/**
 * What releasing the period now would do (the lead only): the release computed and rolled back on
 * the server, so the counts are the release's own; for a re-release, whether it would be refused and why.
 */
export const RELEASE_PREVIEW_QUERY: TypedDocumentNode<ReleasePreviewQuery, ReleasePreviewQueryVariables> = gql`
  query ReleasePreview($periodId: ID!) {
    releasePreview(periodId: $periodId) {
      periodId
      due
      again
      refused
      refusal
      blockers {
        indicatorCode
        peerGroupName
        changedOffices
      }
      shown
      hidden {
        reason
        cells
      }
    }
  }
`;
