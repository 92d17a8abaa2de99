import { useQuery } from '@apollo/client/react';
import { COMPARISON_PROGRAMME_QUERY } from '../graphql/comparison-programme.query';
import { OFFICE_PROGRESS_QUERY } from '../../../lib/graphql/office-progress.query';

/** The programme's periods, indicators, offices and peer groups with their members. */
export function useComparisonProgramme(programmeId: string) {
  return useQuery(COMPARISON_PROGRAMME_QUERY, { variables: { programmeId } });
}

/** The office's progress to each of the programme's targets. */
export function useOfficeTargets(programmeId: string, officeId: string) {
  return useQuery(OFFICE_PROGRESS_QUERY, { variables: { programmeId, officeId } });
}
