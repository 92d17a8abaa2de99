import { gql } from '@apollo/client';

/** A round with its counts; `results` is null while it is open and for anyone but the office's coordinators. */
export const SURVEY_ROUND_FIELDS = gql`
  fragment SurveyRoundFields on SurveyRound {
    id
    kind
    state
    code
    publicPath
    officeId
    officeName
    programmeId
    periodId
    periodLabel
    openedOn
    closedOn
    responses
    invited
    responseRatePct
    threshold
    missingForResults
    respondents
    satisfied
    satisfiedPct
    submissionStatus
    mayManage
    version
    results {
      code
      kind
      text
      suppressed
      answered
      counts
      notApplicable
      mean
      satisfiedPct
      texts
    }
  }
`;
