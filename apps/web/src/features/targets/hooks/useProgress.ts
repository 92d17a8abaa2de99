import { useQuery } from '@apollo/client/react';
import { OFFICE_PROGRESS_QUERY } from '../../../lib/graphql/office-progress.query';
import { PROGRAMME_PROGRESS_QUERY } from '../graphql/programme-progress.query';

export function useOfficeProgress(programmeId: string, officeId: string) {
  return useQuery(OFFICE_PROGRESS_QUERY, { variables: { programmeId, officeId } });
}

export function useProgrammeProgress(programmeId: string) {
  return useQuery(PROGRAMME_PROGRESS_QUERY, { variables: { programmeId } });
}
