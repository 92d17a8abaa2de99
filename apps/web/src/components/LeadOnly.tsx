import { mayReviewProgramme } from '@officebench/domain';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n';
import { PageHeading } from './PageHeading';
import { useSessionUser } from '../lib/session/useAuth';
import { actorOf } from '../lib/session/roles';

/** The lead's pages: others get a plain "no access" (the API refuses them the data anyway). */
export function LeadOnly({ programmeId, children }: { programmeId: string; children: ReactNode }) {
  const t = useT();
  const user = useSessionUser();
  if (mayReviewProgramme(actorOf(user.id, user.roles), programmeId)) return children;
  return (
    <>
      <title>{`${t('accounts.forbiddenTitle')} – ${t('app.name')}`}</title>
      <PageHeading>{t('accounts.forbiddenTitle')}</PageHeading>
      <p>{t('completeness.forbidden')}</p>
    </>
  );
}
