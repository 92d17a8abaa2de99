import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SetTargetMutation, SetTargetMutationVariables } from '../../../generated/graphql';
import { TARGET_FIELDS } from '../../../lib/graphql/target-fields.fragment';

/** The lead sets (or replaces) the programme's target for an indicator. */
export const SET_TARGET_MUTATION: TypedDocumentNode<SetTargetMutation, SetTargetMutationVariables> = gql`
  mutation SetTarget($input: TargetInput!) {
    setTarget(input: $input) {
      ...TargetFields
    }
  }
  ${TARGET_FIELDS}
`;
