import { gql } from '@apollo/client';
import type { OfficeProgressFieldsFragment, TargetFieldsFragment } from '../../generated/graphql';

/** A programme target (target-fields.fragment.ts). */
export type ProgressTarget = TargetFieldsFragment;
/** One office's way to one target. */
export type OfficeProgressRow = OfficeProgressFieldsFragment;

export const OFFICE_PROGRESS_FIELDS = gql`
  fragment OfficeProgressFields on OfficeProgress {
    office {
      id
      name
    }
    baseline
    baselinePeriod {
      id
      label
    }
    latest
    latestPeriod {
      id
      label
    }
    change
    status
    onTrack
    settled
  }
`;
