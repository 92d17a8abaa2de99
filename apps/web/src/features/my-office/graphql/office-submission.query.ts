import { gql, type TypedDocumentNode } from '@apollo/client';

export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export interface SubmissionValue {
  indicator: { code: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface OfficeSubmission {
  id: string;
  status: SubmissionStatus;
  version: number;
  returnReason: string | null;
  updatedAt: string;
  values: SubmissionValue[];
}

export interface OfficeSubmissionData {
  submission: OfficeSubmission | null;
}

export interface OfficeSubmissionVariables {
  officeId: string;
  periodId: string;
}

export const OFFICE_SUBMISSION_QUERY: TypedDocumentNode<OfficeSubmissionData, OfficeSubmissionVariables> = gql`
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
