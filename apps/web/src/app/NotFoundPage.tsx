import { Link } from 'react-router';
import { useT } from './i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <title>{`${t('notFound.title')} – ${t('app.name')}`}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
