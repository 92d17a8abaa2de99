import { gql } from '@apollo/client';

/** An indicator's code and its name in both interface languages (indicatorName in lib/indicator-format.ts picks one). */
export const INDICATOR_NAME_FIELDS = gql`
  fragment IndicatorNameFields on Indicator {
    code
    name
    nameEn
  }
`;
