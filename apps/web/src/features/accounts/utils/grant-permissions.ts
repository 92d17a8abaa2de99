import { mayDeactivateUser, mayRevokeGrant } from '@officebench/domain';
import { actorOf, type GrantScope } from '../../../lib/session/roles';

interface Viewer {
  id: string;
  roles: readonly GrantScope[];
}

/**
 * Whether the viewer is offered the revoke button for a grant (the server checks again): an admin for
 * any grant, a lead for grants in the programmes they lead; never one's own grants, so that nobody
 * locks themselves out by a slip.
 */
export function canRevokeGrant(viewer: Viewer, owner: { id: string }, grant: GrantScope): boolean {
  if (owner.id === viewer.id) return false;
  const [scope] = actorOf(owner.id, [grant]).grants;
  return mayRevokeGrant(actorOf(viewer.id, viewer.roles), owner.id, scope);
}

/** Whether the viewer is offered the deactivate button: admins only, for other, still active users. */
export function canDeactivate(viewer: Viewer, owner: { id: string; isActive: boolean }): boolean {
  return owner.isActive && mayDeactivateUser(actorOf(viewer.id, viewer.roles), owner.id);
}
