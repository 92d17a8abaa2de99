import { gql } from '@apollo/client';

/** What a programme's pages show at the top (PageFrame): its name and, for the demo programme, the demo data banner. */
export const PROGRAMME_HEADER_FIELDS = gql`
  fragment ProgrammeHeaderFields on Programme {
    id
    name
    isDemo
  }
`;
