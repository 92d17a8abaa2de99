import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CreatePeriodMutation, CreatePeriodMutationVariables } from '../../../generated/graphql';
import { SETTINGS_PERIOD_FIELDS } from './settings-period.fragment';

/** The lead adds a quarter, year or CAF cycle to the programme. */
export const CREATE_PERIOD_MUTATION: TypedDocumentNode<CreatePeriodMutation, CreatePeriodMutationVariables> = gql`
  mutation CreatePeriod($input: CreatePeriodInput!) {
    createPeriod(input: $input) {
      ...SettingsPeriodFields
    }
  }
  ${SETTINGS_PERIOD_FIELDS}
`;
