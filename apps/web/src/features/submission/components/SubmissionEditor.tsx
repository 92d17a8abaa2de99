import { useApolloClient, useMutation } from '@apollo/client/react';
import type { EntryProblem } from '@officebench/domain';
import { useState } from 'react';
import { errorExtensions, errorInfo } from '../../../app/graphql-errors';
import { useI18n } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { Section } from '../../../components/Section';
import type { SubmissionFormQueryVariables } from '../../../generated/graphql';
import { SUBMISSION_FORM_QUERY, type SubmissionForm } from '../graphql/submission-form.query';
import { SUBMIT_SUBMISSION_MUTATION } from '../graphql/submit-submission.mutation';
import { useSubmissionEditor } from '../hooks/useSubmissionEditor';
import { conflictDifferences } from '../utils/conflict';
import { groupByCriterion, groupTitle } from '../../../lib/group-lines';
import { heldField } from '../utils/draft';
import { describeFor, lineFieldId, problemField, problemsFromExtensions } from '../utils/problems';
import { filledOfTotal, problemsBeforeSubmit } from '../utils/submit-checks';
import { ConflictPanel } from './ConflictPanel';
import { IndicatorFields } from './IndicatorFields';
import { SaveStatusLine } from './SaveStatusLine';
import { SubmitDialog } from './SubmitDialog';

interface SubmissionEditorProps {
  form: SubmissionForm;
  variables: SubmissionFormQueryVariables;
  refetchForm: () => Promise<SubmissionForm | null>;
  /** The submission was handed in: the page shows it read-only with a confirmation. */
  onSubmitted: () => void;
}

/**
 * The coordinator's form: indicators by CAF criterion, autosave, conflicts, and submitting for
 * approval: the checks first (what is not saved, a mandatory value, a comment for a warning), then a
 * confirmation that says what submitting means and how much is filled in.
 */
