import type { GrantScope } from '../../auth/utils/roles';

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
  if (viewer.roles.some(({ role }) => role === 'PLATFORM_ADMIN')) return true;
  const programmeId = grant.programme?.id;
  return Boolean(programmeId) && viewer.roles.some(({ role, programme }) => role === 'PROGRAMME_LEAD' && programme?.id === programmeId);
}

/** Whether the viewer is offered the deactivate button: admins only, for other, still active users. */
export function canDeactivate(viewer: Viewer, owner: { id: string; isActive: boolean }): boolean {
  return owner.isActive && owner.id !== viewer.id && viewer.roles.some(({ role }) => role === 'PLATFORM_ADMIN');
}
