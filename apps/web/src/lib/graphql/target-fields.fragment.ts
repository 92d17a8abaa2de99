import { gql } from '@apollo/client';
import { INDICATOR_NAME_FIELDS } from './indicator-name.fragment';

/**
 * A programme target as the targets pages and the settings show it: LEVEL reaches `value`; CHANGE moves
 * by `value` (signed) from each office's baseline; RELATIVE_CHANGE by `value` per cent of it.
 */
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
