import { mayReviewProgramme, SURVEY_KINDS } from '@officebench/domain';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { NoAccess } from '../../../components/NoAccess';
import { PageFrame } from '../../../components/PageFrame';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { actorOf } from '../../../lib/session/roles';
import { useSessionUser } from '../../../lib/session/useAuth';
import { SURVEY_PROGRAMME_QUERY, type ProgrammeSurveyRound } from '../graphql/survey-programme.query';
import { useSurveyFormat } from '../hooks/useSurveyFormat';
import { officeSurveysPath } from '../utils/paths';
import { roundStates, roundsByYear } from '../utils/rounds';
import { QuestionnaireSection } from './QuestionnaireSection';
import './surveys.css';

/** `/programmes/:programmeId/surveys`: the lead's overview of the offices' surveys and the programme's questionnaires. */
export function ProgrammeSurveysPage() {
  const { t } = useI18n();
  const { programmeId = '' } = useParams();
  const user = useSessionUser();
  if (!mayReviewProgramme(actorOf(user.id, user.roles), programmeId)) {
    return <NoAccess message={t('surveys.programme.forbidden')} />;
  }
  return <ProgrammeSurveysQuery programmeId={programmeId} />;
}

function ProgrammeSurveysQuery({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const result = useQuery(SURVEY_PROGRAMME_QUERY, { variables: { programmeId } });
  return (
    <QueryView result={result}>
      {({ programme, surveyProgramme }) =>
        programme ? (
          <PageFrame title={t('surveys.programme.title')} eyebrow={programme.name} programme={programme}>
            <div className="surveys-page">
              <p>{t('surveys.programme.intro')}</p>
              <Section title={t('surveys.programme.rounds')}>
                <RoundsOverview programmeId={programmeId} rounds={surveyProgramme} />
              </Section>
              {SURVEY_KINDS.map((kind) => (
                <QuestionnaireSection key={kind} programmeId={programmeId} kind={kind} />
              ))}
            </div>
          </PageFrame>
        ) : (
          <>
            <title>{`${t('notFound.title')} – ${t('app.name')}`}</title>
            <PageHeading>{t('notFound.title')}</PageHeading>
          </>
        )
      }
    </QueryView>
  );
}

function RoundsOverview({ programmeId, rounds }: { programmeId: string; rounds: readonly ProgrammeSurveyRound[] }) {
  const { t } = useI18n();
  const format = useSurveyFormat();
  const years = roundsByYear(rounds);
  // One year at a time, the latest first; then the offices by name.
  const [chosen, choose] = useState(years[0]?.periodLabel ?? '');
  if (rounds.length === 0) return <p>{t('surveys.programme.noRounds')}</p>;
  const inYear = years.find(({ periodLabel }) => periodLabel === chosen)?.rounds ?? years[0].rounds;
  const ordered = [...inYear].sort((a, b) => a.officeName.localeCompare(b.officeName, 'pl') || a.kind.localeCompare(b.kind));
  return (
    <>
      <SelectField
        id="survey-overview-year"
        label={t('surveys.programme.col.year')}
        value={chosen}
        options={years.map(({ periodLabel }) => ({ value: periodLabel, label: periodLabel }))}
        onChange={choose}
      />
      <p>{t('surveys.programme.summary', roundStates(ordered))}</p>
      <DataTable
        caption={t('surveys.programme.rounds')}
        columns={[
          t('surveys.programme.col.office'),
          t('surveys.programme.col.kind'),
          t('surveys.programme.col.year'),
          t('surveys.programme.col.state'),
          { label: t('surveys.programme.col.responses'), numeric: true },
          { label: t('surveys.programme.col.satisfied'), numeric: true },
        ]}
        rows={ordered.map((round) => ({
          key: round.id,
          cells: [
            <Link key="office" to={officeSurveysPath(programmeId, round.officeId)}>
              {round.officeName}
            </Link>,
            t(`surveys.roundTitle.${round.kind}`),
            round.periodLabel,
            t(`surveys.state.${round.state}`),
            round.responses,
            round.satisfiedPct == null ? '–' : format.percent(round.satisfiedPct),
          ],
        }))}
      />
    </>
  );
}
