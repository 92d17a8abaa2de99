import { validateAssessorInvite } from './assessor-invite';

const office = { programmeId: 'p1', officeId: 'o8' };

describe('validateAssessorInvite', () => {
  it('invites an assessor of the office, tidying the text', () => {
    expect(validateAssessorInvite({ email: ' ewa.lis@um.example.pl ', displayName: ' Ewa   Lis ' }, office)).toEqual({
      input: { email: 'ewa.lis@um.example.pl', displayName: 'Ewa Lis', role: 'OFFICE_ASSESSOR', programmeId: 'p1', officeId: 'o8' },
    });
  });

  it('names every missing or wrong field', () => {
    expect(validateAssessorInvite({ email: 'ewa.lis', displayName: ' ' }, office).problems).toEqual({
      email: 'emailInvalid',
      displayName: 'nameRequired',
    });
  });
});
