import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import type { SurveyKind } from '../../../generated/graphql';
import { SURVEY_QUESTIONNAIRE_QUERY, type SurveyQuestion } from '../graphql/survey-questionnaire.query';
import { ExtraQuestionsEditor } from './ExtraQuestionsEditor';

/** One questionnaire of the programme: its standard questions, read-only, and the lead's extras, editable. */
export function QuestionnaireSection({ programmeId, kind }: { programmeId: string; kind: SurveyKind }) {
  const { t } = useI18n();
  const result = useQuery(SURVEY_QUESTIONNAIRE_QUERY, { variables: { programmeId, kind } });
  return (
    <Section title={t(`surveys.questionnaire.title.${kind}`)}>
      <QueryView result={result}>
        {({ surveyQuestionnaire: questionnaire }) => (
          <>
            <h3>{t('surveys.questionnaire.standard')}</h3>
            <p>{t('surveys.questionnaire.standardIntro')}</p>
            <QuestionList questions={questionnaire.questions.filter(({ standard }) => standard)} />
            <h3>{t('surveys.extras.title')}</h3>
            {questionnaire.mayEdit ? (
              <ExtraQuestionsEditor questionnaire={questionnaire} />
            ) : (
              <>
                <p>{t('surveys.extras.readOnly')}</p>
                <QuestionList questions={questionnaire.questions.filter(({ standard }) => !standard)} />
              </>
            )}
          </>
        )}
      </QueryView>
    </Section>
  );
}

function QuestionList({ questions }: { questions: readonly SurveyQuestion[] }) {
  const { t } = useI18n();
  if (questions.length === 0) return <p>{t('surveys.extras.none')}</p>;
  return (
    <ol className="survey-questions">
      {questions.map((question) => (
        <li key={question.code}>
          {question.text}{' '}
          <span className="muted">
            (
            {[
              t(`surveys.questionnaire.kind.${question.kind}`),
              t('surveys.questionnaire.criterion', { criterion: question.cafCriterion }),
              ...(question.required ? [t('surveys.questionnaire.required')] : []),
            ].join(', ')}
            )
          </span>
        </li>
      ))}
    </ol>
  );
}
