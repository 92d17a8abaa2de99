import { useApolloClient } from '@apollo/client/react';
import { CAF_CRITERIA, PRACTICE_LIMITS, type PracticeField } from '@officebench/domain';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../app/format-date';
import { errorExtensions, errorInfo } from '../../../app/graphql-errors';
import { useI18n } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { GOOD_PRACTICE_QUERY } from '../graphql/good-practice.query';
import type { Practice } from '../graphql/practice-fields.fragment';
import type { CatalogueIndicator } from '../graphql/practice-indicators.query';
import { useCreatePractice, usePublishPractice, useUpdatePractice } from '../hooks/usePractices';
import { cafCriterionLabel, indicatorName } from '../utils/format';
import { MY_PRACTICES_PATH, practicePath } from '../utils/paths';
import {
  localStorageOrNull,
  type PracticeDraft,
  practiceDraftKey,
  readPracticeDraft,
  removePracticeDraft,
  writePracticeDraft,
} from '../utils/practice-draft';
import {
  EMPTY_FORM,
  errorItems,
  formFromPractice,
  formProblems,
  inputFromForm,
  type PracticeForm,
  practiceFieldId,
  sameForm,
  type ServerProblem,
  serverProblems,
  standingProblems,
} from '../utils/practice-form';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { MarkdownView } from './MarkdownView';

interface PracticeEditorProps {
  /** null: a new practice. */
  practice: Practice | null;
  userId: string;
  /** The offices the coordinator writes for. */
  offices: readonly { id: string; name: string }[];
  indicators: readonly CatalogueIndicator[];
  indicatorsLoading: boolean;
}

const SECTION_FIELDS = ['problem', 'actions', 'results', 'resources'] as const;

/**
 * Writing a practice: checked with the API's own rules before it is sent, saved as a draft or
 * published. The text typed is kept in this browser until the server has it (and offered back when
 * the editor is opened again); a save refused because someone else saved meanwhile keeps it too.
 */
