import { useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { useProgrammeOverview } from '../hooks/useProgrammeOverview';
import { OfficesByKindChart } from './OfficesByKindChart';
import { OfficesTable } from './OfficesTable';
import { ProgrammeFacts } from './ProgrammeFacts';

export function ProgrammeOverviewPage() {
  const t = useT();
  const { programmeId = '' } = useParams();
  const { data, loading, error, refetch } = useProgrammeOverview(programmeId);

  if (loading && !data) return <LoadingState />;
  if (error || !data) return <ErrorState onRetry={refetch} error={error} />;
  const { programme } = data;
  if (!programme) {
    return (
      <>
        <PageHeading>{t('notFound.title')}</PageHeading>
        <p>{t('programme.notFound')}</p>
      </>
    );
  }

  return (
    <>
      <title>{`${programme.name} – ${t('app.name')}`}</title>
      <PageHeading>{programme.name}</PageHeading>
      {programme.isDemo && (
        <p role="note" className="demo-banner">
          {t('programme.demoBanner')}
        </p>
      )}
      <Section title={t('programme.factsTitle')}>
        <ProgrammeFacts programme={programme} />
      </Section>
      <Section title={t('officesByKind.title')}>
        <OfficesByKindChart offices={programme.offices} />
      </Section>
      <Section title={t('offices.title')}>
        <OfficesTable offices={programme.offices} />
      </Section>
    </>
  );
}
