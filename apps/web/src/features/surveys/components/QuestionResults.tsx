import { useT } from '../../../app/i18n';
import { BarChartView } from '../../../components/BarChartView';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { DataTable } from '../../../components/DataTable';
import type { SurveyQuestionResult } from '../graphql/survey-office.query';
import { useSurveyFormat } from '../hooks/useSurveyFormat';
import { meanBars, openAnswers, ratingRows } from '../utils/results';

const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * A closed round's results by question (the office's coordinators only): a table of the ratings, where
 * a question below the threshold shows that alone and no number; the means as a chart with its table;
 * the open answers, in the shuffled order the API gives them.
 */
export function QuestionResults({
  roundId,
  results,
  threshold,
}: {
  roundId: string;
  results: readonly SurveyQuestionResult[];
  threshold: number;
}) {
  const t = useT();
  const format = useSurveyFormat();
  const rows = ratingRows(results);
  const bars = meanBars(rows);
  const meansTitle = t('surveys.questions.meansTitle');
  return (
    <>
      <h4>{t('surveys.questions.title')}</h4>
      <DataTable
        caption={t('surveys.questions.title')}
        className="survey-results"
        columns={[
          t('surveys.questions.col.question'),
          { label: t('surveys.questions.col.answered'), numeric: true },
          { label: t('surveys.questions.col.mean'), numeric: true },
          { label: t('surveys.questions.col.satisfied'), numeric: true },
          ...SCALE.map((value) => ({ label: t('surveys.questions.col.count', { value }), numeric: true })),
          { label: t('surveys.questions.col.notApplicable'), numeric: true },
        ]}
        rows={rows.map((row) => ({
          key: row.code,
          cells: row.suppressed
            ? [row.text, t('surveys.questions.suppressed', { threshold }), ...Array.from({ length: 8 }, () => '')]
            : [row.text, row.answered, format.mean(row.mean), format.percent(row.satisfiedPct), ...row.counts, row.notApplicable],
        }))}
      />
      {bars.length === 0 ? (
        <p>{t('surveys.questions.noMeans')}</p>
      ) : (
        <>
          <h4>{meansTitle}</h4>
          <ChartWithTable
            title={meansTitle}
            table={{
              columns: [t('surveys.questions.col.question'), { label: t('surveys.questions.mean'), numeric: true }],
              rows: bars.map(({ label, value }) => ({ key: label, cells: [label, format.mean(value)] })),
            }}
          >
            <BarChartView title={meansTitle} data={bars} valueName={t('surveys.questions.mean')} />
          </ChartWithTable>
        </>
      )}
      {openAnswers(results).map(({ code, text, answers }) => (
        <section key={code} aria-labelledby={`survey-texts-${roundId}-${code}`} className="survey-texts">
          <h4 id={`survey-texts-${roundId}-${code}`}>{t('surveys.texts.title', { question: text })}</h4>
          {answers === null ? (
            <p>{t('surveys.questions.suppressed', { threshold })}</p>
          ) : answers.length === 0 ? (
            <p>{t('surveys.texts.none')}</p>
          ) : (
            <>
              <p className="muted">{t('surveys.texts.order')}</p>
              <ul className="survey-texts__list">
                {answers.map((answer, index) => (
                  <li key={index}>{answer}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </>
  );
}
