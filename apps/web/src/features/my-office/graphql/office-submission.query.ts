import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeSubmissionQuery, OfficeSubmissionQueryVariables } from '../../../generated/graphql';
import { SUBMISSION_SUMMARY_FIELDS } from '../../../lib/graphql/submission-summary.fragment';

export const OFFICE_SUBMISSION_QUERY: TypedDocumentNode<OfficeSubmissionQuery, OfficeSubmissionQueryVariables> = gql`
  query OfficeSubmission($officeId: ID!, $periodId: ID!) {
    submission(officeId: $officeId, periodId: $periodId) {
      ...SubmissionSummaryFields
    }
  }
  ${SUBMISSION_SUMMARY_FIELDS}
`;
