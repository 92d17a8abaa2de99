import { mayReadOfficeData, mayReviewProgramme } from '@officebench/domain';
import { lazy, Suspense, useEffect, useRef, type ElementType } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { LoadingState } from '../../../components/LoadingState';
import { PageFrame } from '../../../components/PageFrame';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { chosenId, comparisonPeriods, defaultComparisonPeriod } from '../../../lib/periods';
import { comparisonPath, officeReportsPath } from '../../../lib/paths';
import { actorOf } from '../../../lib/session/roles';
import { useSessionUser } from '../../../lib/session/useAuth';
import type { ComparisonIndicator, ComparisonProgramme } from '../graphql/comparison-programme.query';
import { useBenchmark } from '../hooks/useBenchmark';
import { useComparisonProgramme } from '../hooks/useComparisonProgramme';
import { fromIndicatorOf, PARAMS, searchWith, viewOf } from '../utils/navigation';
import { defaultPeerGroupId } from '../utils/scorecard';
import { detailLinkId, ScorecardTable } from './ScorecardTable';
import '../../../components/benchmark.css';
import './comparison.css';
import { useAddressChoice } from '../../../hooks/useAddressChoice';
import { NoAccess } from '../../../components/NoAccess';

/** A section about one office that the page shows, given by the route (app/router.tsx); it may be lazy. */
export type OfficeSection = ElementType<{ programmeId: string; officeId: string }>;

interface ComparisonPageProps {
  /** The office's progress to the programme's targets (the targets feature's section). */
  progressSection: OfficeSection;
}

// The detail and the print view draw charts: they (and Recharts) load only when opened.
const IndicatorDetailView = lazy(async () => ({ default: (await import('./IndicatorDetailView')).IndicatorDetailView }));
const PrintView = lazy(async () => ({ default: (await import('./PrintView')).PrintView }));

/** `/programmes/:programmeId/offices/:officeId/comparison`: where the office stands among anonymised peer statistics. */
export function ComparisonPage({ progressSection }: ComparisonPageProps) {
  const t = useT();
  const { programmeId = '', officeId = '' } = useParams();
  const user = useSessionUser();
  if (!mayReadOfficeData(actorOf(user.id, user.roles), programmeId, officeId)) {
    return <NoAccess message={t('comparison.forbidden')} />;
  }
  return <Comparison programmeId={programmeId} officeId={officeId} progressSection={progressSection} />;
}

function Comparison({ programmeId, officeId, progressSection }: { programmeId: string; officeId: string } & ComparisonPageProps) {
  const t = useT();
  const result = useComparisonProgramme(programmeId);
  return (
    <QueryView result={result}>
      {({ programme }) => {
        const office = programme?.offices.find(({ id }) => id === officeId);
        if (programme && office) return <ComparisonView programme={programme} office={office} progressSection={progressSection} />;
        return (
          <>
            <title>{`${t('notFound.title')} – ${t('app.name')}`}</title>
            <PageHeading>{t('notFound.title')}</PageHeading>
            <p>{t('myOffice.notFound')}</p>
          </>
        );
      }}
    </QueryView>
  );
}

