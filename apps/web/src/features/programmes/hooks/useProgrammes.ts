import { useQuery } from '@apollo/client/react';
import { PROGRAMMES_QUERY } from '../graphql/programmes.query';

export function useProgrammes() {
  return useQuery(PROGRAMMES_QUERY);
}
