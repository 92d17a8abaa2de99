import { gql, type TypedDocumentNode } from '@apollo/client';
import { FORM_SUBMISSION_FIELDS, type FormSubmission } from './submission-fields.fragment';

/** The lead sends a submission back to the office with a reason. */
export const RETURN_SUBMISSION_MUTATION: TypedDocumentNode<
  { returnSubmission: FormSubmission },
  { submissionId: string; reason: string; expectedVersion: number }
> = gql`
  mutation ReturnSubmission($submissionId: ID!, $reason: String!, $expectedVersion: Int) {
    returnSubmission(submissionId: $submissionId, reason: $reason, expectedVersion: $expectedVersion) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
