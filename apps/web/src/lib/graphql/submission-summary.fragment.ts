import { gql } from '@apollo/client';

/**
 * A submission as the list of an office's periods shows it (status, return reason, how many values are
 * filled); the form's fragment (FormSubmissionFields) adds to it, so both read the same cached fields.
 */
export const SUBMISSION_SUMMARY_FIELDS = gql`
  fragment SubmissionSummaryFields on Submission {
    id
    status
    version
    returnReason
    updatedAt
    values {
      indicator {
        code
      }
      value
      numerator
      denominator
    }
  }
`;
