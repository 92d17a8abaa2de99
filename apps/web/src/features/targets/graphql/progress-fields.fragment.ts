import { gql } from '@apollo/client';
import type { OfficeProgressFieldsFragment, TargetFieldsFragment } from '../../../generated/graphql';

/** A programme target: LEVEL reaches `value`; CHANGE moves by `value` (signed) from each office's baseline. */
export type ProgressTarget = TargetFieldsFragment;
/** One office's way to one target. */
export type OfficeProgressRow = OfficeProgressFieldsFragment;

export const TARGET_FIELDS = gql`
  fragment TargetFields on Target {
    id
    kind
    value
    dueOn
    indicator {
      code
      name
      nameEn
      unit
      direction
    }
  }
`;

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
  }
`;
