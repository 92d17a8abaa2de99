import { canManageProgramme, isPlatformAdmin, rolePages, startPath, type GrantScope } from './roles';

const programme = { id: 'p1', name: 'Program jakości' };
const other = { id: 'p 2', name: 'Inny program' };
const office = { id: 'o7', name: 'Urząd Miasta Zator' };

const admin: GrantScope = { role: 'PLATFORM_ADMIN', programme: null, office: null };
const lead: GrantScope = { role: 'PROGRAMME_LEAD', programme, office: null };
const coordinator: GrantScope = { role: 'OFFICE_COORDINATOR', programme, office };
const assessor: GrantScope = { role: 'OFFICE_ASSESSOR', programme, office };

describe('startPath', () => {
  it('sends a coordinator to their office page', () => {
    expect(startPath([coordinator])).toBe('/programmes/p1/offices/o7');
  });

  it('sends a lead to the programme overview', () => {
    expect(startPath([lead])).toBe('/programmes/p1');
  });

  it("sends an assessor to its office's CAF self-assessments", () => {
    expect(startPath([assessor])).toBe('/programmes/p1/offices/o7/caf');
    expect(startPath([{ role: 'OFFICE_ASSESSOR', programme: other, office: { id: 'o 8', name: 'Urząd' } }])).toBe(
      '/programmes/p%202/offices/o%208/caf',
    );
  });

  it('sends an admin to the accounts page', () => {
    expect(startPath([admin])).toBe('/accounts');
  });

  it('starts at the highest role whatever the order of the grants', () => {
    expect(startPath([coordinator, lead])).toBe('/programmes/p1');
    expect(startPath([coordinator, lead, admin])).toBe('/accounts');
    expect(startPath([assessor, coordinator])).toBe('/programmes/p1/offices/o7');
  });

  it('has no start page for a user without roles or with incomplete grants', () => {
    expect(startPath([])).toBeNull();
    expect(startPath([{ role: 'PROGRAMME_LEAD', programme: null, office: null }])).toBeNull();
    expect(startPath([{ role: 'OFFICE_COORDINATOR', programme, office: null }])).toBeNull();
    expect(startPath([{ role: 'OFFICE_ASSESSOR', programme, office: null }])).toBeNull();
  });

  it('encodes identifiers in the path', () => {
    expect(startPath([{ role: 'PROGRAMME_LEAD', programme: other, office: null }])).toBe('/programmes/p%202');
  });
});

describe('rolePages', () => {
  it('lists one page per role scope, highest role first, keeping grant order within a role', () => {
    const secondLead: GrantScope = { role: 'PROGRAMME_LEAD', programme: other, office: null };
    expect(rolePages([assessor, coordinator, secondLead, lead, admin, lead]).map(({ role, path }) => [role, path])).toEqual([
      ['PLATFORM_ADMIN', '/accounts'],
      ['PROGRAMME_LEAD', '/programmes/p%202'],
      ['PROGRAMME_LEAD', '/programmes/p1'],
      ['OFFICE_COORDINATOR', '/programmes/p1/offices/o7'],
      ['OFFICE_ASSESSOR', '/programmes/p1/offices/o7/caf'],
    ]);
  });

  it('names the programme and office of each page', () => {
    expect(rolePages([coordinator])).toEqual([
      {
        role: 'OFFICE_COORDINATOR',
        path: '/programmes/p1/offices/o7',
        programmePath: '/programmes/p1',
        programmeName: 'Program jakości',
        officeName: 'Urząd Miasta Zator',
      },
    ]);
  });

  it('gives leads and coordinators the path of their programme', () => {
    expect(rolePages([lead, admin]).map(({ programmePath }) => programmePath)).toEqual([undefined, '/programmes/p1']);
    expect(rolePages([{ role: 'PROGRAMME_LEAD', programme: other, office: null }])[0]?.programmePath).toBe('/programmes/p%202');
  });
});

describe('permissions shown in the interface', () => {
  it('recognises a platform admin', () => {
    expect(isPlatformAdmin([coordinator, admin])).toBe(true);
    expect(isPlatformAdmin([lead])).toBe(false);
  });

  it('lets the lead of a programme and an admin manage its accounts', () => {
    expect(canManageProgramme([lead], 'p1')).toBe(true);
    expect(canManageProgramme([lead], 'p 2')).toBe(false);
    expect(canManageProgramme([coordinator], 'p1')).toBe(false);
    expect(canManageProgramme([admin], 'anything')).toBe(true);
  });
});
