import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReopenSubmissionMutation, ReopenSubmissionMutationVariables } from '../../../generated/graphql';
import { FORM_SUBMISSION_FIELDS } from './submission-fields.fragment';

/** The lead reopens an approved submission (it becomes RETURNED, editable by the office again). */
export const REOPEN_SUBMISSION_MUTATION: TypedDocumentNode<ReopenSubmissionMutation, ReopenSubmissionMutationVariables> = gql`
  mutation ReopenSubmission($submissionId: ID!, $reason: String!) {
    reopenSubmission(submissionId: $submissionId, reason: $reason) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
