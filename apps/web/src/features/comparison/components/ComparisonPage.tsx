import { mayReadOfficeData, mayReviewProgramme } from '@officebench/domain';
import type { ComponentType } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { PageHeading } from '../../../components/PageHeading';
import { SelectField } from '../../../components/SelectField';
import { useSessionUser } from '../../../lib/session/useAuth';
import { actorOf } from '../../../lib/session/roles';
import type { BenchmarkProgramme } from '../../../lib/graphql/benchmark-programme.query';
import { useBenchmarkProgramme } from '../../../hooks/useBenchmarkProgramme';
import { chosenId, comparisonPeriods, defaultComparisonPeriod } from '../../../lib/periods';
import { comparisonPath } from '../../../lib/paths';
import { BenchmarkResults } from './BenchmarkResults';
import { PageFrame } from '../../../components/PageFrame';
import { PeerPracticesPanel } from './PeerPracticesPanel';
import { QueryView } from '../../../components/QueryView';
import '../../../components/benchmark.css';

/** A section about one office that the page shows under the comparison, given by the route (app/router.tsx). */
export type OfficeSection = ComponentType<{ programmeId: string; officeId: string }>;

interface ComparisonPageProps {
  /** The office's progress to the programme's targets (the targets feature's section). */
  progressSection: OfficeSection;
}

/** `/programmes/:programmeId/offices/:officeId/comparison`: the office against anonymised peer statistics. */
export function ComparisonPage({ progressSection }: ComparisonPageProps) {
  const t = useT();
  const { programmeId = '', officeId = '' } = useParams();
  const user = useSessionUser();
  if (!mayReadOfficeData(actorOf(user.id, user.roles), programmeId, officeId)) {
    return (
      <>
        <title>{`${t('accounts.forbiddenTitle')} – ${t('app.name')}`}</title>
        <PageHeading>{t('accounts.forbiddenTitle')}</PageHeading>
        <p>{t('comparison.forbidden')}</p>
      </>
    );
  }
  return <Comparison programmeId={programmeId} officeId={officeId} progressSection={progressSection} />;
}

function Comparison({ programmeId, officeId, progressSection }: { programmeId: string; officeId: string } & ComparisonPageProps) {
  const t = useT();
  const result = useBenchmarkProgramme(programmeId);
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

const PERIOD = 'period';
const GROUP = 'group';
const TREND = 'trend';

function ComparisonView({
  programme,
  office,
  progressSection: ProgressSection,
}: { programme: BenchmarkProgramme; office: { id: string; name: string } } & ComparisonPageProps) {
  const t = useT();
  const user = useSessionUser();
  const navigate = useNavigate();
  // The choices are in the address, so that a reload or a shared link shows the same view.
  const [searchParams, setSearchParams] = useSearchParams();
  const periods = comparisonPeriods(programme.periods);
  const periodId = chosenId(
    periods.map(({ id }) => id),
    searchParams.get(PERIOD),
    defaultComparisonPeriod(programme.periods)?.id,
  );
  const peerGroup = programme.peerGroups.find(({ id }) => id === searchParams.get(GROUP)) ?? null;
  const trendCode = searchParams.get(TREND);
  const isLead = mayReviewProgramme(actorOf(user.id, user.roles), programme.id);

  const choose = (name: string, value: string | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <PageFrame title={t('comparison.title')} eyebrow={office.name} programme={programme}>
      <p>{t('comparison.intro')}</p>
      {periods.length === 0 ? (
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
              onChange={(id) => choose(PERIOD, id)}
            />
            <SelectField
              id="comparison-group"
              label={t('comparison.peerGroupFilter')}
              value={peerGroup?.id ?? ''}
              placeholder={t('comparison.allGroups')}
              options={programme.peerGroups.map(({ id, name }) => ({ value: id, label: name }))}
              onChange={(id) => choose(GROUP, id)}
            />
          </div>
          <BenchmarkResults
            programmeId={programme.id}
            officeId={office.id}
            periodId={periodId}
            indicators={programme.indicators}
            peerGroup={peerGroup}
            trendCode={trendCode}
            onToggleTrend={(code) => choose(TREND, trendCode === code ? null : code)}
          />
          <PeerPracticesPanel
            programmeId={programme.id}
            periodId={periodId}
            officeId={office.id}
            peerGroupId={peerGroup?.id ?? null}
            released={periods.some(({ id, releasedAt }) => id === periodId && releasedAt !== null)}
          />
        </>
      )}
      <ProgressSection programmeId={programme.id} officeId={office.id} />
    </PageFrame>
  );
}
