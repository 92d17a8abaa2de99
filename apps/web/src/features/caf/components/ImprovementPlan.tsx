import { useMutation } from '@apollo/client/react';
import { CAF_ACTION_STATUSES, CAF_SUB_CRITERIA } from '@officebench/domain';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../app/format-date';
import { useI18n, type MessageKey } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useBenchmarkProgramme } from '../../../hooks/useBenchmarkProgramme';
import { indicatorName } from '../../../lib/indicator-format';
import type { CafAction, CafCycle } from '../graphql/caf-cycle.query';
import { DELETE_CAF_ACTION_MUTATION } from '../graphql/delete-caf-action.mutation';
import { SAVE_CAF_ACTION_MUTATION } from '../graphql/save-caf-action.mutation';
import { useRefusalText } from '../../../app/useErrorMessage';
import {
  actionDraftOf,
  EMPTY_ACTION,
  isActionStatus,
  TITLE_MAX,
  validateAction,
  type ActionDraft,
  type ActionField,
  type ActionProblem,
} from '../utils/action-form';

interface ImprovementPlanProps {
  cycle: CafCycle;
  /** The good-practice search of a criterion. */
  practicesPath: (criterion: number) => string;
}

const FIELD_ORDER: ActionField[] = ['code', 'title', 'dueOn'];

/**
 * The improvement plan of a closed cycle: the agreed areas for improvement (each a source of an action
 * and a way to the good practices of its criterion), the actions, and the coordinator's form.
 */
