import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SubmissionFormQuery, SubmissionFormQueryVariables } from '../../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from '../../../lib/graphql/indicator-name.fragment';
import { FORM_SUBMISSION_FIELDS } from './submission-fields.fragment';

/** editable: the caller may save now (coordinator of the office, period open, status DRAFT/RETURNED or none). */
export type SubmissionForm = SubmissionFormQuery['submissionForm'];
/** previousValue: the office's value in the previous period of the same kind. */
export type FormLine = SubmissionForm['lines'][number];

export const SUBMISSION_FORM_QUERY: TypedDocumentNode<SubmissionFormQuery, SubmissionFormQueryVariables> = gql`
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
          ...IndicatorNameFields
          unit
          isRatio
          scale
          minValue
          maxValue
          cafCriterion
          numeratorLabel
          denominatorLabel
          numeratorLabelEn
          denominatorLabelEn
        }
      }
      submission {
        ...FormSubmissionFields
      }
    }
  }
  ${FORM_SUBMISSION_FIELDS}
  ${INDICATOR_NAME_FIELDS}
`;
