import { gql, type TypedDocumentNode } from '@apollo/client';
import { FORM_SUBMISSION_FIELDS, type FormSubmission } from './submission-fields.fragment';

/** The lead approves what they reviewed: `expectedVersion` is the version shown to them. */
export const APPROVE_SUBMISSION_MUTATION: TypedDocumentNode<
  { approveSubmission: FormSubmission },
  { submissionId: string; expectedVersion: number }
> = gql`
  mutation ApproveSubmission($submissionId: ID!, $expectedVersion: Int) {
    approveSubmission(submissionId: $submissionId, expectedVersion: $expectedVersion) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
