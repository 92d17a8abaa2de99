import { TARGET_KINDS, type TargetKind } from '@officebench/domain';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { indicatorName } from '../../../lib/indicator-format';
import { formatTargetValue, targetUnit } from '../../../lib/targets';
import type { SettingsProgramme, SettingsTarget } from '../graphql/programme-settings.query';
import { useFormProblems } from '../hooks/useFormProblems';
import { SettingsStatus } from './SettingsStatus';
import { useRemoveTarget, useSetTarget } from '../hooks/useProgrammeSettings';
import { EMPTY_TARGET, validateTarget, type TargetField, type TargetForm } from '../utils/target-form';

const targetFieldId = (field: TargetField) => `target-${field}`;
const TARGET_FIELDS: TargetField[] = ['indicatorCode', 'kind', 'value', 'dueOn'];

/** The programme's targets: edit or remove each, set a new one; the offices' progress is on the targets page. */
export function TargetsSection({ programme }: { programme: SettingsProgramme }) {
  const { t, language } = useI18n();
  const errorMessage = useErrorMessage();
  const [removeTarget] = useRemoveTarget(programme.id);
  const [editing, setEditing] = useState<SettingsTarget | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const progressPath = `/programmes/${encodeURIComponent(programme.id)}/targets`;

  const remove = async (target: SettingsTarget) => {
    try {
      await removeTarget({ variables: { targetId: target.id } });
      setErrors([]);
      if (editing?.id === target.id) setEditing(null);
      setStatus(t('settings.targets.removed', { indicator: indicatorName(target.indicator, language) }));
    } catch (error) {
      setErrors([{ text: errorMessage(error) }]);
    }
  };

  return (
    <>
      <Section title={t('settings.section.targets')}>
        <SettingsStatus status={status} />
        <ErrorSummary errors={errors} />
        {programme.targets.length === 0 ? (
          <p>{t('settings.targets.none')}</p>
        ) : (
          <DataTable
            caption={t('settings.targets.caption')}
            columns={[
              t('settings.targets.indicator'),
              t('settings.targets.kind'),
              { label: t('settings.targets.value'), numeric: true },
              t('settings.targets.dueOn'),
              { label: t('settings.actions'), labelHidden: true },
            ]}
            rows={programme.targets.map((target) => {
              const name = indicatorName(target.indicator, language);
              return {
                key: target.id,
                cells: [
                  name,
                  t(`settings.targetKind.${target.kind}`),
                  formatTargetValue(target, t, language),
                  target.dueOn ? formatCalendarDate(target.dueOn, language) : t('settings.targets.noDue'),
                  <span className="settings-actions">
                    <button
                      type="button"
                      className="secondary small"
                      aria-label={t('settings.targets.editAccessible', { indicator: name })}
                      onClick={() => {
                        setStatus(null);
                        setEditing(target);
                      }}
                    >
                      {t('settings.targets.edit')}
                    </button>
                    <ConfirmButton
                      label={t('settings.targets.remove')}
                      accessibleLabel={t('settings.targets.removeAccessible', { indicator: name })}
                      question={t('settings.targets.removeQuestion', { indicator: name })}
                      confirmLabel={t('settings.targets.removeConfirm')}
                      onConfirm={() => remove(target)}
                    />
                  </span>,
                ],
              };
            })}
          />
        )}
        <p>
          <Link to={progressPath}>{t('settings.targets.progress')}</Link>
        </p>
      </Section>
      <Section
        title={
          editing
            ? t('settings.targets.formEdit', { indicator: indicatorName(editing.indicator, language) })
            : t('settings.targets.formNew')
        }
      >
        <TargetEditor
          key={editing?.id ?? 'new'}
          programme={programme}
          editing={editing}
          onSaved={(indicator) => {
            setEditing(null);
            setStatus(t('settings.targets.saved', { indicator }));
          }}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </Section>
    </>
  );
}

interface TargetEditorProps {
  programme: SettingsProgramme;
  editing: SettingsTarget | null;
  onSaved: (indicator: string) => void;
  onCancel?: () => void;
}

function TargetEditor({ programme, editing, onSaved, onCancel }: TargetEditorProps) {
  const { t, language } = useI18n();
  const [setTarget, { loading }] = useSetTarget(programme.id);
  const [form, setForm] = useState<TargetForm>(
    editing
      ? {
          indicatorCode: editing.indicator.code,
          kind: editing.kind,
          value: String(editing.value),
          dueOn: editing.dueOn?.slice(0, 10) ?? '',
        }
      : EMPTY_TARGET,
  );
  const { problems, errors, show, refuse } = useFormProblems(TARGET_FIELDS, targetFieldId);
  const set = (field: TargetField) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const indicator = programme.indicators.find(({ code }) => code === form.indicatorCode);
  const unit = indicator ? targetUnit(form.kind, indicator.unit, t) : null;
  const replaces = !editing && programme.targets.some((target) => target.indicator.code === form.indicatorCode);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateTarget(form, programme.indicators, programme.id, language, {
      required: t('settings.problem.required'),
      notANumber: t('settings.problem.notANumber'),
      invalidDate: t('settings.problem.invalidDate'),
    });
    if (result.problems) {
      show(result.problems);
      return;
    }
    try {
      const { data } = await setTarget({ variables: { input: result.input } });
      if (!data) return;
      show({});
      setForm(EMPTY_TARGET);
      onSaved(indicatorName(data.setTarget.indicator, language));
    } catch (error) {
      refuse(error, {
        value: 'value',
        indicatorCode: 'indicatorCode',
        dueOn: 'dueOn',
      });
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="form" aria-busy={loading} aria-label={t('settings.targets.formNew')}>
        <SelectField
          id={targetFieldId('indicatorCode')}
          label={t('settings.targets.indicator')}
          value={form.indicatorCode}
          onChange={set('indicatorCode')}
          placeholder={t('settings.targets.choose')}
          disabled={Boolean(editing)}
          options={programme.indicators.map((option) => ({ value: option.code, label: indicatorName(option, language) }))}
          hint={replaces ? t('settings.targets.replaces') : undefined}
          error={problems.indicatorCode}
        />
        <SelectField
          id={targetFieldId('kind')}
          label={t('settings.targets.kind')}
          value={form.kind}
          onChange={(value) => set('kind')(value as TargetKind)}
          options={TARGET_KINDS.map((kind) => ({ value: kind, label: t(`settings.targetKind.${kind}`) }))}
          error={problems.kind}
        />
        <TextField
          id={targetFieldId('value')}
          label={unit ? t('settings.targets.valueIn', { unit: unit.short }) : t('settings.targets.value')}
          hint={unit ? t(`settings.targets.valueHint.${form.kind}`, { unit: unit.full }) : undefined}
          inputMode="decimal"
          autoComplete="off"
          value={form.value}
          onChange={set('value')}
          error={problems.value}
        />
        <TextField
          id={targetFieldId('dueOn')}
          label={t('settings.targets.dueOnField')}
          type="date"
          value={form.dueOn}
          onChange={set('dueOn')}
          error={problems.dueOn}
        />
        <div className="form__actions">
          <button type="submit" disabled={loading}>
            {loading ? t('settings.targets.submitting') : t('settings.targets.submit')}
          </button>
          {onCancel && (
            <button type="button" className="secondary" onClick={onCancel}>
              {t('settings.cancel')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
