import { useT } from '../app/i18n';

export function LoadingState() {
  const t = useT();
  return (
    <p role="status" aria-live="polite" className="state">
      {t('state.loading')}
    </p>
  );
}
