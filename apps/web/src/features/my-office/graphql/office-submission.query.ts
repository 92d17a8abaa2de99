import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeSubmissionQuery, OfficeSubmissionQueryVariables } from '../../../generated/graphql';

export const OFFICE_SUBMISSION_QUERY: TypedDocumentNode<OfficeSubmissionQuery, OfficeSubmissionQueryVariables> = gql`
  query OfficeSubmission($officeId: ID!, $periodId: ID!) {
    submission(officeId: $officeId, periodId: $periodId) {
      id
      status
      version
      returnReason
      updatedAt
      values {
        indicator {
          code
        }
        value
        numerator
        denominator
      }
    }
  }
`;
