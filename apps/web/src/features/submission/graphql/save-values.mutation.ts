import { gql, type TypedDocumentNode } from '@apollo/client';
import { FORM_SUBMISSION_FIELDS, type FormSubmission } from './submission-fields.fragment';

/** One indicator's entry; all four null clears the indicator. */
export interface ValueInput {
  indicatorCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
}

export interface SaveValuesInput {
  officeId: string;
  periodId: string;
  /** The version the entries were made on; null: "nothing was saved yet". A stale one answers CONFLICT. */
  expectedVersion: number | null;
  values: ValueInput[];
}

export const SAVE_VALUES_MUTATION: TypedDocumentNode<{ saveValues: FormSubmission }, { input: SaveValuesInput }> = gql`
  mutation SaveValues($input: SaveValuesInput!) {
    saveValues(input: $input) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
