import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PeriodKind, PeriodState } from '@officebench/domain';
import { FORM_SUBMISSION_FIELDS, type FormSubmission } from './submission-fields.fragment';

export interface FormIndicator {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  isRatio: boolean;
  scale: number;
  minValue: number | null;
  maxValue: number | null;
  cafCriterion: number | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
}

export interface FormLine {
  indicator: FormIndicator;
  mandatory: boolean;
  /** The office's value in the previous period of the same kind. */
  previousValue: number | null;
  previousPeriodLabel: string | null;
}

export interface FormPeriod {
  id: string;
  label: string;
  kind: PeriodKind;
  deadline: string;
  lockedAt: string | null;
  state: PeriodState;
}

export interface SubmissionForm {
  office: { id: string; name: string };
  period: FormPeriod;
  lines: FormLine[];
  submission: FormSubmission | null;
  /** The caller may save now (coordinator of the office, period open, status DRAFT/RETURNED or none). */
  editable: boolean;
}

export interface SubmissionFormData {
  submissionForm: SubmissionForm;
}

export interface SubmissionFormVariables {
  officeId: string;
  periodId: string;
}

export const SUBMISSION_FORM_QUERY: TypedDocumentNode<SubmissionFormData, SubmissionFormVariables> = gql`
  query SubmissionForm($officeId: ID!, $periodId: ID!) {
    submissionForm(officeId: $officeId, periodId: $periodId) {
      office {
        id
        name
      }
      period {
        id
        label
        kind
        deadline
        lockedAt
        state
      }
      editable
      lines {
        mandatory
        previousValue
        previousPeriodLabel
        indicator {
          code
          name
          nameEn
          unit
          isRatio
          scale
          minValue
          maxValue
          cafCriterion
          numeratorLabel
          denominatorLabel
        }
      }
      submission {
        ...FormSubmissionFields
      }
    }
  }
  ${FORM_SUBMISSION_FIELDS}
`;
