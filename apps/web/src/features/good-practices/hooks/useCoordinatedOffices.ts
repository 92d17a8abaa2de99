import { practiceOffices } from '@officebench/domain';
import { useSessionUser } from '../../../lib/session/useAuth';
import { actorOf } from '../../../lib/session/roles';

export interface CoordinatedOffice {
  id: string;
  name: string;
}

/** The offices the signed-in coordinator writes practices for, with their names. */
export function useCoordinatedOffices(): CoordinatedOffice[] {
  const user = useSessionUser();
  const ids = practiceOffices(actorOf(user.id, user.roles));
  return ids.map((id) => ({ id, name: user.roles.find(({ office }) => office?.id === id)?.office?.name ?? id }));
}
