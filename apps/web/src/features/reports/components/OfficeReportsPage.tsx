import { mayReadOfficeData } from '@officebench/domain';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { PageFrame } from '../../../components/PageFrame';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { comparisonPath } from '../../../lib/paths';
import { defaultPeerGroupId } from '../../../lib/peer-groups';
import { actorOf } from '../../../lib/session/roles';
import { useSessionUser } from '../../../lib/session/useAuth';
import { REPORTS_PROGRAMME_QUERY, type ReportsProgramme } from '../graphql/reports-programme.query';
import { useCsvOptions } from '../hooks/useCsvOptions';
import { officeCsvUrl, officeReportPdfUrl, officeXlsxUrl } from '../utils/report-urls';
import { releasedPeriods } from '../utils/report-periods';
import { CsvOptionsFields } from './CsvOptionsFields';
import { DownloadLink } from './DownloadLink';
import { LanguageChoice, useFileLanguage } from './LanguageChoice';
import './reports.css';
import { NoAccess } from '../../../components/NoAccess';

/** `/programmes/:programmeId/offices/:officeId/reports`: the office's PDF report and its exports. */
export function OfficeReportsPage() {
  const t = useT();
  const { programmeId = '', officeId = '' } = useParams();
  const user = useSessionUser();
  if (!mayReadOfficeData(actorOf(user.id, user.roles), programmeId, officeId)) {
    return <NoAccess message={t('reports.office.forbidden')} />;
  }
  return <OfficeReportsQuery programmeId={programmeId} officeId={officeId} />;
}

function OfficeReportsQuery({ programmeId, officeId }: { programmeId: string; officeId: string }) {
  const t = useT();
  const result = useQuery(REPORTS_PROGRAMME_QUERY, { variables: { programmeId } });
  return (
    <QueryView result={result}>
      {({ programme }) => {
        const office = programme?.offices.find(({ id }) => id === officeId);
        if (programme && office) return <OfficeReports programme={programme} office={office} />;
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

function OfficeReports({ programme, office }: { programme: ReportsProgramme; office: { id: string; name: string } }) {
  const t = useT();
  const [lang, setLang] = useFileLanguage();
  const [csvOptions, setCsvOptions] = useCsvOptions();
  const periods = releasedPeriods(programme.periods);
  const [periodId, setPeriodId] = useState(() => periods[0]?.id ?? '');
  const [peerGroupId, setPeerGroupId] = useState(() => defaultPeerGroupId(programme.peerGroups, office.id) ?? '');
  const chosen = { programmeId: programme.id, officeId: office.id, lang };
  return (
    <PageFrame title={t('reports.office.title')} eyebrow={office.name} programme={programme}>
      <div className="reports-page">
        <p>{t('reports.office.intro')}</p>
        <div className="filter-bar">
          <LanguageChoice id="reports-language" value={lang} onChange={setLang} />
        </div>
        <Section title={t('reports.office.report')}>
          <p>{t('reports.office.reportIntro')}</p>
          {periods.length === 0 ? (
            <p>{t('reports.office.noPeriods')}</p>
          ) : programme.peerGroups.length === 0 ? (
            <p>{t('reports.office.noGroups')}</p>
          ) : (
            <>
              <div className="reports-choices">
                <SelectField
                  id="reports-period"
                  label={t('reports.office.period')}
                  value={periodId}
                  options={periods.map(({ id, label }) => ({ value: id, label }))}
                  onChange={setPeriodId}
                />
                <SelectField
                  id="reports-group"
                  label={t('reports.office.group')}
                  value={peerGroupId}
                  options={programme.peerGroups.map(({ id, name }) => ({ value: id, label: name }))}
                  onChange={setPeerGroupId}
                />
              </div>
              <ul className="reports-downloads">
                <DownloadLink
                  href={officeReportPdfUrl({ ...chosen, periodId, peerGroupId })}
                  label={t('reports.office.download')}
                  hint={t('reports.office.downloadHint')}
                />
              </ul>
            </>
          )}
        </Section>
        <Section title={t('reports.exports.title')}>
          <p>{t('reports.office.exportsIntro')}</p>
          <ul className="reports-downloads">
            <DownloadLink href={officeXlsxUrl(chosen)} label={t('reports.office.xlsx')} hint={t('reports.office.xlsxHint')} />
          </ul>
          <CsvOptionsFields options={csvOptions} onChange={setCsvOptions} />
          <ul className="reports-downloads">
            <DownloadLink
              href={officeCsvUrl('values', chosen, csvOptions)}
              label={t('reports.office.valuesCsv')}
              hint={t('reports.office.valuesCsvHint')}
            />
            <DownloadLink
              href={officeCsvUrl('comparison', chosen, csvOptions)}
              label={t('reports.office.comparisonCsv')}
              hint={t('reports.office.comparisonCsvHint')}
            />
          </ul>
        </Section>
        <p>
          <Link to={comparisonPath(programme.id, office.id)}>{t('nav.comparison')}</Link>
        </p>
      </div>
    </PageFrame>
  );
}
