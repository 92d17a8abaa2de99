import { SURVEY_CAF_CRITERION } from '@officebench/domain';
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { SET_SURVEY_EXTRA_QUESTIONS_MUTATION } from '../graphql/set-survey-extra-questions.mutation';
import type { SurveyQuestionnaire } from '../graphql/survey-questionnaire.query';
import { useRefusalText } from '../../../app/useErrorMessage';
import { addDraft, changeDraft, draftsFrom, extrasInput, extrasProblems, moveDraft, removeDraft, type ExtraDraft } from '../utils/extras';

/**
 * The lead's extra questions of one questionnaire: add, remove, reorder, then save them all at once with
 * the version read (a newer one is refused). Checked here by the API's own rules before sending.
 */
export function ExtraQuestionsEditor({ questionnaire }: { questionnaire: SurveyQuestionnaire }) {
  const { t, language } = useI18n();
  const refusal = useRefusalText();
  const { kind, programmeId, version } = questionnaire;
  // The questionnaire has no id for the cache to update it by: asked again, it brings the new version.
  const [save, { loading }] = useMutation(SET_SURVEY_EXTRA_QUESTIONS_MUTATION, {
    refetchQueries: ['SurveyQuestionnaire'],
    awaitRefetchQueries: true,
  });
  const [drafts, setDrafts] = useState<ExtraDraft[]>(() => draftsFrom(kind, questionnaire.questions));
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saved, setSaved] = useState(false);
  const nextKey = useRef(0);
  const prefix = `survey-extra-${kind}`;

  const update = (next: ExtraDraft[]) => {
    setDrafts(next);
    setSaved(false);
  };
  /** After a move or a removal the focus goes where the user can go on: the moved question's button, or the list. */
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = extrasProblems(kind, drafts, language);
    if (problems.length > 0) {
      setErrors(problems.map((text) => ({ text })));
      return;
    }
    setErrors([]);
    try {
      // The editor goes on from what the API kept (codes in capitals, texts trimmed).
      const { data } = await save({ variables: { programmeId, kind, questions: extrasInput(drafts), expectedVersion: version } });
      if (data) setDrafts(draftsFrom(kind, data.setSurveyExtraQuestions.questions));
      setSaved(true);
    } catch (error) {
      setErrors([{ text: refusal(error) }]);
    }
  };

  const criterionDefault = t('surveys.extras.criterionDefault', { criterion: SURVEY_CAF_CRITERION[kind] });
  return (
    <>
      <p>{t('surveys.extras.intro')}</p>
      {saved && <Notice>{t('surveys.extras.saved')}</Notice>}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-busy={loading}>
        {drafts.length === 0 && <p>{t('surveys.extras.none')}</p>}
        {drafts.map((draft, index) => {
          const number = index + 1;
          const id = `${prefix}-${draft.key}`;
          const change = (field: keyof Omit<ExtraDraft, 'key'>) => (value: string) =>
            update(changeDraft(drafts, index, { [field]: value }));
          return (
            <fieldset key={draft.key} className="survey-extra">
              <legend id={`${id}-legend`} tabIndex={-1}>
                {t('surveys.extras.question', { number })}
              </legend>
              <TextField
                id={`${id}-code`}
                label={t('surveys.extras.code')}
                hint={t('surveys.extras.codeHint')}
                autoComplete="off"
                spellCheck={false}
                value={draft.code}
                onChange={change('code')}
              />
              <SelectField
                id={`${id}-kind`}
                label={t('surveys.extras.kind')}
                value={draft.kind}
                options={(['LIKERT', 'TEXT'] as const).map((value) => ({ value, label: t(`surveys.questionnaire.kind.${value}`) }))}
                onChange={(value) => update(changeDraft(drafts, index, { kind: value === 'TEXT' ? 'TEXT' : 'LIKERT' }))}
              />
              <TextField id={`${id}-pl`} label={t('surveys.extras.textPl')} lang="pl" value={draft.textPl} onChange={change('textPl')} />
              <TextField id={`${id}-en`} label={t('surveys.extras.textEn')} lang="en" value={draft.textEn} onChange={change('textEn')} />
              <TextField
                id={`${id}-criterion`}
                label={t('surveys.extras.criterion')}
                placeholder={criterionDefault}
                inputMode="numeric"
                autoComplete="off"
                value={draft.cafCriterion}
                onChange={change('cafCriterion')}
              />
              <div className="survey-extra__actions">
                <button
                  id={`${id}-up`}
                  type="button"
                  className="secondary small"
                  disabled={index === 0}
                  aria-label={t('surveys.extras.upLabel', { number })}
                  onClick={() => {
                    update(moveDraft(drafts, index, -1));
                    focusLater(`${id}-up`);
                  }}
                >
                  {t('surveys.extras.up')}
                </button>
                <button
                  id={`${id}-down`}
                  type="button"
                  className="secondary small"
                  disabled={index === drafts.length - 1}
                  aria-label={t('surveys.extras.downLabel', { number })}
                  onClick={() => {
                    update(moveDraft(drafts, index, 1));
                    focusLater(`${id}-down`);
                  }}
                >
                  {t('surveys.extras.down')}
                </button>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t('surveys.extras.removeLabel', { number })}
                  onClick={() => {
                    const next = removeDraft(drafts, index);
                    update(next);
                    const neighbour = next[Math.min(index, next.length - 1)];
                    focusLater(neighbour ? `${prefix}-${neighbour.key}-legend` : `${prefix}-add`);
                  }}
                >
                  {t('surveys.extras.remove')}
                </button>
              </div>
            </fieldset>
          );
        })}
        <p className="inline-links">
          <button
            id={`${prefix}-add`}
            type="button"
            className="secondary"
            onClick={() => {
              const key = `new-${nextKey.current++}`;
              update(addDraft(drafts, key));
              focusLater(`${prefix}-${key}-code`);
            }}
          >
            {t('surveys.extras.add')}
          </button>
          <button type="submit" disabled={loading}>
            {loading ? t('surveys.extras.saving') : t('surveys.extras.save')}
          </button>
        </p>
      </form>
    </>
  );
}
