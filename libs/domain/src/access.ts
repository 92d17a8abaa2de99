/**
 * Who may do what: the role rules as plain functions, shared by the API (which enforces them) and the
 * dashboard (which only uses them to choose what to show).
 */
/** Most senior first (primaryGrant). An assessor takes part in its office's CAF self-assessments only. */
export const ROLES = ['PLATFORM_ADMIN', 'PROGRAMME_LEAD', 'OFFICE_COORDINATOR', 'OFFICE_ASSESSOR'] as const;
export type Role = (typeof ROLES)[number];

/** A role held by a user: platform-wide (admin), for a programme (lead) or for one office in a programme. */
export interface Grant {
  role: Role;
  programmeId: string | null;
  officeId: string | null;
}

/** The signed-in user as the rules see them. */
export interface Actor {
  userId: string;
  grants: readonly Grant[];
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether a grant's scope fits its role (the database checks the same: role_grant_scope). */
export function isWellScoped(grant: Grant): boolean {
  switch (grant.role) {
    case 'PLATFORM_ADMIN':
      return grant.programmeId === null && grant.officeId === null;
    case 'PROGRAMME_LEAD':
      return grant.programmeId !== null && grant.officeId === null;
    case 'OFFICE_COORDINATOR':
    case 'OFFICE_ASSESSOR':
      return grant.programmeId !== null && grant.officeId !== null;
  }
}

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.grants.some((grant) => grant.role === 'PLATFORM_ADMIN');
}

export function leadsProgramme(actor: Actor, programmeId: string): boolean {
  return actor.grants.some((grant) => grant.role === 'PROGRAMME_LEAD' && grant.programmeId === programmeId);
}

export function coordinatesOffice(actor: Actor, programmeId: string, officeId: string): boolean {
  return actor.grants.some(
    (grant) => grant.role === 'OFFICE_COORDINATOR' && grant.programmeId === programmeId && grant.officeId === officeId,
  );
}

/** Programmes the actor leads. */
export function ledProgrammes(actor: Actor): string[] {
  return unique(actor.grants.filter((grant) => grant.role === 'PROGRAMME_LEAD').map((grant) => grant.programmeId as string));
}

/** (programme, office) pairs the actor coordinates. */
export function coordinatedOffices(actor: Actor): Array<{ programmeId: string; officeId: string }> {
  return actor.grants
    .filter((grant) => grant.role === 'OFFICE_COORDINATOR')
    .map((grant) => ({ programmeId: grant.programmeId as string, officeId: grant.officeId as string }));
}

/** (programme, office) pairs the actor assesses: members of the office's CAF self-assessment groups. */
export function assessedOffices(actor: Actor): Array<{ programmeId: string; officeId: string }> {
  return actor.grants
    .filter((grant) => grant.role === 'OFFICE_ASSESSOR')
    .map((grant) => ({ programmeId: grant.programmeId as string, officeId: grant.officeId as string }));
}

/**
 * A programme's structure (offices, indicators, periods, peer groups: public facts, never values) is
 * visible to the platform admin and to anyone holding a grant in it.
 */
export function maySeeProgramme(actor: Actor, programmeId: string): boolean {
  return isPlatformAdmin(actor) || actor.grants.some((grant) => grant.programmeId === programmeId);
}

/**
 * An office's raw values: its own coordinators and the leads of the programme. The platform admin is
 * deliberately not included (see the confidentiality rules: only through a lead grant).
 */
export function mayReadOfficeData(actor: Actor, programmeId: string, officeId: string): boolean {
  return coordinatesOffice(actor, programmeId, officeId) || leadsProgramme(actor, programmeId);
}

/** Entering values: only the office's own coordinators. */
export function mayWriteOfficeData(actor: Actor, programmeId: string, officeId: string): boolean {
  return coordinatesOffice(actor, programmeId, officeId);
}

/** Approving, returning, reopening and releasing: the programme's leads. */
export function mayReviewProgramme(actor: Actor, programmeId: string): boolean {
  return leadsProgramme(actor, programmeId);
}

/**
 * Giving someone a grant (inviting them): the platform admin any grant; a lead only grants inside a
 * programme it leads (coordinators and assessors of its offices, or fellow leads), never a platform-wide
 * one; a coordinator only the assessor role of its own office (its CAF self-assessment group).
 */
export function mayGrant(actor: Actor, grant: Grant): boolean {
  if (!isWellScoped(grant)) return false;
  if (isPlatformAdmin(actor)) return true;
  if (grant.role === 'PLATFORM_ADMIN') return false;
  if (leadsProgramme(actor, grant.programmeId as string)) return true;
  return grant.role === 'OFFICE_ASSESSOR' && coordinatesOffice(actor, grant.programmeId as string, grant.officeId as string);
}

/** Listing accounts: the admin all of them, a lead those of its programmes. */
export function mayListUsers(actor: Actor, programmeId: string | null): boolean {
  return isPlatformAdmin(actor) || (programmeId !== null && leadsProgramme(actor, programmeId));
}

/**
 * Revoking a grant held by `ownerId`: the platform admin any grant except its own admin one; a lead the
 * grants inside a programme it leads; a coordinator the assessor grants of its own office.
 */
export function mayRevokeGrant(actor: Actor, ownerId: string, grant: Grant): boolean {
  if (isPlatformAdmin(actor)) return !(grant.role === 'PLATFORM_ADMIN' && ownerId === actor.userId);
  if (grant.programmeId === null) return false;
  if (leadsProgramme(actor, grant.programmeId)) return true;
  return grant.role === 'OFFICE_ASSESSOR' && grant.officeId !== null && coordinatesOffice(actor, grant.programmeId, grant.officeId);
}

/** Deactivating an account (which ends its sessions): the platform admin only, never their own. */
export function mayDeactivateUser(actor: Actor, userId: string): boolean {
  return isPlatformAdmin(actor) && actor.userId !== userId;
}

/** Where a user starts: the most senior of their roles. */
export function primaryGrant(actor: Actor): Grant | null {
  for (const role of ROLES) {
    const grant = actor.grants.find((candidate) => candidate.role === role);
    if (grant) return grant;
  }
  return null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
