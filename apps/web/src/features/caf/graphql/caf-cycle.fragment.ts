import { gql } from '@apollo/client';
import { CAF_ACTION_FIELDS } from './caf-action.fragment';
import { CAF_SCORE_FIELDS } from './caf-score.fragment';

/** A self-assessment as its page shows it: every mutation on it answers with these fields. */
export const CAF_CYCLE_FIELDS = gql`
  fragment CafCycleFields on CafCycle {
    id
    programmeId
    officeId
    officeName
    periodId
    periodLabel
    state
    version
    openedAt
    consensusAt
    closedAt
    criterionScores
    total
    previousTotal
    submissionStatus
    mayManage
    mayScore
    mayAgree
    assessors {
      userId
      displayName
      scored
      isMe
    }
    myScores {
      ...CafScoreFields
    }
    individualScores {
      code
      assessorId
      assessorName
      score
      evidence
      strengths
      improvements
    }
    spreads {
      code
      count
      lowest
      highest
      mean
      range
      wide
    }
    consensus {
      ...CafScoreFields
    }
    actions {
      ...CafActionFields
    }
  }
  ${CAF_SCORE_FIELDS}
  ${CAF_ACTION_FIELDS}
`;
