import { gql, type TypedDocumentNode } from '@apollo/client';
import { FORM_SUBMISSION_FIELDS, type FormSubmission } from './submission-fields.fragment';

export const SUBMIT_SUBMISSION_MUTATION: TypedDocumentNode<
  { submitSubmission: FormSubmission },
  { submissionId: string; expectedVersion: number }
> = gql`
  mutation SubmitSubmission($submissionId: ID!, $expectedVersion: Int!) {
    submitSubmission(submissionId: $submissionId, expectedVersion: $expectedVersion) {
      ...FormSubmissionFields
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
