import { useCallback } from 'react';
import { errorInfo, type ErrorInfo } from './graphql-errors';
import { useT } from './i18n';
import { waitMessage } from './wait-message';

/**
 * The translated message for a failed operation, keyed by its error code. The server's own text is
 * shown only for BAD_USER_INPUT, whose messages say which value is wrong.
 */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return useCallback(
    (error: unknown) => {
      const info: ErrorInfo = errorInfo(error);
      if (info.code === 'BAD_USER_INPUT' && info.serverMessage) return info.serverMessage;
      if (info.code === 'RATE_LIMITED' && info.retryAfterSeconds) {
        const wait = waitMessage(info.retryAfterSeconds);
        return t('error.RATE_LIMITED_wait', { wait: t(wait.key, wait.params) });
      }
      return t(`error.${info.code}`);
    },
    [t],
  );
}
