import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReturnSubmissionMutation, ReturnSubmissionMutationVariables } from '../../../generated/graphql';
import { FORM_SUBMISSION_FIELDS } from './submission-fields.fragment';

/** The lead sends a submission back to the office with a reason. */
export const RETURN_SUBMISSION_MUTATION: TypedDocumentNode<ReturnSubmissionMutation, ReturnSubmissionMutationVariables> = gql`
  mutation ReturnSubmission($submissionId: ID!, $reason: String!, $expectedVersion: Int) {
    returnSubmission(submissionId: $submissionId, reason: $reason, expectedVersion: $expectedVersion) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
