import type { InviteUserInput } from '../../../generated/graphql';

export interface AssessorInviteDraft {
  email: string;
  displayName: string;
}

export type AssessorInviteProblem = 'emailInvalid' | 'nameRequired';

/** Deliberately loose: the server decides; this only catches typing slips before a round trip. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type AssessorInviteValidation =
  | { input: InviteUserInput; problems?: undefined }
  | { input?: undefined; problems: Partial<Record<keyof AssessorInviteDraft, AssessorInviteProblem>> };

/** An invitation of a CAF assessor of one office (the ordinary inviteUser with the OFFICE_ASSESSOR role). */
export function validateAssessorInvite(
  draft: AssessorInviteDraft,
  office: { programmeId: string; officeId: string },
): AssessorInviteValidation {
  const email = draft.email.trim();
  const displayName = draft.displayName.trim().replace(/\s+/g, ' ');
  const problems: Partial<Record<keyof AssessorInviteDraft, AssessorInviteProblem>> = {};
  if (!EMAIL.test(email)) problems.email = 'emailInvalid';
  if (!displayName) problems.displayName = 'nameRequired';
  if (Object.keys(problems).length) return { problems };
  return { input: { email, displayName, role: 'OFFICE_ASSESSOR', programmeId: office.programmeId, officeId: office.officeId } };
}
