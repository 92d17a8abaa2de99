import { useT } from '../app/i18n';

interface ErrorStateProps {
  /** Starts the failed request again (e.g. a query's refetch). */
  onRetry: () => Promise<unknown>;
}

export function ErrorState({ onRetry }: ErrorStateProps) {
  const t = useT();
  return (
    <div role="alert" className="state state--error">
      <p>{t('state.error')}</p>
      {/* A failed retry is shown by the query's own error state, so its rejection is not needed here. */}
      <button type="button" onClick={() => onRetry().catch(() => undefined)}>
        {t('state.retry')}
      </button>
    </div>
  );
}
