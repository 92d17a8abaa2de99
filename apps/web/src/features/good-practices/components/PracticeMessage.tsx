import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { PageHeading } from '../../../components/PageHeading';
import { PRACTICES_PATH } from '../utils/paths';

/** A page that is only a message (not found, no access), with the way back to the search. */
export function PracticeMessage({ title, body }: { title: string; body: string }) {
  const t = useT();
  return (
    <>
      <title>{`${title} – ${t('app.name')}`}</title>
      <PageHeading>{title}</PageHeading>
      <p>{body}</p>
      <p>
        <Link to={PRACTICES_PATH}>{t('practices.backToSearch')}</Link>
      </p>
    </>
  );
}

/** A practice that does not exist (or that the viewer may not see). */
export function PracticeNotFound() {
  const t = useT();
  return <PracticeMessage title={t('practices.notFound.title')} body={t('practices.notFound.body')} />;
}

/** Writing practices is for offices' coordinators. */
export function CoordinatorsOnly() {
  const t = useT();
  return <PracticeMessage title={t('accounts.forbiddenTitle')} body={t('practices.coordinatorsOnly')} />;
}
