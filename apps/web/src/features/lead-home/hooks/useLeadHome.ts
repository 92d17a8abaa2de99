import { useQuery } from '@apollo/client/react';
import { LEAD_HOME_QUERY } from '../graphql/lead-home.query';

export function useLeadHome(programmeId: string) {
  return useQuery(LEAD_HOME_QUERY, { variables: { programmeId } });
}
