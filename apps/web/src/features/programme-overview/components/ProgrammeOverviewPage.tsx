import { useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import type { ProgrammeOverviewQuery } from '../../../generated/graphql';
import { useProgrammeOverview } from '../hooks/useProgrammeOverview';
import { OfficesByKindChart } from './OfficesByKindChart';
import { OfficesTable } from './OfficesTable';
import { ProgrammeFacts } from './ProgrammeFacts';

export function ProgrammeOverviewPage() {
  const { programmeId = '' } = useParams();
  const result = useProgrammeOverview(programmeId);
  return <QueryView result={result}>{(data) => <ProgrammeOverview data={data} />}</QueryView>;
}

function ProgrammeOverview({ data: { programme } }: { data: ProgrammeOverviewQuery }) {
  const t = useT();
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
