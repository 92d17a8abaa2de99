import { useCallback } from 'react';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { surveyRefusalText } from '../utils/survey-errors';

/** What to tell the user about a refused survey operation: the API's words for a conflict, else the app's. */
export function useSurveyRefusal(): (error: unknown) => string {
  const errorMessage = useErrorMessage();
  return useCallback((error: unknown) => surveyRefusalText(error) ?? errorMessage(error), [errorMessage]);
}
