import { mayReviewProgramme } from '@officebench/domain';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n';
import { useSessionUser } from '../lib/session/useAuth';
import { actorOf } from '../lib/session/roles';
import { NoAccess } from './NoAccess';

/** The lead's pages: others get a plain "no access" (the API refuses them the data anyway). */
export function LeadOnly({ programmeId, children }: { programmeId: string; children: ReactNode }) {
  const t = useT();
  const user = useSessionUser();
  if (mayReviewProgramme(actorOf(user.id, user.roles), programmeId)) return children;
  return <NoAccess message={t('completeness.forbidden')} />;
}
