import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SubmissionStatus } from '@officebench/domain';

export interface OfficeValue {
  office: { id: string; name: string };
  /** null: the office has no value of the indicator in the period. */
  value: number | null;
  /** null: nothing saved yet. */
  status: SubmissionStatus | null;
}

export interface DistributionData {
  distribution: OfficeValue[];
}

export interface DistributionVariables {
  programmeId: string;
  periodId: string;
  indicatorCode: string;
}

/** Every office's identified, live value of one indicator in one period (the lead only). */
export const DISTRIBUTION_QUERY: TypedDocumentNode<DistributionData, DistributionVariables> = gql`
  query Distribution($programmeId: ID!, $periodId: ID!, $indicatorCode: String!) {
    distribution(programmeId: $programmeId, periodId: $periodId, indicatorCode: $indicatorCode) {
      office {
        id
        name
      }
      value
      status
    }
  }
`;
