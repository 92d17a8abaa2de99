export const ROLES = ['PLATFORM_ADMIN', 'PROGRAMME_LEAD', 'OFFICE_COORDINATOR'] as const;
export type Role = (typeof ROLES)[number];

export interface GrantScope {
  role: Role;
  programme: { id: string; name: string } | null;
  office: { id: string; name: string } | null;
}

/** A page the user's roles give them: their start page is the first one. */
export interface RolePage {
  role: Role;
  path: string;
  programmeName?: string;
  officeName?: string;
}

const ROLE_RANK: Record<Role, number> = { PLATFORM_ADMIN: 0, PROGRAMME_LEAD: 1, OFFICE_COORDINATOR: 2 };

const segment = encodeURIComponent;

function pageFor({ role, programme, office }: GrantScope): RolePage | null {
  switch (role) {
    case 'PLATFORM_ADMIN':
      return { role, path: '/accounts' };
    case 'PROGRAMME_LEAD':
      return programme ? { role, path: `/programmes/${segment(programme.id)}`, programmeName: programme.name } : null;
    case 'OFFICE_COORDINATOR':
      return programme && office
        ? {
            role,
            path: `/programmes/${segment(programme.id)}/offices/${segment(office.id)}`,
            programmeName: programme.name,
            officeName: office.name,
          }
        : null;
  }
}

/**
 * One page per distinct role scope, highest role first (admin, then lead, then coordinator), in grant
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

export function isPlatformAdmin(grants: readonly GrantScope[]): boolean {
  return grants.some(({ role }) => role === 'PLATFORM_ADMIN');
}

/** Whether the user may manage the accounts of this programme (its lead, or an admin). */
export function canManageProgramme(grants: readonly GrantScope[], programmeId: string): boolean {
  return grants.some(({ role, programme }) => role === 'PLATFORM_ADMIN' || (role === 'PROGRAMME_LEAD' && programme?.id === programmeId));
}
