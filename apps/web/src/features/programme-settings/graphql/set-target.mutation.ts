import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SetTargetMutation, SetTargetMutationVariables } from '../../../generated/graphql';
import { SETTINGS_TARGET_FIELDS } from './settings-target.fragment';

/** The lead sets (or replaces) the programme's target for an indicator. */
export const SET_TARGET_MUTATION: TypedDocumentNode<SetTargetMutation, SetTargetMutationVariables> = gql`
  mutation SetTarget($input: TargetInput!) {
    setTarget(input: $input) {
      ...SettingsTargetFields
    }
  }
  ${SETTINGS_TARGET_FIELDS}
`;