export function SubmissionEditor({ form, variables, refetchForm, onSubmitted }: SubmissionEditorProps) {
  const { t, language } = useI18n();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const editor = useSubmissionEditor(form, variables, refetchForm);
  const [submitMutation, { loading: submitting }] = useMutation(SUBMIT_SUBMISSION_MUTATION);
  // Lines whose checks are shown: left once, or restored from this browser.
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(Object.keys(editor.draft.entries)));
  const [submitErrors, setSubmitErrors] = useState<ErrorItem[]>([]);
  const [attempted, setAttempted] = useState(false);
  // The submission the confirmation asks about, with its counts; null while no question is open.
  const [confirming, setConfirming] = useState<{ id: string; version: number; filled: number; total: number } | null>(null);

  const lineByCode = new Map(form.lines.map((line) => [line.indicator.code, line]));
  const nameOf = (code: string | null) => {
    const indicator = code ? lineByCode.get(code)?.indicator : undefined;
    return indicator ? (language === 'pl' ? indicator.name : indicator.nameEn) : undefined;
  };
  const errorItem = (problem: EntryProblem): ErrorItem => {
    const line = problem.indicatorCode ? lineByCode.get(problem.indicatorCode) : undefined;
    return {
      fieldId: line ? lineFieldId(line.indicator.code, problemField(problem.field, line.indicator.isRatio)) : undefined,
      text: describeFor(problem, nameOf(problem.indicatorCode), language),
    };
  };
  const savedByCode = new Map((form.submission?.values ?? []).map((value) => [value.indicator.code, value]));
  const liveSubmitProblems = attempted ? problemsBeforeSubmit(form.lines, form.submission?.values ?? []) : [];

  const leave = (code: string) => {
    if (!checked.has(code)) setChecked(new Set([...checked, code]));
    void editor.flush();
  };

  async function submit() {
    setAttempted(true);
    await editor.flush();
    const { draft, blocked } = editor.now();
    if (blocked === 'conflict') {
      setSubmitErrors([{ text: t('submit.conflict') }]);
      return;
    }
    if (blocked === 'refused') return; // the refusal of the whole form is shown above it
    // The cache holds the submission as the last save left it (the props may be a render behind).
    const latest = client.readQuery({ query: SUBMISSION_FORM_QUERY, variables })?.submissionForm ?? form;
    const submission = latest.submission;
    const position = new Map(latest.lines.map(({ indicator }, index) => [indicator.code, index]));
    const at = (code: string | null) => (code === null ? -1 : (position.get(code) ?? Number.MAX_SAFE_INTEGER));
    // What is still in the draft could not be saved (half a ratio, a wrong number, a refused entry);
    // the saved values may lack a mandatory value or a comment. All of it, in the form's order.
    const held = Object.entries(draft.entries).flatMap(([code, entry]) => {
      const line = lineByCode.get(code);
      if (!line) return [];
      return [
        {
          at: at(code),
          item: {
            fieldId: lineFieldId(code, heldField(line.indicator, entry)),
            text: t('submit.held', { indicator: nameOf(code) ?? code }),
          },
        },
      ];
    });
    const missing = problemsBeforeSubmit(latest.lines, submission?.values ?? [])
      .filter(({ indicatorCode }) => !indicatorCode || !draft.entries[indicatorCode])
      .map((problem) => ({ at: at(problem.indicatorCode), item: errorItem(problem) }));
    if (held.length || missing.length) {
      setSubmitErrors([...held, ...missing].sort((a, b) => a.at - b.at).map(({ item }) => item));
      return;
    }
    if (!submission) {
      setSubmitErrors([{ text: t('submit.nothingSaved') }]);
      return;
    }
    setSubmitErrors([]);
    setConfirming({ id: submission.id, version: submission.version, ...filledOfTotal(latest.lines, submission.values) });
  }

  /** The coordinator confirmed: the submission goes to the lead, on the version the checks saw. */
  async function send(submission: { id: string; version: number }) {
    try {
      await submitMutation({ variables: { submissionId: submission.id, expectedVersion: submission.version } });
      setConfirming(null);
      setSubmitErrors([]);
      onSubmitted();
    } catch (error) {
      setConfirming(null);
      const { code } = errorInfo(error);
      const serverProblems = code === 'BAD_USER_INPUT' ? problemsFromExtensions(errorExtensions(error)) : [];
      if (serverProblems.length) setSubmitErrors(serverProblems.map(errorItem));
      else setSubmitErrors([{ text: code === 'CONFLICT' ? t('review.conflict') : errorMessage(error) }]);
      if (code === 'CONFLICT' || code === 'BAD_USER_INPUT') void refetchForm();
    }
  }

  const differences = editor.conflict
    ? conflictDifferences(editor.draft, editor.conflict, (code) => lineByCode.get(code)?.indicator.isRatio ?? false, language)
    : [];

  return (
    <>
      {editor.restoredCount > 0 && <Notice>{t('submission.restored', { count: editor.restoredCount })}</Notice>}
      <p>{t('submission.intro')}</p>
      <SaveStatusLine
        status={editor.status}
        unsavedCount={editor.unsavedCount}
        heldCount={editor.heldCount}
        lastSavedAt={form.submission?.updatedAt ?? null}
        onSaveNow={() => void editor.flush()}
      />
      {editor.formProblems.length > 0 && (
        <div role="alert" className="error-summary">
          {editor.formProblems.map((problem) => (
            <p key={problem.code} className="error-summary__title">
              {describeFor(problem, undefined, language)}
            </p>
          ))}
        </div>
      )}
      {editor.conflict && (
        <ConflictPanel current={editor.conflict} differences={differences} lines={form.lines} onResolve={editor.resolveConflict} />
      )}
      <ErrorSummary errors={submitErrors} />
      <form
        noValidate
        className="submission-form"
        onSubmit={(event) => {
          event.preventDefault();
          void editor.flush();
        }}
      >
        {groupByCriterion(form.lines).map(({ criterion, lines }) => {
          const title = groupTitle(criterion, t, language);
          return (
            <Section key={criterion ?? 'none'} title={title}>
              {lines.map((line) => {
                const code = line.indicator.code;
                const unsavedEntry = editor.draft.entries[code];
                return (
                  <IndicatorFields
                    key={code}
                    line={line}
                    entry={editor.entryFor(code)}
                    unsaved={Boolean(unsavedEntry)}
                    saved={savedByCode.get(code)}
                    refusal={editor.refusals[code]}
                    submitProblems={unsavedEntry ? [] : liveSubmitProblems.filter(({ indicatorCode }) => indicatorCode === code)}
                    checked={checked.has(code)}
                    onChange={(field, text) => editor.change(code, field, text)}
                    onLeave={leave}
                    officeId={variables.officeId}
                    periodId={variables.periodId}
                  />
                );
              })}
            </Section>
          );
        })}
      </form>
      <Section title={t('submit.title')}>
        <p>{t('submit.intro')}</p>
        <div className="form__actions">
          <button type="button" disabled={submitting} onClick={() => void submit()}>
            {submitting ? t('submit.submitting') : t('submit.button')}
          </button>
        </div>
      </Section>
      {confirming && (
        <SubmitDialog
          filled={confirming.filled}
          total={confirming.total}
          busy={submitting}
          onConfirm={() => void send(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
