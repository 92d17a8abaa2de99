import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { OPEN_SURVEY_ROUND_MUTATION } from '../graphql/open-survey-round.mutation';
import type { SurveyOffice, SurveyOpenable } from '../graphql/survey-office.query';
import { useRefusalText } from '../../../app/useErrorMessage';

/** A button for each questionnaire and year the coordinator may open; the new round appears in its year below. */
export function OpenRounds({ office }: { office: SurveyOffice }) {
  const t = useT();
  const refusal = useRefusalText();
  const [open, { loading }] = useMutation(OPEN_SURVEY_ROUND_MUTATION, { refetchQueries: ['SurveyOffice'], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const label = ({ kind, periodLabel }: SurveyOpenable) =>
    t('surveys.open.button', { kind: t(`surveys.kind.${kind}`), period: periodLabel });

  const onOpen = async ({ kind, periodId }: SurveyOpenable) => {
    setErrors([]);
    try {
      const { data } = await open({ variables: { programmeId: office.programmeId, officeId: office.officeId, periodId, kind } });
      // The new round's heading takes the focus: the button that opened it is gone.
      if (data) document.getElementById(`survey-round-${data.openSurveyRound.id}`)?.focus();
    } catch (error) {
      setErrors([{ text: refusal(error) }]);
    }
  };

  return (
    <>
      <p>{t('surveys.open.intro')}</p>
      <ErrorSummary errors={errors} />
      <ul className="surveys-open plain-list">
        {office.openable.map((openable) => (
          <li key={`${openable.kind}:${openable.periodId}`}>
            <button type="button" disabled={loading} onClick={() => void onOpen(openable)}>
              {label(openable)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
