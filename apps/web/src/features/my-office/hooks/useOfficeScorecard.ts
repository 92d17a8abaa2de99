import { useQuery } from '@apollo/client/react';
import { OFFICE_SCORECARD_QUERY } from '../graphql/office-scorecard.query';

/** The office's home; `peerGroupId` null: the office's own kind. The previous answer stays on screen while another group loads. */
export function useOfficeScorecard(programmeId: string, officeId: string, peerGroupId: string | null) {
  return useQuery(OFFICE_SCORECARD_QUERY, { variables: { programmeId, officeId, peerGroupId } });
}
