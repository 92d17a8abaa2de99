import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SaveCafActionMutation, SaveCafActionMutationVariables } from '../../../generated/graphql';
import { CAF_ACTION_FIELDS } from './caf-action.fragment';

/** Coordinator: adds (id null) or changes an action of the improvement plan. */
export const SAVE_CAF_ACTION_MUTATION: TypedDocumentNode<SaveCafActionMutation, SaveCafActionMutationVariables> = gql`
  mutation SaveCafAction($input: CafActionInput!) {
    saveCafAction(input: $input) {
      ...CafActionFields
    }
  }
  ${CAF_ACTION_FIELDS}
`;
