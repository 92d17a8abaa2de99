import { useMutation } from '@apollo/client/react';
import type { EntryProblem } from '@officebench/domain';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { errorExtensions, errorInfo } from '../../../app/graphql-errors';
import { useI18n } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { localStorageOrNull, readPersistentValue, removePersistentValue, writePersistentValue } from '../../../hooks/persistent-state';
import { SAVE_VALUES_MUTATION } from '../graphql/save-values.mutation';
import type { SubmissionFormQueryVariables } from '../../../generated/graphql';
import { SUBMISSION_FORM_QUERY, type SubmissionForm } from '../graphql/submission-form.query';
import { AutosaveQueue } from '../utils/autosave-queue';
import { conflictDifferences, conflictFromExtensions, conflictFromSubmission, keepMine, type ConflictCurrent } from '../utils/conflict';
import {
  afterSave,
  draftStorageKey,
  editDraft,
  EMPTY_DRAFT,
  entryFromSaved,
  entrySignature,
  hasEntries,
  isDraft,
  pendingSave,
  type Draft,
  type DraftEntry,
  type DraftField,
  type LineDefinition,
} from '../utils/draft';
import { describeFor, isFormLevel, problemsFromExtensions } from '../utils/problems';
import { AUTOSAVE_DELAY_MS, type SaveStatus } from '../utils/save-status';

/** An entry the server refused as it was: not sent again until it changes. */
export interface Refusal {
  signature: string;
  problems: EntryProblem[];
}

function refusedSignatures(refusals: Readonly<Record<string, Refusal>>): Record<string, string> {
  return Object.fromEntries(Object.entries(refusals).map(([code, { signature }]) => [code, signature]));
}

export interface SubmissionEditor {
  draft: Draft;
  /** Entries found in this browser when the page opened (a reload, or a return after the session expired). */
  restoredCount: number;
  status: SaveStatus;
  /** Entries that the next autosave will send. */
  unsavedCount: number;
  /** Entries that are not sent as they are: half a ratio, not a number, a problem, refused by the server. */
  heldCount: number;
  refusals: Readonly<Record<string, Refusal>>;
  /** Problems of the whole form from the last save (a locked period, a submission no longer editable). */
  formProblems: EntryProblem[];
  conflict: ConflictCurrent | null;
  /** The entry shown on a line: the draft's, or the saved one. */
  entryFor: (indicatorCode: string) => DraftEntry;
  change: (indicatorCode: string, field: DraftField, text: string) => void;
  /** Save now (a field was left, or the user asked). */
  flush: () => Promise<void>;
  resolveConflict: (choice: 'mine' | 'saved') => void;
  /** The draft as it is now, and whether saving is stopped (a conflict or a refusal of the whole form). */
  now: () => { draft: Draft; blocked: 'conflict' | 'refused' | null };
}

/**
 * The editable form's state: the unsaved draft (kept in localStorage per office and period), the
 * autosave (debounced, one request at a time, on the version the entries were typed on), refusals and
 * conflicts.
 */
