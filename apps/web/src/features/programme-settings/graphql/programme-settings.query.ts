import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProgrammeSettingsQuery, ProgrammeSettingsQueryVariables } from '../../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from '../../../lib/graphql/indicator-name.fragment';
import { OFFICE_FIELDS } from '../../../lib/graphql/office-fields.fragment';
import { PROGRAMME_HEADER_FIELDS } from '../../../lib/graphql/programme-header.fragment';
import { SETTINGS_PEER_GROUP_FIELDS } from './settings-peer-group.fragment';
import { SETTINGS_PERIOD_FIELDS } from './settings-period.fragment';
import { TARGET_FIELDS } from '../../../lib/graphql/target-fields.fragment';

export type SettingsProgramme = NonNullable<ProgrammeSettingsQuery['programme']>;
export type SettingsPeriod = SettingsProgramme['periods'][number];
export type SettingsTarget = SettingsProgramme['targets'][number];
export type SettingsPeerGroup = SettingsProgramme['peerGroups'][number];
export type SettingsIndicator = SettingsProgramme['indicators'][number];
export type SettingsOffice = SettingsProgramme['offices'][number];

/** Everything the lead's programme settings show: periods, targets, peer groups, offices, indicators and k. */
export const PROGRAMME_SETTINGS_QUERY: TypedDocumentNode<ProgrammeSettingsQuery, ProgrammeSettingsQueryVariables> = gql`
  query ProgrammeSettings($programmeId: ID!) {
    programme(id: $programmeId) {
      ...ProgrammeHeaderFields
      anonymityThreshold
      offices {
        ...OfficeFields
      }
      indicators {
        ...IndicatorNameFields
        unit
        minValue
        maxValue
      }
      periods {
        ...SettingsPeriodFields
      }
      targets {
        ...TargetFields
      }
      peerGroups {
        ...SettingsPeerGroupFields
      }
    }
  }
  ${PROGRAMME_HEADER_FIELDS}
  ${OFFICE_FIELDS}
  ${INDICATOR_NAME_FIELDS}
  ${SETTINGS_PERIOD_FIELDS}
  ${TARGET_FIELDS}
  ${SETTINGS_PEER_GROUP_FIELDS}
`;
