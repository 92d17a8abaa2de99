import { gql } from '@apollo/client';
import type { OfficeProgressFieldsFragment, TargetFieldsFragment } from '../../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from '../../../lib/graphql/indicator-name.fragment';

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
      ...IndicatorNameFields
      unit
      direction
    }
  }
  ${INDICATOR_NAME_FIELDS}
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
    settled
  }
`;
