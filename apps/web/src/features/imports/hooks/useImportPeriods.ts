import { useQuery } from '@apollo/client/react';
import { IMPORT_PERIODS_QUERY } from '../graphql/import-periods.query';

export function useImportPeriods(programmeId: string) {
  return useQuery(IMPORT_PERIODS_QUERY, { variables: { programmeId } });
}
