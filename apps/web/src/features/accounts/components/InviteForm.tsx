import { useState, type FormEvent } from 'react';
import { useT, type MessageKey } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { usePersistentState } from '../../../hooks/usePersistentState';
import type { Role } from '../../../lib/session/roles';
import type { InviteTargetProgramme } from '../graphql/invite-targets.query';
import type { Invitation } from '../graphql/invite-user.mutation';
import { useInviteUser } from '../hooks/useAccounts';
import {
  EMPTY_INVITE,
  inviteDraftKey,
  isInviteDraft,
  needsOffice,
  needsProgramme,
  validateInvite,
  type InviteDraft,
  type InviteField,
  type InviteProblem,
} from '../utils/invite-form';
import { InvitationResult } from './InvitationResult';

interface InviteFormProps {
  /** The page's programme; undefined on the all-accounts page, where the form asks for one. */
  programmeId?: string;
  programmes: readonly InviteTargetProgramme[];
  allowedRoles: readonly Role[];
}

const FIELD_ORDER: InviteField[] = ['email', 'displayName', 'role', 'programmeId', 'officeId'];

function problemKey(name: InviteField, problem: InviteProblem): MessageKey {
  if (problem === 'emailInvalid') return 'invite.emailInvalid';
  if (problem === 'roleNotAllowed') return 'invite.roleNotAllowed';
  return `invite.required.${name}`;
}

/**
 * Invites a person with one role. The draft is kept in sessionStorage, so that it survives a session
 * that expires while it is being filled in (the user logs in again and comes back to it).
 */
export function InviteForm({ programmeId, programmes, allowedRoles }: InviteFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [draft, setDraft, clearDraft] = usePersistentState<InviteDraft>(inviteDraftKey(programmeId), EMPTY_INVITE, isInviteDraft);
  const [problems, setProblems] = useState<Partial<Record<InviteField, InviteProblem>>>({});
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [invite, { loading }] = useInviteUser();

  const field = (name: InviteField) => `invite-${name}`;
  const set = (name: InviteField) => (value: string) =>
    setDraft((current) => ({
      ...current,
      [name]: value,
      // An office belongs to one programme: choosing another programme forgets it.
      ...(name === 'programmeId' ? { officeId: '' } : {}),
    }));
  const problemText = (name: InviteField) => {
    const problem = problems[name];
    return problem ? t(problemKey(name, problem)) : undefined;
  };

  const programme = programmes.find(({ id }) => id === (programmeId ?? draft.programmeId));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateInvite(draft, { programmeId, allowedRoles });
    if (result.problems) {
      setProblems(result.problems);
      setErrors(
        FIELD_ORDER.flatMap((name) => {
          const problem = result.problems[name];
          return problem ? [{ fieldId: field(name), text: t(problemKey(name, problem)) }] : [];
        }),
      );
      return;
    }
    setProblems({});
    try {
      const { data } = await invite({ variables: { input: result.input } });
      if (!data) return;
      setErrors([]);
      setInvitation(data.inviteUser);
      clearDraft();
    } catch (error) {
      setErrors([{ text: errorMessage(error) }]);
    }
  }

  return (
    <>
      {invitation && <InvitationResult invitation={invitation} />}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="form" aria-busy={loading}>
        <TextField
          id={field('email')}
          label={t('invite.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={draft.email}
          onChange={set('email')}
          error={problemText('email')}
        />
        <TextField
          id={field('displayName')}
          label={t('invite.displayName')}
          autoComplete="off"
          value={draft.displayName}
          onChange={set('displayName')}
          error={problemText('displayName')}
        />
        <SelectField
          id={field('role')}
          label={t('invite.role')}
          value={draft.role}
          onChange={set('role')}
          options={allowedRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          error={problemText('role')}
        />
        {!programmeId && needsProgramme(draft.role) && (
          <SelectField
            id={field('programmeId')}
            label={t('invite.programme')}
            value={draft.programmeId}
            onChange={set('programmeId')}
            placeholder={t('invite.choose')}
            options={programmes.map(({ id, name }) => ({ value: id, label: name }))}
            error={problemText('programmeId')}
          />
        )}
        {needsOffice(draft.role) && (
          <SelectField
            id={field('officeId')}
            label={t('invite.office')}
            value={draft.officeId}
            onChange={set('officeId')}
            placeholder={t('invite.choose')}
            disabled={!programme}
            options={(programme?.offices ?? []).map(({ id, name }) => ({ value: id, label: name }))}
            error={problemText('officeId')}
          />
        )}
        <div className="form__actions">
          <button type="submit" disabled={loading}>
            {loading ? t('invite.submitting') : t('invite.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
