import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { CopyField } from '../../../components/CopyField';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { CAF_OFFICE_QUERY, type CafOffice } from '../graphql/caf-office.query';
import { INVITE_CAF_ASSESSOR_MUTATION } from '../graphql/invite-caf-assessor.mutation';
import { OPEN_CAF_CYCLE_MUTATION } from '../graphql/open-caf-cycle.mutation';
import { useRefusalText } from '../../../app/useErrorMessage';
import { GroupChoice } from './GroupChoice';
import { validateAssessorInvite, type AssessorInviteDraft } from '../utils/assessor-invite';
import { totalChange } from '../utils/cycle-view';
import { formatChange, formatPoints } from '../utils/format';
import { cafCyclePath } from '../utils/paths';
import './caf.css';

/** `/programmes/:programmeId/offices/:officeId/caf`: the office's self-assessments; its coordinator opens one. */
export function CafOfficePage() {
  const { t } = useI18n();
  const { programmeId = '', officeId = '' } = useParams();
  const result = useQuery(CAF_OFFICE_QUERY, { variables: { programmeId, officeId } });
  return (
    <QueryView result={result}>
      {({ cafOffice }) => (
        <>
          <title>{`${t('caf.office.title', { office: cafOffice.officeName })} – ${t('app.name')}`}</title>
          <PageHeading>{t('caf.office.title', { office: cafOffice.officeName })}</PageHeading>
          <p>{t('caf.office.intro')}</p>
          <Section title={t('caf.office.cycles')}>
            <CycleList office={cafOffice} />
          </Section>
          {cafOffice.mayManage && (
            <>
              <Section title={t('caf.open.title')}>
                <OpenCycleForm office={cafOffice} />
              </Section>
              <Section title={t('caf.invite.title')}>
                <InviteAssessorForm office={cafOffice} />
              </Section>
            </>
          )}
        </>
      )}
    </QueryView>
  );
}

function CycleList({ office }: { office: CafOffice }) {
  const { t, language } = useI18n();
  if (office.cycles.length === 0) return <p>{t('caf.office.none')}</p>;
  return (
    <DataTable
      caption={t('caf.office.cycles')}
      columns={[
        t('caf.office.period'),
        t('caf.office.state'),
        { label: t('caf.office.total'), numeric: true },
        { label: t('caf.office.change'), numeric: true },
      ]}
      rowHeaderColumn={0}
      rows={office.cycles.map((cycle) => {
        const change = totalChange(cycle.total, cycle.previousTotal);
        return {
          key: cycle.id,
          cells: [
            <Link key="period" to={cafCyclePath(office.programmeId, office.officeId, cycle.id)}>
              {t('caf.office.cycleLink', { period: cycle.periodLabel })}
            </Link>,
            t(`caf.state.${cycle.state}`),
            cycle.total == null ? '–' : formatPoints(language, cycle.total),
            change === null ? '–' : formatChange(language, change),
          ],
        };
      })}
    />
  );
}

function OpenCycleForm({ office }: { office: CafOffice }) {
  const { t } = useI18n();
  const refusal = useRefusalText();
  const navigate = useNavigate();
  const [open, { loading }] = useMutation(OPEN_CAF_CYCLE_MUTATION);
  const [periodId, setPeriodId] = useState(office.openablePeriods[0]?.id ?? '');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [problems, setProblems] = useState<{ periodId?: string; group?: string }>({});
  if (office.openablePeriods.length === 0) return <p>{t('caf.open.noPeriod')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(periodId ? {} : { periodId: t('caf.open.periodRequired') }),
      ...(chosen.length ? {} : { group: t('caf.group.required') }),
    };
    setProblems(found);
    if (found.periodId || found.group) {
      setErrors([
        ...(found.periodId ? [{ fieldId: 'caf-open-period', text: found.periodId }] : []),
        ...(found.group ? [{ fieldId: 'caf-open-group', text: found.group }] : []),
      ]);
      return;
    }
    try {
      const { data } = await open({
        variables: { programmeId: office.programmeId, officeId: office.officeId, periodId, assessorIds: chosen },
        refetchQueries: ['CafOffice'],
      });
      if (data) await navigate(cafCyclePath(office.programmeId, office.officeId, data.openCafCycle.id));
    } catch (error) {
      setErrors([{ text: refusal(error) }]);
    }
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-busy={loading}>
        <SelectField
          id="caf-open-period"
          label={t('caf.open.period')}
          value={periodId}
          onChange={setPeriodId}
          options={office.openablePeriods.map(({ id, label }) => ({ value: id, label }))}
          error={problems.periodId}
        />
        <GroupChoice
          id="caf-open-group"
          programmeId={office.programmeId}
          officeId={office.officeId}
          selected={chosen}
          onChange={setChosen}
          error={problems.group}
        />
        <button type="submit" disabled={loading}>
          {loading ? t('caf.open.opening') : t('caf.open.submit')}
        </button>
      </form>
    </>
  );
}

function InviteAssessorForm({ office }: { office: CafOffice }) {
  const { t } = useI18n();
  const refusal = useRefusalText();
  const [invite, { loading, data }] = useMutation(INVITE_CAF_ASSESSOR_MUTATION, { refetchQueries: ['CafGroupCandidates'] });
  const [draft, setDraft] = useState<AssessorInviteDraft>({ email: '', displayName: '' });
  const [problems, setProblems] = useState<Partial<Record<keyof AssessorInviteDraft, string>>>({});
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const set = (name: keyof AssessorInviteDraft) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateAssessorInvite(draft, office);
    if (result.problems) {
      const found = Object.fromEntries(Object.entries(result.problems).map(([name, problem]) => [name, t(`caf.invite.${problem}`)]));
      setProblems(found);
      setErrors(Object.entries(found).map(([name, text]) => ({ fieldId: `caf-invite-${name}`, text })));
      return;
    }
    setProblems({});
    try {
      await invite({ variables: { input: result.input } });
      setErrors([]);
      setDraft({ email: '', displayName: '' });
    } catch (error) {
      setErrors([{ text: refusal(error) }]);
    }
  };

  const invitation = data?.inviteUser;
  return (
    <>
      <p>{t('caf.invite.intro')}</p>
      {invitation && (
        <Notice takeFocus>
          <p>
            {t(invitation.link ? 'caf.invite.done' : invitation.expiresAt ? 'caf.invite.sent' : 'caf.invite.roleAdded', {
              name: invitation.user.displayName,
            })}
          </p>
          {invitation.link && <CopyField label={t('caf.invite.link')} value={invitation.link} />}
        </Notice>
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-busy={loading}>
        <TextField
          id="caf-invite-email"
          label={t('caf.invite.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={draft.email}
          onChange={set('email')}
          error={problems.email}
        />
        <TextField
          id="caf-invite-displayName"
          label={t('caf.invite.name')}
          autoComplete="off"
          value={draft.displayName}
          onChange={set('displayName')}
          error={problems.displayName}
        />
        <button type="submit" disabled={loading}>
          {t('caf.invite.submit')}
        </button>
      </form>
    </>
  );
}
