import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApproveSubmissionMutation, ApproveSubmissionMutationVariables } from '../../../generated/graphql';
import { FORM_SUBMISSION_FIELDS } from './submission-fields.fragment';

/** The lead approves what they reviewed: `expectedVersion` is the version shown to them. */
export const APPROVE_SUBMISSION_MUTATION: TypedDocumentNode<ApproveSubmissionMutation, ApproveSubmissionMutationVariables> = gql`
  mutation ApproveSubmission($submissionId: ID!, $expectedVersion: Int) {
    approveSubmission(submissionId: $submissionId, expectedVersion: $expectedVersion) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
