import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { CAF_CYCLE_QUERY, type CafCycle } from '../graphql/caf-cycle.query';
import { cafOfficePath } from '../utils/paths';
import { CloseCycle } from './CloseCycle';
import { ConsensusForm } from './ConsensusForm';
import { CycleResult, RadarSection } from './CycleResult';
import { GroupSection } from './GroupSection';
import { ImprovementPlan } from './ImprovementPlan';
import { ScoringForm } from './ScoringForm';
import './caf.css';

interface CafCyclePageProps {
  /** The good-practice search of a criterion (from an area for improvement). */
  practicesPath: (criterion: number) => string;
}

const STATES = ['SCORING', 'CONSENSUS', 'CLOSED'] as const;

/** `/programmes/:programmeId/offices/:officeId/caf/:cycleId`: one self-assessment, by its state. */
export function CafCyclePage({ practicesPath }: CafCyclePageProps) {
  const t = useT();
  const { cycleId = '' } = useParams();
  const result = useQuery(CAF_CYCLE_QUERY, { variables: { id: cycleId } });
  return (
    <QueryView result={result}>
      {({ cafCycle }) =>
        cafCycle ? (
          <Cycle cycle={cafCycle} reload={() => result.refetch()} practicesPath={practicesPath} />
        ) : (
          <>
            <title>{`${t('caf.cycle.notFound')} – ${t('app.name')}`}</title>
            <PageHeading>{t('caf.cycle.notFound')}</PageHeading>
          </>
        )
      }
    </QueryView>
  );
}

function Cycle({ cycle, reload, practicesPath }: { cycle: CafCycle; reload: () => Promise<unknown> } & CafCyclePageProps) {
  const t = useT();
  const title = t('caf.cycle.title', { period: cycle.periodLabel, office: cycle.officeName });
  return (
    <>
      <title>{`${title} – ${t('app.name')}`}</title>
      <p className="caf-back">
        <Link to={cafOfficePath(cycle.programmeId, cycle.officeId)}>{t('caf.cycle.back', { office: cycle.officeName })}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <ol className="caf-states" aria-label={t('caf.cycle.stages')}>
        {STATES.map((state) => (
          <li key={state} aria-current={state === cycle.state ? 'step' : undefined}>
            {t(`caf.state.${state}`)}
          </li>
        ))}
      </ol>
      <p>{t(`caf.cycle.about.${cycle.state}`)}</p>
      {cycle.state === 'SCORING' && (
        <>
          <Section title={t('caf.group.title')}>
            <GroupSection cycle={cycle} reload={reload} />
          </Section>
          {cycle.mayScore && (
            <Section title={t('caf.scoring.title')}>
              <p>{t('caf.scoring.intro')}</p>
              <ScoringForm cycle={cycle} />
            </Section>
          )}
        </>
      )}
      {cycle.state === 'CONSENSUS' && (
        <>
          <Section title={t('caf.consensus.title')}>
            <p>{t(cycle.mayAgree ? 'caf.consensus.intro' : 'caf.consensus.readOnly')}</p>
            <ConsensusForm cycle={cycle} reload={reload} />
          </Section>
          {cycle.mayManage && (
            <Section title={t('caf.close.title')}>
              <CloseCycle cycle={cycle} reload={reload} />
            </Section>
          )}
        </>
      )}
      {cycle.state === 'CLOSED' && (
        <>
          <Section title={t('caf.result.title')}>
            <CycleResult cycle={cycle} />
          </Section>
          <Section title={t('caf.radar.section')}>
            <RadarSection cycleId={cycle.id} />
          </Section>
          <Section title={t('caf.plan.section')}>
            <ImprovementPlan cycle={cycle} practicesPath={practicesPath} />
          </Section>
        </>
      )}
    </>
  );
}