export function useSubmissionEditor(
  form: SubmissionForm,
  variables: SubmissionFormQueryVariables,
  /** Asks the form again (after a conflict or a refusal the cached one is out of date); null if that failed. */
  refetchForm: () => Promise<SubmissionForm | null>,
): SubmissionEditor {
  const { t, language } = useI18n();
  const errorMessage = useErrorMessage();
  const [saveValues] = useMutation(SAVE_VALUES_MUTATION);
  const storageKey = draftStorageKey(variables.officeId, variables.periodId);

  const [initial] = useState(() => readPersistentValue(localStorageOrNull(), storageKey, EMPTY_DRAFT, isDraft));
  const [draft, setDraftState] = useState<Draft>(initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [refusals, setRefusals] = useState<Record<string, Refusal>>({});
  const [formProblems, setFormProblems] = useState<EntryProblem[]>([]);
  const [conflict, setConflict] = useState<ConflictCurrent | null>(null);

  const definitions = useMemo(
    () =>
      new Map<string, LineDefinition & { name: string }>(
        form.lines.map(({ indicator }) => [indicator.code, { ...indicator, name: language === 'pl' ? indicator.name : indicator.nameEn }]),
      ),
    [form.lines, language],
  );
  const savedByCode = useMemo(
    () => new Map((form.submission?.values ?? []).map((value) => [value.indicator.code, value])),
    [form.submission],
  );
  const isRatio = useCallback((code: string) => definitions.get(code)?.isRatio ?? false, [definitions]);

  // The save runs outside React's render: it reads the latest of everything through these refs.
  const draftRef = useRef(initial);
  const refusalsRef = useRef(refusals);
  const blocked = useRef<'conflict' | 'refused' | null>(null);
  const mounted = useRef(false);
  const reload = useCallback(() => void refetchForm(), [refetchForm]);
  const snapshot = {
    definitions,
    isRatio,
    language,
    serverVersion: form.submission?.version ?? null,
    t,
    errorMessage,
    saveValues,
    variables,
    refetchForm,
  };
  const latest = useRef(snapshot);
  useLayoutEffect(() => {
    latest.current = snapshot;
  });

  const commit = useCallback(
    (next: Draft) => {
      draftRef.current = next;
      const storage = localStorageOrNull();
      if (hasEntries(next)) writePersistentValue(storage, storageKey, next);
      else removePersistentValue(storage, storageKey);
      // A save that ends after the page was left still updates the stored draft above.
      if (mounted.current) setDraftState(next);
    },
    [storageKey],
  );

  const setRefusalsNow = useCallback((next: Record<string, Refusal>) => {
    refusalsRef.current = next;
    if (mounted.current) setRefusals(next);
  }, []);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const {
      definitions: lines,
      isRatio: ratio,
      language: lang,
      t: translate,
      errorMessage: describeError,
      saveValues: mutate,
      variables: target,
      refetchForm: fetchForm,
    } = latest.current;
    if (blocked.current) return false;
    const pending = pendingSave(draftRef.current, lines, refusedSignatures(refusalsRef.current));
    if (pending.values.length === 0) return false;
    if (mounted.current) setStatus({ kind: 'saving' });
    try {
      const { data } = await mutate({
        variables: { input: { ...target, expectedVersion: draftRef.current.baseVersion, values: pending.values } },
        // The first save creates the submission: the form's query learns of it here (later saves
        // update the cached submission by its id).
        update(cache, { data: saved }) {
          if (!saved) return;
          cache.updateQuery({ query: SUBMISSION_FORM_QUERY, variables: target }, (existing) =>
            existing && !existing.submissionForm.submission
              ? { submissionForm: { ...existing.submissionForm, submission: saved.saveValues } }
              : undefined,
          );
        },
      });
      if (!data) throw new Error('saveValues answered without data');
      commit(afterSave(draftRef.current, pending.sent, data.saveValues.version));
      const sentCodes = new Set(Object.keys(pending.sent));
      setRefusalsNow(Object.fromEntries(Object.entries(refusalsRef.current).filter(([code]) => !sentCodes.has(code))));
      if (mounted.current) {
        setFormProblems([]);
        setStatus({ kind: 'saved', at: new Date() });
      }
      return false;
    } catch (error) {
      const { code } = errorInfo(error);
      const extensions = errorExtensions(error);
      if (code === 'CONFLICT') {
        // The answer carries the saved state, except when the submission was created at the same moment.
        const fresh = fetchForm();
        const carried = conflictFromExtensions(extensions);
        const freshForm = carried ? null : await fresh;
        const current = carried ?? (freshForm?.submission ? conflictFromSubmission(freshForm.submission) : null);
        if (!current) {
          if (mounted.current) setStatus({ kind: 'failed', reason: describeError(error) });
          return false;
        }
        if (conflictDifferences(draftRef.current, current, ratio, lang).length === 0) {
          // The newer version already says what this draft says (e.g. saved from this browser before a reload).
          commit(keepMine(draftRef.current, current, ratio, lang));
          return true;
        }
        blocked.current = 'conflict';
        if (mounted.current) {
          setConflict(current);
          setStatus({ kind: 'conflict' });
        }
        return false;
      }
      if (code === 'BAD_USER_INPUT') {
        const problems = problemsFromExtensions(extensions);
        const whole = problems.filter(isFormLevel);
        const byLine = problems.filter((problem) => !isFormLevel(problem));
        if (byLine.length) {
          const next = { ...refusalsRef.current };
          for (const problem of byLine) {
            const sent = problem.indicatorCode ? pending.sent[problem.indicatorCode] : undefined;
            if (!sent || !problem.indicatorCode) continue;
            const signature = entrySignature(sent);
            const previous = next[problem.indicatorCode];
            next[problem.indicatorCode] = {
              signature,
              problems: [...(previous?.signature === signature ? previous.problems : []), problem],
            };
          }
          setRefusalsNow(next);
        }
        if (whole.length) {
          // The period was locked or the submission handed in meanwhile: the page shows what holds now.
          blocked.current = 'refused';
          void fetchForm();
        }
        const first = whole[0] ?? byLine[0];
        if (mounted.current) {
          setFormProblems(whole);
          const reason = first
            ? describeFor(first, first.indicatorCode ? lines.get(first.indicatorCode)?.name : undefined, lang)
            : describeError(error);
          setStatus({ kind: 'failed', reason });
        }
        // The entries that were not refused can still be saved.
        return whole.length === 0 && byLine.length > 0;
      }
      if (mounted.current) setStatus({ kind: 'failed', reason: code === 'NETWORK' ? translate('save.offline') : describeError(error) });
      return false;
    }
  }, [commit, setRefusalsNow]);

  const [queue] = useState(() => new AutosaveQueue({ delayMs: AUTOSAVE_DELAY_MS, save: () => saveOnce() }));

  useEffect(() => {
    mounted.current = true;
    queue.start();
    // Entries restored from this browser are saved at once (or meet their conflict now).
    if (hasEntries(draftRef.current)) void queue.flush();
    return () => {
      mounted.current = false;
      // Leaving the page: what is pending is sent now; the stored draft keeps anything that fails.
      void queue.flush();
      queue.stop();
    };
  }, [queue]);

  const change = useCallback(
    (indicatorCode: string, field: DraftField, text: string) => {
      const { isRatio: ratio, language: lang, serverVersion } = latest.current;
      const saved = entryFromSaved(savedByCode.get(indicatorCode), ratio(indicatorCode), lang);
      commit(editDraft(draftRef.current, indicatorCode, field, text, saved, serverVersion));
      if (!blocked.current) queue.changed();
    },
    [commit, queue, savedByCode],
  );

  const resolveConflict = useCallback(
    (choice: 'mine' | 'saved') => {
      const current = conflict;
      blocked.current = null;
      setConflict(null);
      if (choice === 'mine' && current) {
        commit(keepMine(draftRef.current, current, isRatio, language));
        void queue.flush();
      } else {
        commit(EMPTY_DRAFT);
        setRefusalsNow({});
        setStatus({ kind: 'idle' });
        reload();
      }
    },
    [commit, conflict, isRatio, language, queue, reload, setRefusalsNow],
  );

  const entryFor = useCallback(
    (indicatorCode: string) =>
      draft.entries[indicatorCode] ?? entryFromSaved(savedByCode.get(indicatorCode), isRatio(indicatorCode), language),
    [draft, isRatio, language, savedByCode],
  );

  const unsavedCount = useMemo(
    () => pendingSave(draft, definitions, refusedSignatures(refusals)).values.length,
    [draft, definitions, refusals],
  );

  return {
    draft,
    unsavedCount,
    heldCount: Object.keys(draft.entries).length - unsavedCount,
    restoredCount: Object.keys(initial.entries).length,
    status,
    refusals,
    formProblems,
    conflict,
    entryFor,
    change,
    flush: useCallback(() => queue.flush(), [queue]),
    resolveConflict,
    now: useCallback(() => ({ draft: draftRef.current, blocked: blocked.current }), []),
  };
}
