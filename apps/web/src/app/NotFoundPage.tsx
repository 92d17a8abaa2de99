import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { useT } from './i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <title>{`${t('notFound.title')} – ${t('app.name')}`}</title>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
