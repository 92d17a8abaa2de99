import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../app/i18n';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { CLOSE_SURVEY_ROUND_MUTATION } from '../graphql/close-survey-round.mutation';
import type { SurveyRound } from '../graphql/survey-office.query';
import { useRefusalText } from '../../../app/useErrorMessage';
import { closeVariables } from '../utils/close';
import { isStaleVersion } from '../../../app/graphql-errors';

/**
 * "Zamknij ankietę", asked in place: what closing writes into the year's submission and whether to hand
 * the submission in for approval at once. The focus goes to the question, and back to the button on cancel.
 */
export function CloseRound({ round, reload }: { round: SurveyRound; reload: () => Promise<unknown> }) {
  const t = useT();
  const refusal = useRefusalText();
  const [close, { loading }] = useMutation(CLOSE_SURVEY_ROUND_MUTATION);
  const [asking, setAsking] = useState(false);
  const [submit, setSubmit] = useState(false);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const checkboxId = useId();
  const kind = t(`surveys.kind.${round.kind}`);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [asking]);

  const onConfirm = async () => {
    setErrors([]);
    try {
      // The closed round replaces the open one in the cache: its results show in its place, and the
      // round's heading takes the focus from the buttons that are gone.
      await close({ variables: closeVariables(round, submit) });
      document.getElementById(`survey-round-${round.id}`)?.focus();
    } catch (error) {
      // Someone else changed the round first: the page shows it as it is now, and the coordinator decides again.
      if (isStaleVersion(error)) await reload();
      setErrors([{ text: isStaleVersion(error) ? t('surveys.close.stale') : refusal(error) }]);
    }
  };

  return (
    <div className="survey-close">
      <h4>{t('surveys.close.title')}</h4>
      <ErrorSummary errors={errors} />
      {asking ? (
        <div role="group" aria-label={t('surveys.close.question', { kind, period: round.periodLabel })} className="survey-close__ask">
          <p ref={questionRef} tabIndex={-1} className="survey-close__question">
            {t('surveys.close.question', { kind, period: round.periodLabel })}
          </p>
          <p>{t('surveys.close.explain', { period: round.periodLabel })}</p>
          <div className="survey-checkbox">
            <input
              id={checkboxId}
              type="checkbox"
              checked={submit}
              onChange={(event) => setSubmit(event.target.checked)}
              aria-describedby={`${checkboxId}-hint`}
            />
            <label htmlFor={checkboxId}>{t('surveys.close.submit')}</label>
          </div>
          <p id={`${checkboxId}-hint`} className="field__hint">
            {t('surveys.close.submitHint')}
          </p>
          <p className="inline-links">
            <button type="button" className="danger" disabled={loading} onClick={() => void onConfirm()}>
              {loading ? t('surveys.close.closing') : t('surveys.close.confirm')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={loading}
              onClick={() => {
                returnFocus.current = true;
                setAsking(false);
              }}
            >
              {t('surveys.close.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button ref={buttonRef} type="button" className="secondary" onClick={() => setAsking(true)}>
          {t('surveys.close.button')}
        </button>
      )}
    </div>
  );
}
