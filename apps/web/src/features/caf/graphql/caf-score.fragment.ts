import { gql } from '@apollo/client';

/** One score with its reasons: an assessor's own or the agreed one. */
export const CAF_SCORE_FIELDS = gql`
  fragment CafScoreFields on CafScore {
    code
    score
    evidence
    strengths
    improvements
  }
`;
