import { errorInfo } from '../app/graphql-errors';
import { useT } from '../app/i18n';

interface ErrorStateProps {
  /** Starts the failed request again (e.g. a query's refetch). */
  onRetry: () => Promise<unknown>;
  /** What went wrong, when known: the service being away is said as such, a server error gives its reference. */
  error?: unknown;
}

export function ErrorState({ onRetry, error }: ErrorStateProps) {
  const t = useT();
  const info = error ? errorInfo(error) : null;
  return (
    <div role="alert" className="state state--error">
      <p>{info?.code === 'SERVICE_UNAVAILABLE' ? t('error.SERVICE_UNAVAILABLE') : t('state.error')}</p>
      {info?.requestId && <p className="state__reference">{t('state.errorReference', { requestId: info.requestId })}</p>}
      {/* A failed retry is shown by the query's own error state, so its rejection is not needed here. */}
      <button type="button" onClick={() => onRetry().catch(() => undefined)}>
        {t('state.retry')}
      </button>
    </div>
  );
}
