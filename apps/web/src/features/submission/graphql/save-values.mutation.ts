import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SaveValuesMutation, SaveValuesMutationVariables } from '../../../generated/graphql';
import { FORM_SUBMISSION_FIELDS } from './submission-fields.fragment';

export const SAVE_VALUES_MUTATION: TypedDocumentNode<SaveValuesMutation, SaveValuesMutationVariables> = gql`
  mutation SaveValues($input: SaveValuesInput!) {
    saveValues(input: $input) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
