import { Navigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useProgrammes } from '../hooks/useProgrammes';

/** The home page: the first programme's overview. */
export function HomeRedirect() {
  const t = useT();
  const { data, loading, error, refetch } = useProgrammes();
  if (loading) return <LoadingState />;
  if (error || !data) return <ErrorState onRetry={refetch} />;
  const [first] = data.programmes;
  if (!first) return <p className="state">{t('programmes.none')}</p>;
  return <Navigate to={`/programmes/${encodeURIComponent(first.id)}`} replace />;
}
