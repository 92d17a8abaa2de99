import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import type { SettingsPeerGroup, SettingsProgramme } from '../graphql/programme-settings.query';
import { useFormProblems } from '../hooks/useFormProblems';
import { SettingsStatus } from './SettingsStatus';
import { useCreatePeerGroup, useDeletePeerGroup, usePeerGroupCheck } from '../hooks/useProgrammeSettings';
import { filterOffices, kindsOf, type OfficeFilter } from '../utils/peer-group-form';
import type { OfficeKind } from '@officebench/domain';

type GroupField = 'name' | 'officeIds';
const GROUP_FIELDS: GroupField[] = ['name', 'officeIds'];
const groupFieldId = (field: GroupField) => (field === 'name' ? 'group-name' : 'group-members');

/** How long the choice must rest before the API is asked about it. */
const CHECK_DELAY_MS = 300;

/** The peer groups (standard ones read-only, the lead's deletable until published) and a form for a new one. */
export function PeerGroupsSection({ programme }: { programme: SettingsProgramme }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const [deletePeerGroup] = useDeletePeerGroup(programme.id);
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);

  const remove = async (group: SettingsPeerGroup) => {
    try {
      await deletePeerGroup({ variables: { peerGroupId: group.id } });
      setErrors([]);
      setStatus(t('settings.groups.deleted', { name: group.name }));
    } catch (error) {
      setErrors([{ text: errorMessage(error) }]);
    }
  };

  return (
    <>
      <Section title={t('settings.section.peerGroups')}>
        <p>{t('settings.groups.intro')}</p>
        <SettingsStatus status={status} />
        <ErrorSummary errors={errors} />
        <DataTable
          caption={t('settings.groups.caption')}
          columns={[
            t('settings.groups.name'),
            t('settings.groups.basis'),
            { label: t('settings.groups.members'), numeric: true },
            { label: t('settings.actions'), labelHidden: true },
          ]}
          rows={programme.peerGroups.map((group) => ({
            key: group.id,
            cells: [
              group.name,
              t(`settings.groupBasis.${group.basis as SettingsBasis}`),
              t('settings.groups.memberCount', { count: group.members.length }),
              group.deletionRefusal === null || group.deletionRefusal === undefined ? (
                <ConfirmButton
                  label={t('settings.groups.delete')}
                  accessibleLabel={t('settings.groups.deleteAccessible', { name: group.name })}
                  question={t('settings.groups.deleteQuestion', { name: group.name })}
                  confirmLabel={t('settings.groups.deleteConfirm')}
                  onConfirm={() => remove(group)}
                />
              ) : group.basis === 'CUSTOM' ? (
                group.deletionRefusal
              ) : (
                ''
              ),
            ],
          }))}
        />
      </Section>
      <Section title={t('settings.groups.create')}>
        <CreatePeerGroupForm programme={programme} onCreated={(name) => setStatus(t('settings.groups.created', { name }))} />
      </Section>
    </>
  );
}

type SettingsBasis = 'ALL' | 'KIND' | 'REGION' | 'SIZE_BAND' | 'CUSTOM';

