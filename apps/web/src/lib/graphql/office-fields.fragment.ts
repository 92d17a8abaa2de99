import { gql } from '@apollo/client';

/** An office as the pages describe it: its name, kind (shown as `officeKind.<KIND>`) and region. */
export const OFFICE_FIELDS = gql`
  fragment OfficeFields on Office {
    id
    name
    kind
    region
  }
`;
