import { gql } from '@apollo/client';

/** A period as the settings list it: its dates, deadline, whether it takes entries, and its release (or when it is released automatically). */
export const SETTINGS_PERIOD_FIELDS = gql`
  fragment SettingsPeriodFields on Period {
    id
    kind
    label
    startsOn
    endsOn
    opensAt
    deadline
    lockedAt
    state
    releasedAt
    releaseDueAt
  }
`;
