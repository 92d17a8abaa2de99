import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import type { SurveyRound } from '../graphql/survey-office.query';
import { useSurveyFormat } from '../hooks/useSurveyFormat';
import { yearSubmissionPath } from '../utils/paths';
import { CloseRound } from './CloseRound';
import { Invitations } from './Invitations';
import { PeerComparison } from './PeerComparison';
import { PublicLink } from './PublicLink';
import { QuestionResults } from './QuestionResults';

export interface RoundCardProps {
  round: SurveyRound;
  officeName: string;
  reload: () => Promise<unknown>;
  /** The part of the page a print shows, and the way to print one. */
  printing: string | null;
  print: (target: string) => void;
}

/** One round: its state and counts; open, what the coordinator hands out and the closing; closed, its results. */
export function RoundCard({ round, officeName, reload, printing, print }: RoundCardProps) {
  const { t, language } = useI18n();
  const format = useSurveyFormat();
  const open = round.state === 'OPEN';
  const headingId = `survey-round-${round.id}`;
  return (
    <article className="survey-round" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t(`surveys.roundTitle.${round.kind}`)}
      </h3>
      <dl className="facts">
        <dt>{t('surveys.state')}</dt>
        <dd>{t(`surveys.state.${round.state}`)}</dd>
        <dt>{t('surveys.openedOn')}</dt>
        <dd>{formatCalendarDate(round.openedOn, language)}</dd>
        {round.closedOn && (
          <>
            <dt>{t('surveys.closedOn')}</dt>
            <dd>{formatCalendarDate(round.closedOn, language)}</dd>
          </>
        )}
        <dt>{t('surveys.responsesLabel')}</dt>
        <dd className="survey-round__responses">{t('surveys.responses', { count: round.responses })}</dd>
        {round.kind === 'EMPLOYEE' && (
          <>
            <dt>{t('surveys.invited')}</dt>
            <dd>{round.invited ?? 0}</dd>
            <dt>{t('surveys.responseRate')}</dt>
            <dd>{round.responseRatePct == null ? '–' : format.percent(round.responseRatePct)}</dd>
          </>
        )}
      </dl>
      {open ? (
        <>
          <p>{t('surveys.threshold', { threshold: round.threshold })}</p>
          {round.publicPath && (
            <PublicLink
              path={round.publicPath}
              officeName={officeName}
              kind={round.kind}
              printing={printing === `poster-${round.id}`}
              print={() => print(`poster-${round.id}`)}
            />
          )}
          {round.kind === 'EMPLOYEE' && round.mayManage && (
            <Invitations round={round} printing={printing === `links-${round.id}`} print={() => print(`links-${round.id}`)} />
          )}
          {round.mayManage && <CloseRound round={round} reload={reload} />}
        </>
      ) : (
        <ClosedRound round={round} />
      )}
    </article>
  );
}

function ClosedRound({ round }: { round: SurveyRound }) {
  const { t } = useI18n();
  const format = useSurveyFormat();
  return (
    <>
      <h4>{t('surveys.result.title')}</h4>
      <dl className="facts">
        <dt>{t('surveys.result.respondents')}</dt>
        <dd>{round.respondents ?? 0}</dd>
        <dt>{t('surveys.result.satisfied')}</dt>
        <dd>{round.satisfied ?? 0}</dd>
        <dt>{t('surveys.result.satisfiedPct')}</dt>
        <dd className="survey-round__indicator">
          {round.satisfiedPct == null ? t('surveys.result.none') : format.percent(round.satisfiedPct)}
        </dd>
        <dt>{t('surveys.result.submission')}</dt>
        <dd>
          {round.submissionStatus ? (
            <>
              {t(`submissionStatus.${round.submissionStatus}`)}
              {' – '}
              <Link to={yearSubmissionPath(round.programmeId, round.officeId, round.periodId)}>
                {t('surveys.result.submissionLink', { period: round.periodLabel })}
              </Link>
            </>
          ) : (
            t('surveys.result.noSubmission')
          )}
        </dd>
      </dl>
      {round.results ? (
        <>
          <QuestionResults roundId={round.id} results={round.results} threshold={round.threshold} />
          <PeerComparison roundId={round.id} results={round.results} />
        </>
      ) : (
        <p className="muted">{t('surveys.questions.notShown')}</p>
      )}
    </>
  );
}
