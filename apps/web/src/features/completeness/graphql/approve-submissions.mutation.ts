import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApproveSubmissionsMutation, ApproveSubmissionsMutationVariables } from '../../../generated/graphql';

/** The lead approves several submissions, each at the version shown; the answer says which were refused and why. */
export const APPROVE_SUBMISSIONS_MUTATION: TypedDocumentNode<ApproveSubmissionsMutation, ApproveSubmissionsMutationVariables> = gql`
  mutation ApproveSubmissions($input: ApproveSubmissionsInput!) {
    approveSubmissions(input: $input) {
      approvedCount
      refusedCount
      outcomes {
        submissionId
        approved
        code
        reason
      }
    }
  }
`;
