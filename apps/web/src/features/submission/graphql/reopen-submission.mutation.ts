import { gql, type TypedDocumentNode } from '@apollo/client';
import { FORM_SUBMISSION_FIELDS, type FormSubmission } from './submission-fields.fragment';

/** The lead reopens an approved submission (it becomes RETURNED, editable by the office again). */
export const REOPEN_SUBMISSION_MUTATION: TypedDocumentNode<{ reopenSubmission: FormSubmission }, { submissionId: string; reason: string }> = gql`
  mutation ReopenSubmission($submissionId: ID!, $reason: String!) {
    reopenSubmission(submissionId: $submissionId, reason: $reason) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