export function PracticeEditor({ practice, userId, offices, indicators, indicatorsLoading }: PracticeEditorProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const client = useApolloClient();
  const errorMessage = useErrorMessage();
  const [create] = useCreatePractice();
  const [update] = useUpdatePractice();
  const [publish] = usePublishPractice();
  const storageKey = practiceDraftKey(userId, practice?.id ?? null);
  const [initialForm] = useState<PracticeForm>(() =>
    practice ? formFromPractice(practice) : { ...EMPTY_FORM, officeId: offices.length === 1 ? (offices[0]?.id ?? '') : '' },
  );
  const [form, setForm] = useState<PracticeForm>(initialForm);
  const [baseVersion, setBaseVersion] = useState<number | null>(practice?.version ?? null);
  const [dirty, setDirty] = useState(false);
  const [offer, setOffer] = useState<PracticeDraft | null>(() => {
    const stored = readPracticeDraft(localStorageOrNull(), storageKey);
    return stored && !sameForm(stored.form, initialForm) ? stored : null;
  });
  const [problems, setProblems] = useState<readonly ServerProblem[]>([]);
  // The form as it was when they were found: a field changed since loses its error once it passes.
  const [attempted, setAttempted] = useState<PracticeForm>(initialForm);
  // Each save attempt that finds problems is a new set for the summary (it takes the focus then only).
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<{ publish: boolean } | null>(null);
  const [saving, setSaving] = useState<'draft' | 'publish' | 'conflict' | null>(null);
  const [preview, setPreview] = useState(false);

  // Every change is kept in this browser (not while an older unsaved text is offered back: it would be overwritten).
  useEffect(() => {
    if (dirty && !offer) writePracticeDraft(localStorageOrNull(), storageKey, { form, baseVersion, savedAt: new Date().toISOString() });
  }, [dirty, offer, form, baseVersion, storageKey]);

  const change = <K extends keyof PracticeForm>(field: K, value: PracticeForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setDirty(true);
  };
  const reportProblems = (found: readonly ServerProblem[], at = form) => {
    setProblems(found);
    setAttempted(at);
    if (found.length) setAttempt((count) => count + 1);
  };
  const summaryItems = useMemo(() => errorItems(problems), [problems]);
  const errorOf = (field: PracticeField | 'officeId') => problems.find((problem) => problem.field === field)?.message;
  const focusTitle = () => document.getElementById(practiceFieldId('title'))?.focus();

  const isPublished = practice?.status === 'PUBLISHED';
  const knownCodes = new Set([...indicators.map(({ code }) => code), ...(practice?.indicators.map(({ code }) => code) ?? [])]);
  // Without the catalogue (it failed to load) the API alone judges the codes.
  if (indicators.length === 0) for (const code of form.indicatorCodes) knownCodes.add(code);
  // An error goes as soon as its field is put right, while typing (the summary and the field alike).
  const standing = standingProblems(problems, attempted, form, knownCodes, language);
  if (standing !== problems) setProblems(standing);
  const indicatorOptions = [
    ...indicators.map((indicator) => ({ value: indicator.code, label: indicatorName(indicator, language) })),
    ...(practice?.indicators ?? [])
      .filter(({ code }) => !indicators.some((indicator) => indicator.code === code))
      .map((indicator) => ({ value: indicator.code, label: indicatorName(indicator, language) })),
  ];

  /** The practice as the server has it now (after a conflict). */
  async function fetchCurrent(): Promise<Practice | null> {
    if (!practice) return null;
    const { data } = await client.query({ query: GOOD_PRACTICE_QUERY, variables: { id: practice.id }, fetchPolicy: 'network-only' });
    return data?.goodPractice ?? null;
  }

  async function save(andPublish: boolean, expectedVersion = baseVersion) {
    const found: ServerProblem[] = [...formProblems(form, knownCodes, language)].map(([field, message]) => ({ field, message }));
    if (!practice && offices.length > 1 && !form.officeId)
      found.unshift({ field: 'officeId', message: t('practices.editor.chooseOffice') });
    reportProblems(found);
    if (found.length) return;
    setConflict(null);
    setSaving(andPublish ? 'publish' : 'draft');
    try {
      const input = inputFromForm(form);
      const saved = practice
        ? (await update({ variables: { id: practice.id, input, expectedVersion: expectedVersion ?? practice.version } })).data
            ?.updateGoodPractice
        : (await create({ variables: { input: { ...input, officeId: form.officeId || null } } })).data?.createGoodPractice;
      if (!saved) throw new Error('The API answered without the practice.');
      // The server has the text now.
      setDirty(false);
      removePracticeDraft(localStorageOrNull(), storageKey);
      if (andPublish && saved.status !== 'PUBLISHED') {
        try {
          await publish({ variables: { id: saved.id } });
        } catch {
          navigate(practicePath(saved.id), { state: { practiceNotice: 'publishFailed' } });
          return;
        }
      }
      navigate(practicePath(saved.id), {
        state: { practiceNotice: andPublish ? 'published' : saved.status === 'PUBLISHED' ? 'saved' : 'savedDraft' },
      });
    } catch (error) {
      const info = errorInfo(error);
      if (info.code === 'CONFLICT') setConflict({ publish: andPublish });
      else if (info.code === 'BAD_USER_INPUT') reportProblems(serverProblems(errorExtensions(error), info.serverMessage));
      else reportProblems([{ field: null, message: errorMessage(error) }]);
      setSaving(null);
    }
  }

  async function resolveConflict(choice: 'mine' | 'theirs') {
    if (!conflict) return;
    setSaving('conflict');
    try {
      const current = await fetchCurrent();
      if (!current) {
        reportProblems([{ field: null, message: t('practices.notFound.body') }]);
        setSaving(null);
        return;
      }
      if (choice === 'mine') {
        setBaseVersion(current.version);
        await save(conflict.publish, current.version);
        return;
      }
      setForm(formFromPractice(current));
      setBaseVersion(current.version);
      setDirty(false);
      removePracticeDraft(localStorageOrNull(), storageKey);
      setConflict(null);
      setSaving(null);
      focusTitle();
    } catch (error) {
      reportProblems([{ field: null, message: errorMessage(error) }]);
      setSaving(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  const title = practice ? t('practices.editor.editTitle', { title: practice.title }) : t('practices.editor.newTitle');
  const officeName = practice?.office.name ?? (offices.length === 1 ? offices[0]?.name : undefined);
  const busy = saving !== null;

  return (
    <>
      <title>{`${title} – ${t('app.name')}`}</title>
      {officeName && <p className="eyebrow">{officeName}</p>}
      <PageHeading>{title}</PageHeading>
      <p>{t('practices.editor.intro')}</p>

      {offer && (
        <div className="notice notice--warning" role="status">
          <p>{t('practices.editor.restoreOffer', { date: formatDateTime(offer.savedAt, language) })}</p>
          <div className="form__actions">
            <button
              type="button"
              onClick={() => {
                setForm(offer.form);
                setBaseVersion(offer.baseVersion ?? practice?.version ?? null);
                setOffer(null);
                setDirty(true);
                focusTitle();
              }}
            >
              {t('practices.editor.restore')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                removePracticeDraft(localStorageOrNull(), storageKey);
                setOffer(null);
                focusTitle();
              }}
            >
              {t('practices.editor.discard')}
            </button>
          </div>
        </div>
      )}

      {conflict && practice && (
        <ConflictNotice
          practiceId={practice.id}
          busy={busy}
          onKeepMine={() => void resolveConflict('mine')}
          onTakeTheirs={() => void resolveConflict('theirs')}
        />
      )}
      <ErrorSummary errors={summaryItems} attempt={attempt} />

      <form noValidate className="form practice-editor" onSubmit={submit}>
        {!practice && offices.length > 1 && (
          <SelectField
            id={practiceFieldId('officeId')}
            label={t('practices.editor.office')}
            value={form.officeId}
            placeholder={t('practices.editor.choose')}
            options={offices.map(({ id, name }) => ({ value: id, label: name }))}
            error={errorOf('officeId')}
            onChange={(value) => change('officeId', value)}
          />
        )}
        <TextField
          id={practiceFieldId('title')}
          label={t('practices.field.title')}
          hint={t('practices.hint.maxChars', { max: PRACTICE_LIMITS.title })}
          value={form.title}
          error={errorOf('title')}
          onChange={(value) => change('title', value)}
        />
        <TextAreaField
          id={practiceFieldId('summary')}
          label={t('practices.field.summary')}
          hint={t('practices.hint.summary', { max: PRACTICE_LIMITS.summary })}
          rows={3}
          value={form.summary}
          error={errorOf('summary')}
          onChange={(value) => change('summary', value)}
        />
        <div className={preview ? 'practice-editor__body practice-editor__body--preview' : 'practice-editor__body'}>
          <TextAreaField
            id={practiceFieldId('body')}
            label={t('practices.field.body')}
            hint={t('practices.hint.body', { max: PRACTICE_LIMITS.body })}
            rows={16}
            value={form.body}
            error={errorOf('body')}
            onChange={(value) => change('body', value)}
          />
          <div className="practice-editor__preview-toggle">
            <button
              type="button"
              className="secondary small"
              aria-expanded={preview}
              aria-controls="practice-body-preview"
              onClick={() => setPreview((shown) => !shown)}
            >
              {preview ? t('practices.editor.hidePreview') : t('practices.editor.showPreview')}
            </button>
          </div>
          <section
            id="practice-body-preview"
            className="practice-editor__preview"
            aria-labelledby="practice-body-preview-title"
            hidden={!preview}
          >
            <h2 id="practice-body-preview-title">{t('practices.editor.previewTitle')}</h2>
            {preview &&
              (form.body.trim() ? (
                <MarkdownView source={form.body} headingOffset={2} />
              ) : (
                <p className="muted">{t('practices.editor.previewEmpty')}</p>
              ))}
          </section>
        </div>
        {SECTION_FIELDS.map((field) => (
          <TextAreaField
            key={field}
            id={practiceFieldId(field)}
            label={t(`practices.field.${field}`)}
            hint={t('practices.hint.section', { max: PRACTICE_LIMITS.section })}
            rows={4}
            value={form[field]}
            error={errorOf(field)}
            onChange={(value) => change(field, value)}
          />
        ))}
        <TextField
          id={practiceFieldId('contact')}
          label={t('practices.field.contact')}
          hint={t('practices.hint.contact')}
          value={form.contact}
          error={errorOf('contact')}
          onChange={(value) => change('contact', value)}
        />
        <TextField
          id={practiceFieldId('year')}
          label={t('practices.field.year')}
          hint={t('practices.hint.year')}
          inputMode="numeric"
          autoComplete="off"
          className="narrow-input"
          value={form.year}
          error={errorOf('year')}
          onChange={(value) => change('year', value)}
        />
        <CheckboxGroup
          id={practiceFieldId('cafCriteria')}
          legend={t('practices.field.cafCriteria')}
          hint={t('practices.hint.cafCriteria')}
          error={errorOf('cafCriteria')}
          options={CAF_CRITERIA.map(({ number }) => ({ value: number, label: cafCriterionLabel(number, language) }))}
          selected={form.cafCriteria}
          onChange={(selected) => change('cafCriteria', selected)}
        />
        <CheckboxGroup
          id={practiceFieldId('indicatorCodes')}
          legend={t('practices.field.indicators')}
          hint={t('practices.hint.indicators', { max: PRACTICE_LIMITS.indicators })}
          error={errorOf('indicatorCodes')}
          options={indicatorOptions}
          selected={form.indicatorCodes}
          emptyText={indicatorsLoading ? t('state.loading') : t('practices.editor.noIndicators')}
          onChange={(selected) => change('indicatorCodes', selected)}
        />
        <TextField
          id={practiceFieldId('tags')}
          label={t('practices.field.tags')}
          hint={t('practices.hint.tags', { max: PRACTICE_LIMITS.tags })}
          value={form.tags}
          error={errorOf('tags')}
          onChange={(value) => change('tags', value)}
        />
        <p role="status" className="muted practice-editor__kept">
          {saving === 'draft' || saving === 'publish' || saving === 'conflict'
            ? t('practices.editor.saving')
            : dirty && !offer
              ? t('practices.editor.keptLocally')
              : ''}
        </p>
        <div className="form__actions">
          {isPublished ? (
            <button type="submit" disabled={busy}>
              {saving === 'draft' ? t('practices.editor.saving') : t('practices.editor.saveChanges')}
            </button>
          ) : (
            <>
              <button type="submit" className="secondary" disabled={busy}>
                {saving === 'draft' ? t('practices.editor.saving') : t('practices.editor.saveDraft')}
              </button>
              <button type="button" disabled={busy} onClick={() => void save(true)}>
                {saving === 'publish' ? t('practices.editor.saving') : t('practices.editor.saveAndPublish')}
              </button>
            </>
          )}
          <Link to={practice ? practicePath(practice.id) : MY_PRACTICES_PATH}>{t('practices.editor.cancel')}</Link>
        </div>
        {isPublished && <p className="muted">{t('practices.editor.publishedNote')}</p>}
      </form>
    </>
  );
}

interface ConflictNoticeProps {
  practiceId: string;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Someone saved the practice after this edit began: the text typed stays, and the user chooses. */
function ConflictNotice({ practiceId, busy, onKeepMine, onTakeTheirs }: ConflictNoticeProps) {
  const t = useI18n().t;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="conflict" aria-labelledby="practice-conflict-title">
      <h2 id="practice-conflict-title">{t('practices.conflict.title')}</h2>
      <p>{t('practices.conflict.body')}</p>
      <p>
        <a href={practicePath(practiceId)} target="_blank" rel="noopener noreferrer">
          {t('practices.conflict.openSaved')}
        </a>
      </p>
      <div className="form__actions">
        <button type="button" disabled={busy} onClick={onKeepMine}>
          {t('practices.conflict.keepMine')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onTakeTheirs}>
          {t('practices.conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
