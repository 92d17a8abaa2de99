import { useQuery } from '@apollo/client/react';
import { PROGRAMME_OVERVIEW_QUERY } from '../graphql/programme-overview.query';

export function useProgrammeOverview(programmeId: string) {
  return useQuery(PROGRAMME_OVERVIEW_QUERY, { variables: { id: programmeId } });
}
