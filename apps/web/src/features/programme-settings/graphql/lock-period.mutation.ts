import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LockPeriodMutation, LockPeriodMutationVariables } from '../../../generated/graphql';
import { SETTINGS_PERIOD_FIELDS } from './settings-period.fragment';

/** The lead locks a period now: offices can no longer save or submit. */
export const LOCK_PERIOD_MUTATION: TypedDocumentNode<LockPeriodMutation, LockPeriodMutationVariables> = gql`
  mutation LockPeriod($periodId: ID!) {
    lockPeriod(periodId: $periodId) {
      ...SettingsPeriodFields
    }
  }
  ${SETTINGS_PERIOD_FIELDS}
`;
