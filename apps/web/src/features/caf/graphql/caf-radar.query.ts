import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CafRadarQuery, CafRadarQueryVariables } from '../../../generated/graphql';

export type CafRadar = CafRadarQuery['cafRadar'];
export type CafRadarPeers = CafRadar['peers'][number];

/** A closed self-assessment's criterion scores against the released peer means. */
export const CAF_RADAR_QUERY: TypedDocumentNode<CafRadarQuery, CafRadarQueryVariables> = gql`
  query CafRadar($cycleId: ID!) {
    cafRadar(cycleId: $cycleId) {
      cycleId
      periodLabel
      released
      total
      previousTotal
      baselineTotal
      targetChange
      criteria {
        criterion
        score
        previousScore
      }
      peers {
        peerGroupId
        peerGroupName
        contributorsBand
        suppressionReason
        means
      }
    }
  }
`;
