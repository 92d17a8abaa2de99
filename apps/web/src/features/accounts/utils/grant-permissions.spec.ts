import type { GrantScope } from '../../../lib/session/roles';
import { canDeactivate, canRevokeGrant } from './grant-permissions';

const p1 = { id: 'p1', name: 'P1' };
const p2 = { id: 'p2', name: 'P2' };
const office = { id: 'o1', name: 'O1' };
const adminGrant: GrantScope = { role: 'PLATFORM_ADMIN', programme: null, office: null };
const leadOfP1: GrantScope = { role: 'PROGRAMME_LEAD', programme: p1, office: null };
const coordinatorInP1: GrantScope = { role: 'OFFICE_COORDINATOR', programme: p1, office };
const coordinatorInP2: GrantScope = { role: 'OFFICE_COORDINATOR', programme: p2, office };

const admin = { id: 'admin', roles: [adminGrant] };
const lead = { id: 'lead', roles: [leadOfP1] };
const other = { id: 'u1', isActive: true };

describe('canRevokeGrant', () => {
  it('lets an admin revoke any grant of someone else', () => {
    expect(canRevokeGrant(admin, other, coordinatorInP2)).toBe(true);
    expect(canRevokeGrant(admin, other, adminGrant)).toBe(true);
  });

  it('lets a lead revoke grants in the programmes they lead only', () => {
    expect(canRevokeGrant(lead, other, coordinatorInP1)).toBe(true);
    expect(canRevokeGrant(lead, other, leadOfP1)).toBe(true);
    expect(canRevokeGrant(lead, other, coordinatorInP2)).toBe(false);
    expect(canRevokeGrant(lead, other, adminGrant)).toBe(false);
  });

  it('never offers to revoke one’s own grants', () => {
    expect(canRevokeGrant(admin, admin, adminGrant)).toBe(false);
    expect(canRevokeGrant(lead, lead, leadOfP1)).toBe(false);
  });
});

describe('canDeactivate', () => {
  it('is for admins, on other active users', () => {
    expect(canDeactivate(admin, other)).toBe(true);
    expect(canDeactivate(admin, { ...other, isActive: false })).toBe(false);
    expect(canDeactivate(admin, { id: 'admin', isActive: true })).toBe(false);
    expect(canDeactivate(lead, other)).toBe(false);
  });
});
