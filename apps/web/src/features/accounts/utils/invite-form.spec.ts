import { EMPTY_INVITE, inviteDraftKey, isInviteDraft, validateInvite, type InviteDraft } from './invite-form';

const lead = { programmeId: 'p1', allowedRoles: ['OFFICE_COORDINATOR', 'OFFICE_ASSESSOR', 'PROGRAMME_LEAD'] as const };
const admin = { allowedRoles: ['OFFICE_COORDINATOR', 'PROGRAMME_LEAD', 'PLATFORM_ADMIN'] as const };

const draft = (changes: Partial<InviteDraft>): InviteDraft => ({
  ...EMPTY_INVITE,
  email: ' anna.nowak@um.example.pl ',
  displayName: ' Anna   Nowak ',
  officeId: 'o3',
  ...changes,
});

describe('validateInvite', () => {
  it('invites a coordinator of an office of the page programme, tidying the text', () => {
    expect(validateInvite(draft({}), lead)).toEqual({
      input: {
        email: 'anna.nowak@um.example.pl',
        displayName: 'Anna Nowak',
        role: 'OFFICE_COORDINATOR',
        programmeId: 'p1',
        officeId: 'o3',
      },
    });
  });

  it('invites an assessor of one office, as a coordinator', () => {
    expect(validateInvite(draft({ role: 'OFFICE_ASSESSOR' }), lead).input).toEqual({
      email: 'anna.nowak@um.example.pl',
      displayName: 'Anna Nowak',
      role: 'OFFICE_ASSESSOR',
      programmeId: 'p1',
      officeId: 'o3',
    });
    expect(validateInvite(draft({ role: 'OFFICE_ASSESSOR', officeId: '' }), lead).problems).toEqual({ officeId: 'required' });
  });

  it('sends no office for a lead, and neither programme nor office for an admin', () => {
    expect(validateInvite(draft({ role: 'PROGRAMME_LEAD' }), lead).input).toEqual({
      email: 'anna.nowak@um.example.pl',
      displayName: 'Anna Nowak',
      role: 'PROGRAMME_LEAD',
      programmeId: 'p1',
    });
    expect(validateInvite(draft({ role: 'PLATFORM_ADMIN', programmeId: 'p9' }), admin).input).toEqual({
      email: 'anna.nowak@um.example.pl',
      displayName: 'Anna Nowak',
      role: 'PLATFORM_ADMIN',
    });
  });

  it('takes the programme from the draft on the all-accounts page', () => {
    expect(validateInvite(draft({ programmeId: 'p2' }), admin).input?.programmeId).toBe('p2');
    expect(validateInvite(draft({ programmeId: '' }), admin).problems).toEqual({ programmeId: 'required' });
  });

  it('names every missing or wrong field', () => {
    expect(validateInvite(EMPTY_INVITE, lead).problems).toEqual({ email: 'required', displayName: 'required', officeId: 'required' });
    expect(validateInvite(draft({ email: 'anna.nowak' }), lead).problems).toEqual({ email: 'emailInvalid' });
    expect(validateInvite(draft({ role: 'PLATFORM_ADMIN' }), lead).problems).toEqual({ role: 'roleNotAllowed' });
  });
});

describe('invite drafts', () => {
  it('are kept per programme page', () => {
    expect(inviteDraftKey('p1')).not.toBe(inviteDraftKey('p2'));
    expect(inviteDraftKey(undefined)).not.toBe(inviteDraftKey('p1'));
    expect(inviteDraftKey('p1').startsWith('officebench.form.')).toBe(true);
  });

  it('are recognised only in the current shape', () => {
    expect(isInviteDraft(draft({}))).toBe(true);
    expect(isInviteDraft({ ...draft({}), role: 'SUPERUSER' })).toBe(false);
    expect(isInviteDraft({ email: 'a@b.pl' })).toBe(false);
    expect(isInviteDraft(null)).toBe(false);
  });
});
