import { gql } from '@apollo/client';
import type { SubmissionStatus } from '@officebench/domain';

/** One saved value as the form reads it (the value of a ratio indicator is computed by the API). */
export interface SavedValue {
  indicator: { code: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
  /** Plausibility warnings in the request's language: the office must comment on each before submitting. */
  warnings: string[];
  warningCodes: string[];
}

export interface FormSubmission {
  id: string;
  status: SubmissionStatus;
  version: number;
  returnReason: string | null;
  updatedAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
  values: SavedValue[];
}

/** The same fields from the form query and from every mutation, so that the cache always holds all of them. */
export const FORM_SUBMISSION_FIELDS = gql`
  fragment FormSubmissionFields on Submission {
    id
    status
    version
    returnReason
    updatedAt
    submittedAt
    approvedAt
    values {
      indicator {
        code
      }
      value
      numerator
      denominator
      comment
      warnings
      warningCodes
    }
  }
`;
