import { useQuery } from '@apollo/client/react';
import { COMPLETENESS_QUERY } from '../graphql/completeness.query';

/** Every office x every opened period of the programme, with status and lateness (the lead's view). */
export function useCompleteness(programmeId: string) {
  return useQuery(COMPLETENESS_QUERY, { variables: { programmeId } });
}
