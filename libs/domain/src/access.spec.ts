import fc from 'fast-check';
import {
  type Actor,
  type Grant,
  ROLES,
  assessedOffices,
  coordinatedOffices,
  isWellScoped,
  ledProgrammes,
  mayDeactivateUser,
  mayGrant,
  mayListUsers,
  mayReadOfficeData,
  mayRevokeGrant,
  maySeeProgramme,
  mayWriteOfficeData,
  primaryGrant,
} from './access';

const admin: Grant = { role: 'PLATFORM_ADMIN', programmeId: null, officeId: null };
const lead = (programmeId: string): Grant => ({ role: 'PROGRAMME_LEAD', programmeId, officeId: null });
const coordinator = (programmeId: string, officeId: string): Grant => ({ role: 'OFFICE_COORDINATOR', programmeId, officeId });
const assessor = (programmeId: string, officeId: string): Grant => ({ role: 'OFFICE_ASSESSOR', programmeId, officeId });
const actor = (...grants: Grant[]): Actor => ({ userId: 'u1', grants });

describe('access rules', () => {
  it.each([
    ['the office coordinator', actor(coordinator('P', 'A')), true, true],
    ['a coordinator of another office', actor(coordinator('P', 'B')), false, false],
    ['a coordinator of the same office in another programme', actor(coordinator('Q', 'A')), false, false],
    ['the programme lead', actor(lead('P')), true, false],
    ['the lead of another programme', actor(lead('Q')), false, false],
    ['the platform admin', actor(admin), false, false],
    ['an assessor of the office (CAF work only)', actor(assessor('P', 'A')), false, false],
    ['nobody', actor(), false, false],
  ])('office A of programme P: %s reads=%s writes=%s', (_who, who, reads, writes) => {
    expect(mayReadOfficeData(who, 'P', 'A')).toBe(reads);
    expect(mayWriteOfficeData(who, 'P', 'A')).toBe(writes);
  });

  it('shows a programme to its members and the admin only', () => {
    expect(maySeeProgramme(actor(coordinator('P', 'A')), 'P')).toBe(true);
    expect(maySeeProgramme(actor(lead('P')), 'P')).toBe(true);
    expect(maySeeProgramme(actor(admin), 'P')).toBe(true);
    expect(maySeeProgramme(actor(coordinator('Q', 'A'), lead('R')), 'P')).toBe(false);
  });

  it('lets a lead grant inside its programme only, and never admin rights', () => {
    const who = actor(lead('P'));
    expect(mayGrant(who, coordinator('P', 'A'))).toBe(true);
    expect(mayGrant(who, lead('P'))).toBe(true);
    expect(mayGrant(who, coordinator('Q', 'A'))).toBe(false);
    expect(mayGrant(who, admin)).toBe(false);
    expect(mayGrant(actor(coordinator('P', 'A')), coordinator('P', 'B'))).toBe(false);
    expect(mayGrant(actor(admin), admin)).toBe(true);
    expect(mayGrant(actor(admin), { role: 'OFFICE_COORDINATOR', programmeId: 'P', officeId: null })).toBe(false);
  });

  it('lets a coordinator give and take back the assessor role of its own office only', () => {
    const who = actor(coordinator('P', 'A'));
    expect(mayGrant(who, assessor('P', 'A'))).toBe(true);
    expect(mayGrant(who, assessor('P', 'B'))).toBe(false);
    expect(mayGrant(who, assessor('Q', 'A'))).toBe(false);
    expect(mayGrant(who, coordinator('P', 'A'))).toBe(false);
    expect(mayGrant(actor(assessor('P', 'A')), assessor('P', 'A'))).toBe(false);
    expect(mayGrant(actor(lead('P')), assessor('P', 'B'))).toBe(true);
    expect(mayGrant(who, { role: 'OFFICE_ASSESSOR', programmeId: 'P', officeId: null })).toBe(false);
    expect(mayRevokeGrant(who, 'u2', assessor('P', 'A'))).toBe(true);
    expect(mayRevokeGrant(who, 'u2', assessor('P', 'B'))).toBe(false);
    expect(mayRevokeGrant(who, 'u2', coordinator('P', 'A'))).toBe(false);
    expect(assessedOffices(actor(assessor('P', 'A'), coordinator('P', 'B')))).toEqual([{ programmeId: 'P', officeId: 'A' }]);
    expect(primaryGrant(actor(assessor('P', 'A'), coordinator('P', 'B')))).toEqual(coordinator('P', 'B'));
  });

  it('lists and deactivates accounts', () => {
    expect(mayListUsers(actor(admin), null)).toBe(true);
    expect(mayListUsers(actor(lead('P')), 'P')).toBe(true);
    expect(mayListUsers(actor(lead('P')), null)).toBe(false);
    expect(mayListUsers(actor(coordinator('P', 'A')), 'P')).toBe(false);
    expect(mayDeactivateUser(actor(admin), 'someone')).toBe(true);
    expect(mayDeactivateUser(actor(admin), 'u1')).toBe(false);
    expect(mayDeactivateUser(actor(lead('P')), 'someone')).toBe(false);
  });

  it('revokes grants: the admin any but its own admin grant, a lead inside its programmes', () => {
    expect(mayRevokeGrant(actor(admin), 'someone', admin)).toBe(true);
    expect(mayRevokeGrant(actor(admin), 'u1', admin)).toBe(false);
    expect(mayRevokeGrant(actor(lead('P')), 'someone', coordinator('P', 'A'))).toBe(true);
    expect(mayRevokeGrant(actor(lead('P')), 'someone', coordinator('Q', 'A'))).toBe(false);
    expect(mayRevokeGrant(actor(lead('P')), 'someone', admin)).toBe(false);
    expect(mayRevokeGrant(actor(coordinator('P', 'A')), 'someone', coordinator('P', 'A'))).toBe(false);
  });

  it('starts a user at the most senior role', () => {
    expect(primaryGrant(actor(coordinator('P', 'A'), lead('Q')))).toEqual(lead('Q'));
    expect(primaryGrant(actor(coordinator('P', 'A'), admin))).toEqual(admin);
    expect(primaryGrant(actor())).toBeNull();
  });

  const ids = fc.constantFrom('P', 'Q', 'A', 'B');
  const grant: fc.Arbitrary<Grant> = fc
    .record({ role: fc.constantFrom(...ROLES), programmeId: fc.option(ids), officeId: fc.option(ids) })
    .filter(isWellScoped);

  it('never lets anyone read an office they neither coordinate nor lead (property)', () => {
    fc.assert(
      fc.property(fc.array(grant, { maxLength: 6 }), ids, ids, (grants, programmeId, officeId) => {
        const who = actor(...grants);
        const allowed = mayReadOfficeData(who, programmeId, officeId);
        const entitled =
          ledProgrammes(who).includes(programmeId) ||
          coordinatedOffices(who).some((scope) => scope.programmeId === programmeId && scope.officeId === officeId);
        expect(allowed).toBe(entitled);
        if (mayWriteOfficeData(who, programmeId, officeId)) expect(allowed).toBe(true);
      }),
    );
  });
});
