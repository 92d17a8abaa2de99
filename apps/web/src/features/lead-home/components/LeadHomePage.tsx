import { mayReviewProgramme } from '@officebench/domain';
import type { ComponentType, ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import { DataTable, type DataTableProps } from '../../../components/DataTable';
import { PageFrame } from '../../../components/PageFrame';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { indicatorName } from '../../../lib/indicator-format';
import { actorOf } from '../../../lib/session/roles';
import { useSessionUser } from '../../../lib/session/useAuth';
import type { LeadHome } from '../graphql/lead-home.query';
import { useLeadHome } from '../hooks/useLeadHome';
import { deadlineText, deadlineWhen } from '../../../lib/deadline';
import { COMPLETENESS_FIGURES, handedIn, homePaths, shareOnTrack } from '../utils/lead-home';
import './lead-home.css';

type Paths = ReturnType<typeof homePaths>;

/** At most this many periods to lock or publish are listed; the rest are in the settings. */
const PERIODS_LISTED = 3;

/**
 * `/programmes/:programmeId` for the programme's lead: the current period, what waits for the lead,
 * the targets, where offices differ most and the newest practices, each figure a link to its page.
 * Anyone else sees `otherwise` (the programme overview), composed at the route.
 */
export function LeadHomePage({ otherwise: Otherwise }: { otherwise: ComponentType }) {
  const { programmeId = '' } = useParams();
  const user = useSessionUser();
  if (!mayReviewProgramme(actorOf(user.id, user.roles), programmeId)) return <Otherwise />;
  return <LeadHomeQueryView programmeId={programmeId} />;
}

function LeadHomeQueryView({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const result = useLeadHome(programmeId);
  return (
    <QueryView result={result}>
      {({ programme, leadHome }) => (
        <PageFrame title={t('leadHome.title')} eyebrow={programme?.name ?? ''} programme={programme ?? { name: '', isDemo: false }}>
          <LeadHomeView home={leadHome} offices={programme?.offices.length ?? 0} paths={homePaths(programmeId)} />
        </PageFrame>
      )}
    </QueryView>
  );
}

/** A link whose visible text is completed, for screen readers, by what it is about. */
function FigureLink({ to, context, children }: { to: string; context?: string; children: ReactNode }) {
  return (
    <Link to={to}>
      {children}
      {context && <span className="visually-hidden">{context}</span>}
    </Link>
  );
}

function LeadHomeView({ home, offices, paths }: { home: LeadHome; offices: number; paths: Paths }) {
  const { t } = useI18n();
  return (
    <div className="lead-home">
      <p className="lead-home__about">
        <Link to={paths.about}>{t('leadHome.about', { count: offices })}</Link>
        <Link to={paths.reports}>{t('nav.reports')}</Link>
      </p>
      <div className="lead-home__current">
        <CurrentPeriod home={home} paths={paths} />
      </div>
      <div className="lead-home__waiting">
        <Waiting waiting={home.waiting} paths={paths} />
      </div>
      <div className="lead-home__practices">
        <Practices practices={home.newestPractices} paths={paths} />
      </div>
      <div className="lead-home__targets">
        <Targets targets={home.targets} paths={paths} />
      </div>
      <div className="lead-home__spread">
        <Spread spread={home.spread} paths={paths} />
      </div>
    </div>
  );
}

function CurrentPeriod({ home, paths }: { home: LeadHome; paths: Paths }) {
  const { t, language } = useI18n();
  const { currentPeriod: period, completeness, daysToDeadline } = home;
  if (!period || !completeness || daysToDeadline === null) {
    return (
      <Section title={t('leadHome.title')}>
        <p>{t('leadHome.period.none')}</p>
      </Section>
    );
  }
  const inPeriod = t('leadHome.inPeriod', { label: period.label });
  return (
    <Section title={t('leadHome.period.title', { label: period.label })}>
      <p className={`lead-home__deadline lead-home__deadline--${deadlineWhen(daysToDeadline).when.toLowerCase()}`}>
        {deadlineText(daysToDeadline, formatCalendarDate(period.deadline, language), t)}
      </p>
      <p className="lead-home__big">
        <FigureLink to={paths.completeness(period.id)} context={inPeriod}>
          {t('leadHome.handedIn', { count: handedIn(completeness), offices: completeness.offices })}
        </FigureLink>
      </p>
      <meter className="lead-home__meter" min={0} max={completeness.offices} value={handedIn(completeness)} aria-hidden="true" />
      <ul className="lead-home__figures">
        {COMPLETENESS_FIGURES.map((figure) => (
          <li key={figure}>
            <FigureLink to={figure === 'submitted' ? paths.review(period.id) : paths.completeness(period.id)} context={inPeriod}>
              {t(`leadHome.figure.${figure}`, { count: completeness[figure] })}
            </FigureLink>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Waiting({ waiting, paths }: { waiting: LeadHome['waiting']; paths: Paths }) {
  const { t } = useI18n();
  const nothing = waiting.submissionsToReview === 0 && waiting.periodsToLock.length === 0 && waiting.periodsToPublish.length === 0;
  return (
    <Section title={t('leadHome.waiting.title')}>
      {nothing ? (
        <p>{t('leadHome.waiting.none')}</p>
      ) : (
        <>
          {waiting.submissionsToReview > 0 && (
            <p className="lead-home__big">
              <Link to={paths.review()}>{t('leadHome.waiting.review', { count: waiting.submissionsToReview })}</Link>
            </p>
          )}
          <PeriodList
            title={t('leadHome.waiting.lockTitle', { count: waiting.periodsToLock.length })}
            periods={waiting.periodsToLock}
            link={({ label }) => ({ to: paths.periodSettings, text: t('leadHome.waiting.lock', { label }) })}
            paths={paths}
          />
          <PeriodList
            title={t('leadHome.waiting.publishTitle', { count: waiting.periodsToPublish.length })}
            periods={waiting.periodsToPublish}
            link={({ id, label }) => ({ to: paths.publish(id), text: t('leadHome.waiting.publish', { label }) })}
            paths={paths}
          />
        </>
      )}
    </Section>
  );
}

function PeriodList({
  title,
  periods,
  link,
  paths,
}: {
  title: string;
  periods: ReadonlyArray<{ id: string; label: string }>;
  link: (period: { id: string; label: string }) => { to: string; text: string };
  paths: Paths;
}) {
  const { t } = useI18n();
  if (periods.length === 0) return null;
  // The most recent first: the period the lead is most likely about to close.
  const listed = [...periods].reverse().slice(0, PERIODS_LISTED);
  return (
    <div className="lead-home__group">
      <p className="lead-home__group-title">{title}</p>
      <ul className="lead-home__links">
        {listed.map((period) => {
          const { to, text } = link(period);
          return (
            <li key={period.id}>
              <Link to={to}>{text}</Link>
            </li>
          );
        })}
        {periods.length > listed.length && (
          <li>
            <Link to={paths.periodSettings}>{t('leadHome.waiting.more', { count: periods.length - listed.length })}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}

/** A card with a table, or a sentence when it has no rows. */
function TableSection({
  title,
  none,
  intro,
  table,
}: {
  title: string;
  none: string;
  intro?: string;
  table: Omit<DataTableProps, 'caption'>;
}) {
  return (
    <Section title={title}>
      {table.rows.length === 0 ? (
        <p>{none}</p>
      ) : (
        <>
          {intro && <p className="lead-home__note">{intro}</p>}
          {/* No "Pobierz CSV" here: the home's tables summarise, with links to the pages whose tables and charts offer the
              downloads, and the home stays one screen at 1366x900. */}
          <DataTable caption={title} {...table} downloadable={false} />
        </>
      )}
    </Section>
  );
}

function Targets({ targets, paths }: { targets: LeadHome['targets']; paths: Paths }) {
  const { t, language } = useI18n();
  return (
    <TableSection
      title={t('leadHome.targets.title')}
      none={t('leadHome.targets.none')}
      table={{
        columns: [t('leadHome.targets.indicator'), { label: t('leadHome.targets.onTrack'), numeric: true }],
        rows: targets.map((summary) => {
          const share = shareOnTrack(summary);
          return {
            key: summary.target.id,
            cells: [
              <FigureLink key="indicator" to={paths.targets} context={t('leadHome.targets.linkContext')}>
                {indicatorName(summary.target.indicator, language)}
              </FigureLink>,
              share === null ? (
                t('leadHome.targets.noData')
              ) : (
                <span key="share" className="lead-home__share">
                  {t('leadHome.targets.share', { share, onTrack: summary.officesOnTrack, withData: summary.officesWithData })}
                  <meter className="lead-home__meter" min={0} max={1} value={share} aria-hidden="true" />
                </span>
              ),
            ],
          };
        }),
      }}
    />
  );
}

function Spread({ spread, paths }: { spread: LeadHome['spread']; paths: Paths }) {
  const { t, language } = useI18n();
  return (
    <TableSection
      title={t('leadHome.spread.title')}
      none={t('leadHome.spread.none')}
      intro={t('leadHome.spread.intro')}
      table={{
        columns: [
          t('leadHome.spread.indicator'),
          t('leadHome.spread.period'),
          { label: t('leadHome.spread.measure'), numeric: true },
          { label: t('leadHome.spread.offices'), numeric: true },
        ],
        rows: spread.map((row) => ({
          key: row.indicator.code,
          cells: [
            <FigureLink
              key="indicator"
              to={paths.distribution(row.period.id, row.indicator.code)}
              context={t('leadHome.spread.linkContext', { label: row.period.label })}
            >
              {indicatorName(row.indicator, language)}
            </FigureLink>,
            row.period.label,
            t('leadHome.spread.value', { value: row.relativeSpread }),
            row.offices,
          ],
        })),
      }}
    />
  );
}

function Practices({ practices, paths }: { practices: LeadHome['newestPractices']; paths: Paths }) {
  const { t, language } = useI18n();
  return (
    <Section title={t('leadHome.practices.title')}>
      {practices.length === 0 ? (
        <p>{t('leadHome.practices.none')}</p>
      ) : (
        <ul className="lead-home__practice-list">
          {practices.map((practice) => (
            <li key={practice.id}>
              <Link to={paths.practice(practice.id)}>{practice.title}</Link>
              <span className="lead-home__byline">
                {/* A practice written up from sources was never published here: its year, not the day it was loaded. */}
                {practice.fromSources
                  ? practice.year === null
                    ? practice.office.name
                    : t('leadHome.practices.bylineYear', { office: practice.office.name, year: String(practice.year) })
                  : t('leadHome.practices.byline', {
                      office: practice.office.name,
                      date: practice.publishedAt ? formatCalendarDate(practice.publishedAt, language) : '',
                    })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={paths.practices}>{t('leadHome.practices.all')}</Link>
      </p>
    </Section>
  );
}
