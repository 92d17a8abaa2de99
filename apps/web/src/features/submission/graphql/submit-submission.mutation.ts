import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SubmitSubmissionMutation, SubmitSubmissionMutationVariables } from '../../../generated/graphql';
import { FORM_SUBMISSION_FIELDS } from './submission-fields.fragment';

export const SUBMIT_SUBMISSION_MUTATION: TypedDocumentNode<SubmitSubmissionMutation, SubmitSubmissionMutationVariables> = gql`
  mutation SubmitSubmission($submissionId: ID!, $expectedVersion: Int!) {
    submitSubmission(submissionId: $submissionId, expectedVersion: $expectedVersion) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
