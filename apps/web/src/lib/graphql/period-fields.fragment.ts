import { gql } from '@apollo/client';

/** A period as the lists and pickers show and order it (label; most recent first by startsOn); queries add the dates they need. */
export const PERIOD_FIELDS = gql`
  fragment PeriodFields on Period {
    id
    label
    kind
    startsOn
  }
`;
