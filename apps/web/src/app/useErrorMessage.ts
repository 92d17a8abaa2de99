import { useCallback } from 'react';
import { conflictText, errorInfo, type ErrorInfo } from './graphql-errors';
import { useT, type MessageKey, type MessageParams } from './i18n';
import { waitMessage } from './wait-message';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The translated message for a failed operation, keyed by its error code. The server's own text is
 * shown only for BAD_USER_INPUT, whose messages say which value is wrong; a server error names the
 * request id the server logged it under, when it sent one.
 */
export function describeError(error: unknown, t: Translate): string {
  const info: ErrorInfo = errorInfo(error);
  if (info.code === 'BAD_USER_INPUT' && info.serverMessage) return info.serverMessage;
  if (info.code === 'RATE_LIMITED' && info.retryAfterSeconds) {
    const wait = waitMessage(info.retryAfterSeconds);
    return t('error.RATE_LIMITED_wait', { wait: t(wait.key, wait.params) });
  }
  if (info.code === 'INTERNAL_SERVER_ERROR' && info.requestId)
    return t('error.INTERNAL_SERVER_ERROR_reference', { requestId: info.requestId });
  return t(`error.${info.code}`);
}

export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return useCallback((error: unknown) => describeError(error, t), [t]);
}

/** What to tell the user about a refused operation: the API's own words for a conflict, else the app's message for the code. */
export function useRefusalText(): (error: unknown) => string {
  const errorMessage = useErrorMessage();
  return useCallback((error: unknown) => conflictText(error) ?? errorMessage(error), [errorMessage]);
}
