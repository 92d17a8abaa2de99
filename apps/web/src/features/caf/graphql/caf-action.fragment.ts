import { gql } from '@apollo/client';

/** An action of the improvement plan. */
export const CAF_ACTION_FIELDS = gql`
  fragment CafActionFields on CafAction {
    id
    cycleId
    code
    indicatorCode
    title
    owner
    dueOn
    status
    completedOn
    result
    version
  }
`;
