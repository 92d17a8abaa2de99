import { PERSISTENT_FORM_PREFIX } from '../../../hooks/persistent-state';
import { ROLES, type Role } from '../../../lib/session/roles';
import type { InviteUserInput } from '../../../generated/graphql';

export interface InviteDraft {
  email: string;
  displayName: string;
  role: Role;
  programmeId: string;
  officeId: string;
}

export type InviteField = keyof InviteDraft;
export type InviteProblem = 'required' | 'emailInvalid' | 'roleNotAllowed';

export const EMPTY_INVITE: InviteDraft = { email: '', displayName: '', role: 'OFFICE_COORDINATOR', programmeId: '', officeId: '' };

/** Where a page's invite draft is kept: one per programme page, one for the all-accounts page. */
export function inviteDraftKey(programmeId: string | undefined): string {
  return `${PERSISTENT_FORM_PREFIX}invite.${programmeId ?? '*'}`;
}

/** A saved draft is used only when it still has the current shape. */
export function isInviteDraft(value: unknown): value is InviteDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    ['email', 'displayName', 'programmeId', 'officeId'].every((field) => typeof draft[field] === 'string') &&
    (ROLES as readonly unknown[]).includes(draft['role'])
  );
}

/** Deliberately loose: the server decides; this only catches typing slips before a round trip. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface InviteContext {
  /** The programme of the page, fixed (a programme's accounts page), or undefined (all accounts). */
  programmeId?: string;
  /** Roles this user may grant here. */
  allowedRoles: readonly Role[];
}

export type InviteValidation =
  { input: InviteUserInput; problems?: undefined } | { input?: undefined; problems: Partial<Record<InviteField, InviteProblem>> };

/** The fields a role needs besides e-mail and name. */
export function needsProgramme(role: Role): boolean {
  return role !== 'PLATFORM_ADMIN';
}

export function needsOffice(role: Role): boolean {
  return role === 'OFFICE_COORDINATOR' || role === 'OFFICE_ASSESSOR';
}

/** Checks a draft and turns it into the mutation's input (only the fields its role uses). */
export function validateInvite(draft: InviteDraft, context: InviteContext): InviteValidation {
  const problems: Partial<Record<InviteField, InviteProblem>> = {};
  const email = draft.email.trim();
  const displayName = draft.displayName.trim().replace(/\s+/g, ' ');
  const programmeId = context.programmeId ?? draft.programmeId;
  if (!email) problems.email = 'required';
  else if (!EMAIL.test(email)) problems.email = 'emailInvalid';
  if (!displayName) problems.displayName = 'required';
  if (!context.allowedRoles.includes(draft.role)) problems.role = 'roleNotAllowed';
  if (needsProgramme(draft.role) && !programmeId) problems.programmeId = 'required';
  if (needsOffice(draft.role) && !draft.officeId) problems.officeId = 'required';
  if (Object.keys(problems).length) return { problems };
  return {
    input: {
      email,
      displayName,
      role: draft.role,
      ...(needsProgramme(draft.role) ? { programmeId } : {}),
      ...(needsOffice(draft.role) ? { officeId: draft.officeId } : {}),
    },
  };
}
