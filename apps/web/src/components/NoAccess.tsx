import { useT } from '../app/i18n';
import { PageHeading } from './PageHeading';

/** A page the user may not see: the title "no access" and why (the API refuses the data anyway). */
export function NoAccess({ message }: { message: string }) {
  const t = useT();
  return (
    <>
      <title>{`${t('accounts.forbiddenTitle')} – ${t('app.name')}`}</title>
      <PageHeading>{t('accounts.forbiddenTitle')}</PageHeading>
      <p>{message}</p>
    </>
  );
}
