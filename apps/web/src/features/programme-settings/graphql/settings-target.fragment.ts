import { gql } from '@apollo/client';
import { INDICATOR_NAME_FIELDS } from '../../../lib/graphql/indicator-name.fragment';

/** A programme target as the settings list and edit it. */
export const SETTINGS_TARGET_FIELDS = gql`
  fragment SettingsTargetFields on Target {
    id
    kind
    value
    dueOn
    indicator {
      ...IndicatorNameFields
      unit
    }
  }
  ${INDICATOR_NAME_FIELDS}
`;
