import { TEXT_LIMITS } from '@officebench/domain';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import type { SettingsPeriod, SettingsProgramme } from '../graphql/programme-settings.query';
import { useFormProblems } from '../hooks/useFormProblems';
import { SettingsStatus } from './SettingsStatus';
import { useCreatePeriod, useLockPeriod, useReopenPeriod } from '../hooks/useProgrammeSettings';
import {
  initialPeriodForm,
  PERIOD_FIELD_OF,
  suggestedPeriod,
  validatePeriod,
  validateReopen,
  type PeriodField,
  type PeriodForm,
  type ReopenField,
  type ReopenForm,
} from '../utils/period-form';
import { PERIOD_KINDS, type PeriodKind } from '@officebench/domain';

const periodFieldId = (field: PeriodField) => `period-${field}`;
const reopenFieldId = (field: ReopenField) => `reopen-${field}`;
const REOPEN_FIELDS: ReopenField[] = ['reason', 'untilOn'];
const MAX_REASON = TEXT_LIMITS['reason'] ?? 2000;

/** The periods: each with its dates, deadline, entry state and release; lock, reopen, and a form for a new one. */
export function PeriodsSection({ programme }: { programme: SettingsProgramme }) {
  const { t, language } = useI18n();
  const errorMessage = useErrorMessage();
  const [lockPeriod] = useLockPeriod();
  const [reopening, setReopening] = useState<SettingsPeriod | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const day = (iso: string) => formatCalendarDate(iso, language);
  const periods = [...programme.periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.label.localeCompare(b.label));

  const lock = async (period: SettingsPeriod) => {
    try {
      await lockPeriod({ variables: { periodId: period.id } });
      setErrors([]);
      setStatus(t('settings.periods.locked', { label: period.label }));
    } catch (error) {
      setErrors([{ text: errorMessage(error) }]);
    }
  };

  return (
    <>
      <Section title={t('settings.section.periods')}>
        <SettingsStatus status={status} />
        <ErrorSummary errors={errors} />
        <DataTable
          caption={t('settings.periods.caption')}
          columns={[
            t('settings.periods.label'),
            t('settings.periods.kind'),
            t('settings.periods.dates'),
            t('settings.periods.deadline'),
            t('settings.periods.state'),
            t('settings.periods.release'),
            { label: t('settings.actions'), labelHidden: true },
          ]}
          rows={periods.map((period) => ({
            key: period.id,
            cells: [
              period.label,
              t(`settings.periodKind.${period.kind}`),
              t('settings.periods.range', { start: day(period.startsOn), end: day(period.endsOn) }),
              day(period.deadline),
              period.state === 'OPEN' && period.lockedAt
                ? `${t(`periodState.${period.state}`)}, ${t('settings.periods.openUntil', { date: day(period.lockedAt) })}`
                : period.state === 'NOT_OPEN'
                  ? `${t(`periodState.${period.state}`)}, ${t('settings.periods.opensOn', { date: day(period.opensAt) })}`
                  : t(`periodState.${period.state}`),
              period.releasedAt
                ? t('settings.periods.released', { date: day(period.releasedAt) })
                : period.releaseDueAt
                  ? t('settings.periods.releaseDue', { date: day(period.releaseDueAt) })
                  : t('settings.periods.notReleased'),
              <span className="settings-actions">
                {period.state !== 'LOCKED' && (
                  <ConfirmButton
                    label={t('settings.periods.lock')}
                    accessibleLabel={t('settings.periods.lockAccessible', { label: period.label })}
                    question={t('settings.periods.lockQuestion', { label: period.label })}
                    confirmLabel={t('settings.periods.lockConfirm')}
                    onConfirm={() => lock(period)}
                  />
                )}
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t('settings.periods.reopenAccessible', { label: period.label })}
                  onClick={() => {
                    setStatus(null);
                    setReopening(period);
                  }}
                >
                  {t('settings.periods.reopen')}
                </button>
              </span>,
            ],
          }))}
        />
        {reopening && (
          <ReopenPeriodForm
            key={reopening.id}
            period={reopening}
            onDone={(message) => {
              setReopening(null);
              if (message) setStatus(message);
            }}
          />
        )}
      </Section>
      <Section title={t('settings.periods.create')}>
        <CreatePeriodForm programmeId={programme.id} onCreated={(label) => setStatus(t('settings.periods.created', { label }))} />
      </Section>
    </>
  );
}