function ComparisonView({
  programme,
  office,
  progressSection: ProgressSection,
}: { programme: ComparisonProgramme; office: { id: string; name: string } } & ComparisonPageProps) {
  const t = useT();
  const user = useSessionUser();
  const navigate = useNavigate();
  // The choices are in the address, so that a reload or a shared link shows the same view.
  const [searchParams] = useSearchParams();
  const periods = comparisonPeriods(programme.periods);
  const periodId = chosenId(
    periods.map(({ id }) => id),
    searchParams.get(PARAMS.period),
    defaultComparisonPeriod(programme.periods)?.id,
  );
  const period = periods.find(({ id }) => id === periodId);
  const groupId = chosenId(
    programme.peerGroups.map(({ id }) => id),
    searchParams.get(PARAMS.group),
    defaultPeerGroupId(programme.peerGroups, office.id) ?? undefined,
  );
  const peerGroup = programme.peerGroups.find(({ id }) => id === groupId);
  const indicator = programme.indicators.find(({ code }) => code === searchParams.get(PARAMS.indicator)) ?? null;
  const view = viewOf(searchParams.get(PARAMS.view));
  const isLead = mayReviewProgramme(actorOf(user.id, user.roles), programme.id);
  const released = period?.releasedAt != null;
  const overviewHref = searchWith(searchParams, { indicator: null, view: null }) || '?';

  const choose = useAddressChoice();

  const shown = { programmeId: programme.id, officeId: office.id, periodId, released, overviewHref };
  return (
    <PageFrame title={t('comparison.title')} eyebrow={office.name} programme={programme}>
      <div className="comparison-page">
        <p>{t('comparison.introShort')}</p>
        {periods.length === 0 || !peerGroup ? (
          <p>{t('comparison.noPeriods')}</p>
        ) : (
          <>
            <div className="filter-bar">
              {isLead && (
                <SelectField
                  id="comparison-office"
                  label={t('comparison.office')}
                  value={office.id}
                  options={programme.offices.map(({ id, name }) => ({ value: id, label: name }))}
                  onChange={(id) => navigate({ pathname: comparisonPath(programme.id, id), search: searchParams.toString() })}
                />
              )}
              <SelectField
                id="comparison-period"
                label={t('comparison.periodFilter')}
                value={periodId}
                options={periods.map(({ id, label, releasedAt }) => ({
                  value: id,
                  label: releasedAt ? label : t('comparison.periodUnreleased', { label }),
                }))}
                onChange={(id) => choose(PARAMS.period, id)}
              />
              <SelectField
                id="comparison-group"
                label={t('comparison.peerGroupFilter')}
                value={peerGroup.id}
                options={programme.peerGroups.map(({ id, name }) => ({ value: id, label: name }))}
                onChange={(id) => choose(PARAMS.group, id)}
              />
            </div>
            <Suspense fallback={<LoadingState />}>
              {view === 'all' ? (
                <PrintView
                  {...shown}
                  periodLabel={period?.label ?? ''}
                  peerGroup={peerGroup}
                  indicators={programme.indicators}
                  progressSection={ProgressSection}
                />
              ) : view === 'targets' ? (
                <TargetsView {...shown} progressSection={ProgressSection} />
              ) : indicator ? (
                <IndicatorDetailView {...shown} peerGroup={peerGroup} indicator={indicator} />
              ) : (
                <Overview
                  {...shown}
                  peerGroup={peerGroup}
                  periodLabel={period?.label ?? ''}
                  indicators={programme.indicators}
                  detailHref={(code) => searchWith(searchParams, { indicator: code, view: null })}
                  moreHref={(name) => searchWith(searchParams, { indicator: null, view: name })}
                />
              )}
            </Suspense>
          </>
        )}
      </div>
    </PageFrame>
  );
}

interface OverviewProps {
  programmeId: string;
  officeId: string;
  periodId: string;
  periodLabel: string;
  peerGroup: { id: string; name: string };
  indicators: readonly ComparisonIndicator[];
  detailHref: (indicatorCode: string) => string;
  moreHref: (view: 'all' | 'targets') => string;
}

/** The first screen: one peer group's cells (one request), every indicator in one table, and the ways on. */
function Overview({ programmeId, officeId, periodId, periodLabel, peerGroup, indicators, detailHref, moreHref }: OverviewProps) {
  const t = useT();
  const location = useLocation();
  const result = useBenchmark({ programmeId, periodId, officeId, peerGroupId: peerGroup.id });
  const fromIndicator = fromIndicatorOf(location.state);
  const loaded = result.data !== undefined;
  useEffect(() => {
    // Back from an indicator's detail: the focus returns to its link.
    if (loaded && fromIndicator) document.getElementById(detailLinkId(fromIndicator))?.focus();
  }, [loaded, fromIndicator]);
  return (
    <>
      <nav aria-label={t('comparison.more')} className="no-print">
        <ul className="comparison-choices">
          <li>
            <Link to={moreHref('targets')}>{t('comparison.targetsLink')}</Link>
          </li>
          <li>
            <Link to={moreHref('all')}>{t('comparison.printLink')}</Link>
          </li>
          <li>
            <Link to={officeReportsPath(programmeId, officeId)}>{t('nav.reports')}</Link>
          </li>
        </ul>
      </nav>
      <Section title={t('comparison.overviewTitle', { group: peerGroup.name })}>
        <QueryView result={result}>
          {({ benchmark }) => (
            <ScorecardTable
              indicators={indicators}
              cells={benchmark}
              caption={t('comparison.overviewCaption', { group: peerGroup.name, period: periodLabel })}
              detailHref={detailHref}
            />
          )}
        </QueryView>
      </Section>
    </>
  );
}

/** `?view=targets`: the office's progress to the programme's targets, with the way back. */
function TargetsView({
  programmeId,
  officeId,
  overviewHref,
  progressSection: ProgressSection,
}: {
  programmeId: string;
  officeId: string;
  overviewHref: string;
  progressSection: OfficeSection;
}) {
  const t = useT();
  const back = useRef<HTMLAnchorElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <>
      <p className="comparison-back no-print">
        <Link ref={back} to={overviewHref}>
          <span aria-hidden="true">← </span>
          {t('comparison.backToOverview')}
        </Link>
      </p>
      <ProgressSection programmeId={programmeId} officeId={officeId} />
    </>
  );
}
