import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../app/i18n';
import { SUBMISSION_FORM_QUERY } from '../graphql/submission-form.query';

/** The form of one office for one period: its indicator lines, the saved submission and whether the caller may edit. */
export function useSubmissionForm(officeId: string, periodId: string) {
  const { language } = useI18n();
  const result = useQuery(SUBMISSION_FORM_QUERY, { variables: { officeId, periodId } });
  const { refetch } = result;
  // The API words plausibility warnings in the request's language: ask again when it changes.
  const shownIn = useRef(language);
  useEffect(() => {
    if (shownIn.current === language) return;
    shownIn.current = language;
    refetch().catch(() => undefined); // a failure shows as the query's error
  }, [language, refetch]);
  return result;
}