/** `value` once it has stayed the same for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

function CreatePeerGroupForm({ programme, onCreated }: { programme: SettingsProgramme; onCreated: (name: string) => void }) {
  const { t } = useI18n();
  const [createPeerGroup, { loading }] = useCreatePeerGroup(programme.id);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [filter, setFilter] = useState<OfficeFilter>({ text: '', kind: '' });
  const { problems, errors, show, refuse } = useFormProblems(GROUP_FIELDS, groupFieldId);
  const settled = useSettled(chosen, CHECK_DELAY_MS);
  const check = usePeerGroupCheck(programme.id, settled);
  const current = settled === chosen;
  const answer = current ? check.data?.peerGroupCheck : undefined;
  const failed = current && chosen.length > 0 && !check.loading && Boolean(check.error) && !answer;
  const shown = filterOffices(programme.offices, filter);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...(name.trim() ? {} : { name: t('settings.problem.required') }),
      ...(chosen.length ? {} : { officeIds: t('settings.problem.required') }),
      ...(answer && !answer.accepted && answer.reason ? { officeIds: answer.reason } : {}),
    };
    if (found.name || found.officeIds) {
      show(found);
      return;
    }
    try {
      const { data } = await createPeerGroup({ variables: { input: { programmeId: programme.id, name: name.trim(), officeIds: chosen } } });
      if (!data) return;
      show({});
      setName('');
      setChosen([]);
      onCreated(data.createPeerGroup.name);
    } catch (error) {
      refuse(error, { name: 'name', officeIds: 'officeIds' });
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="form" aria-busy={loading} aria-label={t('settings.groups.create')}>
        <TextField
          id={groupFieldId('name')}
          label={t('settings.groups.nameField')}
          value={name}
          onChange={setName}
          error={problems.name}
          maxLength={100}
          autoComplete="off"
        />
        <div className="office-picker__filters">
          <TextField
            id="group-search"
            label={t('settings.groups.search')}
            type="search"
            value={filter.text}
            onChange={(text) => setFilter((current) => ({ ...current, text }))}
            autoComplete="off"
          />
          <SelectField
            id="group-kind"
            label={t('settings.groups.filterKind')}
            value={filter.kind}
            onChange={(kind) => setFilter((current) => ({ ...current, kind: kind as OfficeKind | '' }))}
            placeholder={t('settings.groups.allKinds')}
            options={kindsOf(programme.offices).map((kind) => ({ value: kind, label: t(`officeKind.${kind}`) }))}
          />
        </div>
        <div className="form__actions">
          <button
            type="button"
            className="secondary small"
            onClick={() => setChosen((current) => [...new Set([...current, ...shown.map(({ id }) => id)])])}
            disabled={shown.length === 0}
          >
            {t('settings.groups.selectShown')}
          </button>
          <button type="button" className="secondary small" onClick={() => setChosen([])} disabled={chosen.length === 0}>
            {t('settings.groups.clear')}
          </button>
        </div>
        <div className="office-picker__list">
          <CheckboxGroup
            id={groupFieldId('officeIds')}
            legend={t('settings.groups.membersField')}
            hint={t('settings.groups.membersHint')}
            error={problems.officeIds}
            options={shown.map((office) => ({
              value: office.id,
              label: `${office.name} (${t(`officeKind.${office.kind}`)}, ${office.region})`,
            }))}
            selected={chosen}
            onChange={setChosen}
            emptyText={t('settings.groups.noneShown')}
          />
        </div>
        <GroupCheck
          chosen={chosen.length}
          answer={answer}
          checking={chosen.length > 0 && !answer && !failed}
          onRetry={failed ? () => check.refetch() : undefined}
        />
        <div className="form__actions">
          <button type="submit" disabled={loading}>
            {loading ? t('settings.groups.submitting') : t('settings.groups.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

interface GroupCheckProps {
  chosen: number;
  answer: { accepted: boolean; reason?: string | null } | undefined;
  checking: boolean;
  /** Set when asking the API failed: the check says so and offers to ask again. */
  onRetry?: () => Promise<unknown>;
}

/** What the API says of the choice so far, announced politely as it changes. */
function GroupCheck({ chosen, answer, checking, onRetry }: GroupCheckProps) {
  const { t } = useI18n();
  const state = answer ? (answer.accepted ? 'accepted' : 'refused') : onRetry ? 'failed' : 'pending';
  return (
    <div className={`group-check group-check--${state}`} role="status" aria-live="polite" data-testid="group-check">
      <p>{t('settings.groups.chosen', { count: chosen })}</p>
      {chosen === 0 ? (
        <p>{t('settings.groups.noneChosen')}</p>
      ) : onRetry ? (
        <>
          <p>{t('settings.groups.checkFailed')}</p>
          {/* A failed retry shows this again, so its rejection is not needed here. */}
          <button type="button" className="secondary small" onClick={() => onRetry().catch(() => undefined)}>
            {t('settings.groups.checkAgain')}
          </button>
        </>
      ) : checking ? (
        <p>{t('settings.groups.checking')}</p>
      ) : answer?.accepted ? (
        <p>
          <strong>{t('settings.groups.accepted')}</strong>
        </p>
      ) : (
        <>
          <p>
            <strong>{t('settings.groups.refused')}</strong>
          </p>
          {answer?.reason && <p>{answer.reason}</p>}
        </>
      )}
    </div>
  );
}