export function ImprovementPlan({ cycle, practicesPath }: ImprovementPlanProps) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<{ action?: CafAction; draft: ActionDraft; key: number }>({ draft: EMPTY_ACTION, key: 0 });
  const formRef = useRef<HTMLHeadingElement>(null);
  const refusal = useRefusalText();
  const [remove] = useMutation(DELETE_CAF_ACTION_MUTATION, { refetchQueries: ['CafCycle'], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  // Said above the form, which starts afresh after a change.
  const [saved, setSaved] = useState<string | null>(null);
  const areas = cycle.consensus.filter(({ improvements }) => improvements.trim());
  const subName = (code: string) => CAF_SUB_CRITERIA.find((sub) => sub.code === code)?.name[language] ?? '';

  const startEditing = (action: CafAction | undefined, draft: ActionDraft) => {
    setSaved(null);
    setEditing((current) => ({ action, draft, key: current.key + 1 }));
    // After the form has its new draft: the user goes on there.
    requestAnimationFrame(() => formRef.current?.focus());
  };

  return (
    <>
      <h3>{t('caf.plan.areas')}</h3>
      {areas.length === 0 ? (
        <p>{t('caf.plan.noAreas')}</p>
      ) : (
        <ul className="caf-areas">
          {areas.map((area) => {
            const criterion = Number(area.code.split('.')[0]);
            return (
              <li key={area.code}>
                <p>
                  <span className="caf-code">{area.code}</span> <strong>{subName(area.code)}</strong>
                </p>
                <p className="caf-area-text">{area.improvements}</p>
                <p className="caf-area-links">
                  {cycle.mayManage && (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() =>
                        startEditing(undefined, { ...EMPTY_ACTION, code: area.code, title: area.improvements.trim().slice(0, TITLE_MAX) })
                      }
                    >
                      {t('caf.plan.fromArea', { code: area.code })}
                    </button>
                  )}
                  <Link to={practicesPath(criterion)}>{t('caf.plan.practices', { number: criterion })}</Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('caf.plan.actions')}</h3>
      <ErrorSummary errors={errors} />
      {cycle.actions.length === 0 ? (
        <p>{t('caf.plan.noActions')}</p>
      ) : (
        <DataTable
          caption={t('caf.plan.actions')}
          columns={[
            t('caf.plan.title'),
            t('caf.plan.code'),
            t('caf.plan.owner'),
            t('caf.plan.dueOn'),
            t('caf.plan.status'),
            t('caf.plan.result'),
            ...(cycle.mayManage ? [{ label: t('caf.plan.actionsColumn'), labelHidden: true }] : []),
          ]}
          rowHeaderColumn={0}
          rows={cycle.actions.map((action) => ({
            key: action.id,
            cells: [
              action.title,
              `${action.code} ${subName(action.code)}`,
              action.owner || '–',
              action.dueOn ? formatCalendarDate(action.dueOn, language) : '–',
              t(`caf.status.${action.status}`),
              action.result || '–',
              ...(cycle.mayManage
                ? [
                    <span key="buttons" className="caf-row-buttons">
                      <button
                        type="button"
                        className="secondary small"
                        aria-label={t('caf.plan.editOf', { title: action.title })}
                        onClick={() => startEditing(action, actionDraftOf(action))}
                      >
                        {t('caf.plan.edit')}
                      </button>
                      <ConfirmButton
                        label={t('caf.plan.delete')}
                        accessibleLabel={t('caf.plan.deleteOf', { title: action.title })}
                        question={t('caf.plan.deleteQuestion')}
                        confirmLabel={t('caf.plan.deleteConfirm')}
                        onConfirm={async () => {
                          try {
                            await remove({ variables: { id: action.id, expectedVersion: action.version } });
                            setErrors([]);
                          } catch (error) {
                            setErrors([{ text: refusal(error) }]);
                          }
                        }}
                      />
                    </span>,
                  ]
                : []),
            ],
          }))}
        />
      )}
      {cycle.mayManage && (
        <>
          <h3 ref={formRef} tabIndex={-1}>
            {editing.action ? t('caf.plan.editTitle', { title: editing.action.title }) : t('caf.plan.newTitle')}
          </h3>
          {saved && <Notice>{t('caf.plan.saved', { title: saved })}</Notice>}
          <ActionForm
            key={editing.key}
            cycle={cycle}
            action={editing.action}
            initial={editing.draft}
            onSaved={setSaved}
            onDone={() => setEditing((current) => ({ draft: EMPTY_ACTION, key: current.key + 1 }))}
          />
        </>
      )}
    </>
  );
}

function problemKey(field: ActionField, problem: ActionProblem): MessageKey {
  if (problem === 'tooLong') return 'caf.plan.titleTooLong';
  if (problem === 'dateInvalid') return 'caf.plan.dateInvalid';
  return field === 'code' ? 'caf.plan.codeRequired' : 'caf.plan.titleRequired';
}

interface ActionFormProps {
  cycle: CafCycle;
  action?: CafAction;
  initial: ActionDraft;
  /** The action was saved (its title). */
  onSaved: (title: string | null) => void;
  /** Back to a new action (after a change, or cancelling it). */
  onDone: () => void;
}

function ActionForm({ cycle, action, initial, onSaved, onDone }: ActionFormProps) {
  const { t, language } = useI18n();
  const refusal = useRefusalText();
  const programme = useBenchmarkProgramme(cycle.programmeId);
  const [save, { loading }] = useMutation(SAVE_CAF_ACTION_MUTATION, { refetchQueries: ['CafCycle'], awaitRefetchQueries: true });
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<ActionField, ActionProblem>>>({});
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const id = (field: ActionField) => `caf-action-${field}`;
  const set = (field: ActionField) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const problemText = (field: ActionField) => {
    const problem = problems[field];
    return problem ? t(problemKey(field, problem)) : undefined;
  };
  const criterion = Number(draft.code.split('.')[0]) || null;
  const indicators = [...(programme.data?.programme?.indicators ?? [])].sort(
    (a, b) => Number(b.cafCriterion === criterion) - Number(a.cafCriterion === criterion),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onSaved(null);
    const result = validateAction(draft, { cycleId: cycle.id, id: action?.id, expectedVersion: action?.version });
    if (result.problems) {
      setProblems(result.problems);
      setErrors(
        FIELD_ORDER.flatMap((field) => {
          const problem = result.problems[field];
          return problem ? [{ fieldId: id(field), text: t(problemKey(field, problem)) }] : [];
        }),
      );
      return;
    }
    setProblems({});
    try {
      const { data } = await save({ variables: { input: result.input } });
      setErrors([]);
      if (data) onSaved(data.saveCafAction.title);
      if (action) onDone();
      else setDraft(EMPTY_ACTION);
    } catch (error) {
      setErrors([{ text: refusal(error) }]);
    }
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)} className="form caf-action-form" aria-busy={loading}>
        <SelectField
          id={id('code')}
          label={t('caf.plan.code')}
          value={draft.code}
          onChange={set('code')}
          placeholder={t('caf.plan.choose')}
          options={CAF_SUB_CRITERIA.map((sub) => ({ value: sub.code, label: `${sub.code} ${sub.name[language]}` }))}
          error={problemText('code')}
        />
        <SelectField
          id={id('indicatorCode')}
          label={t('caf.plan.indicator')}
          hint={t('caf.plan.indicatorHint')}
          value={draft.indicatorCode}
          onChange={set('indicatorCode')}
          placeholder={t('caf.plan.noIndicator')}
          options={indicators.map((indicator) => ({ value: indicator.code, label: indicatorName(indicator, language) }))}
        />
        <TextField id={id('title')} label={t('caf.plan.title')} value={draft.title} onChange={set('title')} error={problemText('title')} />
        <TextField id={id('owner')} label={t('caf.plan.owner')} value={draft.owner} onChange={set('owner')} />
        <TextField
          id={id('dueOn')}
          label={t('caf.plan.dueOn')}
          type="date"
          value={draft.dueOn}
          onChange={set('dueOn')}
          error={problemText('dueOn')}
        />
        <SelectField
          id={id('status')}
          label={t('caf.plan.status')}
          value={draft.status}
          onChange={(value) => isActionStatus(value) && setDraft((current) => ({ ...current, status: value }))}
          options={CAF_ACTION_STATUSES.map((status) => ({ value: status, label: t(`caf.status.${status}`) }))}
        />
        <TextAreaField id={id('result')} label={t('caf.plan.result')} rows={2} value={draft.result} onChange={set('result')} />
        <p className="caf-row-buttons">
          <button type="submit" disabled={loading}>
            {loading ? t('caf.plan.saving') : action ? t('caf.plan.saveChange') : t('caf.plan.add')}
          </button>
          {action && (
            <button type="button" className="secondary" onClick={onDone}>
              {t('caf.plan.cancel')}
            </button>
          )}
        </p>
      </form>
    </>
  );
}
