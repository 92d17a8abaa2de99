import { useQuery } from '@apollo/client/react';
import { MY_OFFICE_QUERY } from '../graphql/my-office.query';
import { OFFICE_SUBMISSION_QUERY } from '../graphql/office-submission.query';

export function useMyOffice(programmeId: string) {
  return useQuery(MY_OFFICE_QUERY, { variables: { programmeId } });
}

export function useOfficeSubmission(officeId: string, periodId: string) {
  return useQuery(OFFICE_SUBMISSION_QUERY, { variables: { officeId, periodId } });
}
