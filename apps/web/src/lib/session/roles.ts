import { type Actor, isPlatformAdmin as actorIsAdmin, leadsProgramme, ROLES, type Role } from '@officebench/domain';

export { ROLES, type Role };

export interface GrantScope {
  role: Role;
  programme: { id: string; name: string } | null;
  office: { id: string; name: string } | null;
}

/** A page the user's roles give them: their start page is the first one. */
export interface RolePage {
  role: Role;
  path: string;
  /** The programme's own path (leads' and coordinators' pages): its other pages hang under it. */
  programmePath?: string;
  programmeName?: string;
  officeName?: string;
}

const ROLE_RANK: Record<Role, number> = { PLATFORM_ADMIN: 0, PROGRAMME_LEAD: 1, OFFICE_COORDINATOR: 2, OFFICE_ASSESSOR: 3 };

const segment = encodeURIComponent;

/** An office's CAF self-assessments: its coordinators' and assessors' page (an assessor's start page). */
export function cafOfficePath(programmeId: string, officeId: string): string {
  return `/programmes/${segment(programmeId)}/offices/${segment(officeId)}/caf`;
}

function pageFor({ role, programme, office }: GrantScope): RolePage | null {
  switch (role) {
    case 'PLATFORM_ADMIN':
      return { role, path: '/accounts' };
    case 'PROGRAMME_LEAD':
      return programme
        ? {
            role,
            path: `/programmes/${segment(programme.id)}`,
            programmePath: `/programmes/${segment(programme.id)}`,
            programmeName: programme.name,
          }
        : null;
    case 'OFFICE_COORDINATOR':
      return programme && office
        ? {
            role,
            path: `/programmes/${segment(programme.id)}/offices/${segment(office.id)}`,
            programmePath: `/programmes/${segment(programme.id)}`,
            programmeName: programme.name,
            officeName: office.name,
          }
        : null;
    case 'OFFICE_ASSESSOR':
      return programme && office
        ? {
            role,
            path: cafOfficePath(programme.id, office.id),
            programmePath: `/programmes/${segment(programme.id)}`,
            programmeName: programme.name,
            officeName: office.name,
          }
        : null;
  }
}

/**
 * One page per distinct role scope, highest role first (admin, then lead, then coordinator, then assessor), in grant
 * order within a role. Grants that lack their programme or office are skipped.
 */
export function rolePages(grants: readonly GrantScope[]): RolePage[] {
  const pages: RolePage[] = [];
  const ranked = grants
    .map((grant, index) => ({ grant, index }))
    .sort((a, b) => ROLE_RANK[a.grant.role] - ROLE_RANK[b.grant.role] || a.index - b.index);
  for (const { grant } of ranked) {
    const page = pageFor(grant);
    if (page && !pages.some(({ path }) => path === page.path)) pages.push(page);
  }
  return pages;
}

/** Where `/` takes a signed-in user: the page of their highest role, or null when they have none. */
export function startPath(grants: readonly GrantScope[]): string | null {
  return rolePages(grants)[0]?.path ?? null;
}

/** The user as the shared access rules (@officebench/domain) see them. */
export function actorOf(userId: string, grants: readonly GrantScope[]): Actor {
  return {
    userId,
    grants: grants.map(({ role, programme, office }) => ({ role, programmeId: programme?.id ?? null, officeId: office?.id ?? null })),
  };
}

export function isPlatformAdmin(grants: readonly GrantScope[]): boolean {
  return actorIsAdmin(actorOf('', grants));
}

/** Whether the user may manage the accounts of this programme (its lead, or an admin). */
export function canManageProgramme(grants: readonly GrantScope[], programmeId: string): boolean {
  const actor = actorOf('', grants);
  return actorIsAdmin(actor) || leadsProgramme(actor, programmeId);
}
