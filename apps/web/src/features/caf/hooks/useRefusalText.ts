import { useCallback } from 'react';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { cafRefusalText } from '../utils/caf-errors';

/** What to tell the user about a failed CAF operation: the API's own words for a conflict, else the app's. */
export function useRefusalText(): (error: unknown) => string {
  const errorMessage = useErrorMessage();
  return useCallback((error: unknown) => cafRefusalText(error) ?? errorMessage(error), [errorMessage]);
}
