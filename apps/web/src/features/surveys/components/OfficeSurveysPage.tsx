import { mayReadOfficeData } from '@officebench/domain';
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { actorOf } from '../../../lib/session/roles';
import { useSessionUser } from '../../../lib/session/useAuth';
import { SURVEY_OFFICE_QUERY, type SurveyOffice, type SurveyRound } from '../graphql/survey-office.query';
import { usePrintTarget } from '../hooks/usePrintTarget';
import { changedRounds, hasOpenRound, responseCounts, roundsByYear } from '../utils/rounds';
import { OpenRounds } from './OpenRounds';
import { RoundCard } from './RoundCard';
import './surveys.css';

/** How often the counts of open rounds are asked again. */
const LIVE_INTERVAL_MS = 20_000;

/** `/programmes/:programmeId/offices/:officeId/surveys`: the office's satisfaction surveys; its coordinator runs them. */
export function OfficeSurveysPage() {
  const { t } = useI18n();
  const { programmeId = '', officeId = '' } = useParams();
  const user = useSessionUser();
  if (!mayReadOfficeData(actorOf(user.id, user.roles), programmeId, officeId)) {
    return <NoAccess message={t('surveys.office.forbidden')} />;
  }
  return <OfficeSurveysQuery programmeId={programmeId} officeId={officeId} />;
}

function OfficeSurveysQuery({ programmeId, officeId }: { programmeId: string; officeId: string }) {
  const [live, setLive] = useState(false);
  const result = useQuery(SURVEY_OFFICE_QUERY, {
    variables: { programmeId, officeId },
    pollInterval: live ? LIVE_INTERVAL_MS : 0,
    notifyOnNetworkStatusChange: false,
  });
  const rounds = result.data?.surveyOffice.rounds;
  useEffect(() => setLive(rounds !== undefined && hasOpenRound(rounds)), [rounds]);
  return (
    <QueryView result={result} keepDataOnError>
      {({ surveyOffice }) => <OfficeSurveys office={surveyOffice} reload={result.refetch} />}
    </QueryView>
  );
}

/** The polite announcement of counts that changed since the page last read them. */
function useLiveAnnouncement(rounds: readonly SurveyRound[]): string {
  const { t } = useI18n();
  const seen = useRef<ReadonlyMap<string, number>>(responseCounts(rounds));
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const changed = changedRounds(seen.current, rounds);
    seen.current = responseCounts(rounds);
    if (changed.length === 0) return;
    setAnnouncement(
      changed
        .map((round) =>
          t('surveys.live.changed', {
            title: t(`surveys.roundTitle.${round.kind}`),
            period: round.periodLabel,
            responses: t('surveys.responses', { count: round.responses }),
          }),
        )
        .join(' '),
    );
  }, [rounds, t]);
  return announcement;
}

/** An earlier year's rounds, folded under its heading until asked for. */
function EarlierYear({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section">
      <details className="surveys-year">
        <summary>
          <h2 id={headingId}>{title}</h2>
        </summary>
        {children}
      </details>
    </section>
  );
}

function OfficeSurveys({ office, reload }: { office: SurveyOffice; reload: () => Promise<unknown> }) {
  const { t } = useI18n();
  const announcement = useLiveAnnouncement(office.rounds);
  const [printing, print] = usePrintTarget<string>();
  const years = roundsByYear(office.rounds);
  return (
    <div className="surveys-page" data-print={printing ?? undefined}>
      <title>{`${t('surveys.office.title')} – ${office.officeName} – ${t('app.name')}`}</title>
      <p className="eyebrow">{office.officeName}</p>
      <PageHeading>{t('surveys.office.title')}</PageHeading>
      <p>{t('surveys.office.intro')}</p>
      {!office.mayManage && <p className="read-only-note">{t('surveys.office.readOnly')}</p>}
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {hasOpenRound(office.rounds) && <p className="muted">{t('surveys.live.refresh')}</p>}
      {office.rounds.length === 0 && office.openable.length === 0 && <p>{t('surveys.office.nothing')}</p>}
      {office.mayManage && office.openable.length > 0 && (
        <Section title={t('surveys.open.title')}>
          <OpenRounds office={office} />
        </Section>
      )}
      {office.rounds.length === 0 && office.openable.length > 0 && <p>{t('surveys.office.none')}</p>}
      {years.map(({ periodLabel, rounds }, index) => {
        const cards = rounds.map((round) => (
          <RoundCard key={round.id} round={round} officeName={office.officeName} reload={reload} printing={printing} print={print} />
        ));
        const title = t('surveys.year', { period: periodLabel });
        // The latest year open; earlier years folded, so that the page stays short.
        return index === 0 ? (
          <Section key={periodLabel} title={title}>
            {cards}
          </Section>
        ) : (
          <EarlierYear key={periodLabel} title={title}>
            {cards}
          </EarlierYear>
        );
      })}
    </div>
  );
}
