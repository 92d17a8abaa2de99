import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReopenPeriodMutation, ReopenPeriodMutationVariables } from '../../../generated/graphql';
import { SETTINGS_PERIOD_FIELDS } from './settings-period.fragment';

/** The lead reopens a period for entries until a given time, saying why (audited). */
export const REOPEN_PERIOD_MUTATION: TypedDocumentNode<ReopenPeriodMutation, ReopenPeriodMutationVariables> = gql`
  mutation ReopenPeriod($periodId: ID!, $until: DateTime!, $reason: String!) {
    reopenPeriod(periodId: $periodId, until: $until, reason: $reason) {
      ...SettingsPeriodFields
    }
  }
  ${SETTINGS_PERIOD_FIELDS}
`;
