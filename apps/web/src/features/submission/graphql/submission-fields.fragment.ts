import { gql } from '@apollo/client';
import type { FormSubmissionFieldsFragment } from '../../../generated/graphql';
import { SUBMISSION_SUMMARY_FIELDS } from '../../../lib/graphql/submission-summary.fragment';

export type FormSubmission = FormSubmissionFieldsFragment;
/**
 * One saved value as the form reads it (the value of a ratio indicator is computed by the API);
 * warnings: plausibility warnings in the request's language, each to be commented on before submitting.
 */
export type SavedValue = FormSubmission['values'][number];

/** The same fields from the form query and from every mutation, so that the cache always holds all of them. */
export const FORM_SUBMISSION_FIELDS = gql`
  fragment FormSubmissionFields on Submission {
    ...SubmissionSummaryFields
    submittedAt
    approvedAt
    values {
      comment
      warnings
      warningCodes
    }
  }
  ${SUBMISSION_SUMMARY_FIELDS}
`;