function ReopenPeriodForm({ period, onDone }: { period: SettingsPeriod; onDone: (message: string | null) => void }) {
  const { t, language } = useI18n();
  const [reopen, { loading }] = useReopenPeriod();
  const [form, setForm] = useState<ReopenForm>({ reason: '', untilOn: '' });
  const { problems, errors, show, refuse } = useFormProblems(REOPEN_FIELDS, reopenFieldId);
  const set = (field: ReopenField) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateReopen(form, new Date(), MAX_REASON);
    if (result.problems) {
      show(
        Object.fromEntries(
          Object.entries(result.problems).map(([field, problem]) => [field, t(`settings.problem.${problem}`, { max: MAX_REASON })]),
        ),
      );
      return;
    }
    try {
      await reopen({ variables: { periodId: period.id, ...result.input } });
      onDone(t('settings.periods.reopened', { label: period.label, date: formatCalendarDate(result.input.until, language) }));
    } catch (error) {
      refuse(error, { reason: 'reason', until: 'untilOn' });
    }
  }

  return (
    <form noValidate onSubmit={submit} className="form settings-form" aria-busy={loading} aria-labelledby="reopen-title">
      <h3 id="reopen-title">{t('settings.periods.reopenTitle', { label: period.label })}</h3>
      <ErrorSummary errors={errors} />
      <TextField
        id={reopenFieldId('reason')}
        label={t('settings.periods.reason')}
        hint={t('settings.periods.reasonHint')}
        value={form.reason}
        onChange={set('reason')}
        error={problems.reason}
        maxLength={MAX_REASON}
        autoFocus
      />
      <TextField
        id={reopenFieldId('untilOn')}
        label={t('settings.periods.until')}
        type="date"
        value={form.untilOn}
        onChange={set('untilOn')}
        error={problems.untilOn}
      />
      <div className="form__actions">
        <button type="submit" disabled={loading}>
          {loading ? t('settings.periods.reopenSubmitting') : t('settings.periods.reopenSubmit')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          {t('settings.cancel')}
        </button>
      </div>
    </form>
  );
}

const PERIOD_FIELDS: PeriodField[] = ['kind', 'startsOn', 'label', 'endsOn', 'opensOn', 'deadlineOn'];

function CreatePeriodForm({ programmeId, onCreated }: { programmeId: string; onCreated: (label: string) => void }) {
  const t = useI18n().t;
  const [createPeriod, { loading }] = useCreatePeriod(programmeId);
  const [form, setForm] = useState<PeriodForm>(() => initialPeriodForm(new Date()));
  const { problems, errors, show, refuse } = useFormProblems(PERIOD_FIELDS, periodFieldId);

  /** The kind and the first day frame the rest (the lead can still change each field). */
  const set = (field: PeriodField) => (value: string) =>
    setForm((current) => {
      const next = { ...current, [field]: value } as PeriodForm;
      return field === 'kind' || field === 'startsOn' ? { ...next, ...suggestedPeriod(next.kind, next.startsOn, next.endsOn) } : next;
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validatePeriod(form, programmeId);
    if (result.problems) {
      show(Object.fromEntries(Object.entries(result.problems).map(([field, problem]) => [field, t(`settings.problem.${problem}`)])));
      return;
    }
    try {
      const { data } = await createPeriod({ variables: { input: result.input } });
      if (!data) return;
      show({});
      onCreated(data.createPeriod.label);
      setForm(initialPeriodForm(new Date()));
    } catch (error) {
      refuse(error, PERIOD_FIELD_OF);
    }
  }

  const field = (name: Exclude<PeriodField, 'kind'>, label: string, type: 'date' | 'text' = 'date', hint?: string) => (
    <TextField
      id={periodFieldId(name)}
      label={label}
      type={type}
      hint={hint}
      value={form[name]}
      onChange={set(name)}
      error={problems[name]}
      autoComplete="off"
    />
  );

  return (
    <>
      <p>{t('settings.periods.createIntro')}</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="form" aria-busy={loading} aria-label={t('settings.periods.create')}>
        <SelectField
          id={periodFieldId('kind')}
          label={t('settings.periods.kind')}
          value={form.kind}
          onChange={(value) => set('kind')(value as PeriodKind)}
          options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`settings.periodKind.${kind}`) }))}
          error={problems.kind}
        />
        {field('startsOn', t('settings.periods.startsOn'))}
        {field('label', t('settings.periods.label'), 'text', t('settings.periods.labelHint'))}
        {field('endsOn', t('settings.periods.endsOn'))}
        {field('opensOn', t('settings.periods.opensOnField'))}
        {field('deadlineOn', t('settings.periods.deadlineOn'))}
        <div className="form__actions">
          <button type="submit" disabled={loading}>
            {loading ? t('settings.periods.submitting') : t('settings.periods.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
