import { mayReviewProgramme } from '@officebench/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useI18n, type Language } from '../../../app/i18n';
import { formatDateTime } from '../../../app/format-date';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { PageFrame } from '../../../components/PageFrame';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { actorOf } from '../../../lib/session/roles';
import { useSessionUser } from '../../../lib/session/useAuth';
import type { ProgrammeReport } from '../graphql/programme-report.fragment';
import { PROGRAMME_REPORTS_QUERY } from '../graphql/programme-reports.query';
import { REPORTS_PROGRAMME_QUERY, type ReportsProgramme } from '../graphql/reports-programme.query';
import { REQUEST_PROGRAMME_REPORT_MUTATION } from '../graphql/request-programme-report.mutation';
import { useCsvOptions } from '../hooks/useCsvOptions';
import { programmeReportPeriods } from '../utils/report-periods';
import { formatFileSize, inProgress, reportStatus } from '../utils/report-progress';
import { programmeCsvUrl, programmeXlsxUrl } from '../utils/report-urls';
import { CsvOptionsFields } from './CsvOptionsFields';
import { DownloadLink } from './DownloadLink';
import { LanguageChoice, useFileLanguage } from './LanguageChoice';
import { ProgrammeReportProgress } from './ProgrammeReportProgress';
import './reports.css';
import { NoAccess } from '../../../components/NoAccess';

/** `/programmes/:programmeId/reports`: the lead's programme report, made in the background, and the programme's exports. */
export function ProgrammeReportsPage() {
  const { t } = useI18n();
  const { programmeId = '' } = useParams();
  const user = useSessionUser();
  if (!mayReviewProgramme(actorOf(user.id, user.roles), programmeId)) {
    return <NoAccess message={t('reports.programme.forbidden')} />;
  }
  return <ProgrammeReportsQuery programmeId={programmeId} />;
}

function ProgrammeReportsQuery({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const result = useQuery(REPORTS_PROGRAMME_QUERY, { variables: { programmeId } });
  return (
    <QueryView result={result}>
      {({ programme }) =>
        programme ? (
          <ProgrammeReports programme={programme} />
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

function ProgrammeReports({ programme }: { programme: ReportsProgramme }) {
  const { t } = useI18n();
  const [lang, setLang] = useFileLanguage();
  const reports = useQuery(PROGRAMME_REPORTS_QUERY, { variables: { programmeId: programme.id } });
  return (
    <PageFrame title={t('reports.programme.title')} eyebrow={programme.name} programme={programme}>
      <div className="reports-page">
        <div className="filter-bar">
          <LanguageChoice id="reports-language" value={lang} onChange={setLang} />
        </div>
        <Section title={t('reports.programme.report')}>
          <p>{t('reports.programme.reportIntro')}</p>
          <RequestReport
            programme={programme}
            lang={lang}
            running={reports.data?.programmeReports.find(inProgress) ?? null}
            reloadList={reports.refetch}
          />
        </Section>
        <Section title={t('reports.programme.list')}>
          <QueryView result={reports}>{({ programmeReports }) => <ReportList reports={programmeReports} />}</QueryView>
        </Section>
        <ProgrammeExports programme={programme} lang={lang} />
      </div>
    </PageFrame>
  );
}

interface RequestReportProps {
  programme: ReportsProgramme;
  lang: Language;
  /** A report of the programme being made when the page opened (e.g. asked for before a reload). */
  running: ProgrammeReport | null;
  reloadList: () => Promise<unknown>;
}

function RequestReport({ programme, lang, running, reloadList }: RequestReportProps) {
  const { t } = useI18n();
  const describe = useErrorMessage();
  const periods = programmeReportPeriods(programme.periods);
  const [periodId, setPeriodId] = useState(() => periods[0]?.id ?? '');
  const [requested, setRequested] = useState<{ report: ProgrammeReport; kept: boolean } | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [request, { loading }] = useMutation(REQUEST_PROGRAMME_REPORT_MUTATION);
  const onFinished = useCallback(() => void reloadList(), [reloadList]);

  if (periods.length === 0) return <p>{t('reports.programme.noPeriods')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    try {
      const { data } = await request({ variables: { programmeId: programme.id, periodId, language: lang } });
      if (!data) return;
      const report = data.requestProgrammeReport;
      // A current report of the same period and language comes back at once, already done.
      setRequested({ report, kept: report.state === 'DONE' });
      await reloadList();
    } catch (error) {
      setErrors([{ text: describe(error) }]);
    }
  };

  const shown = requested?.report ?? running;
  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="reports-request" onSubmit={submit}>
        <div className="reports-choices">
          <SelectField
            id="programme-report-period"
            label={t('reports.programme.period')}
            value={periodId}
            options={periods.map(({ id, label }) => ({ value: id, label }))}
            onChange={setPeriodId}
          />
        </div>
        <button type="submit" disabled={loading}>
          {loading ? t('reports.programme.requesting') : t('reports.programme.prepare')}
        </button>
      </form>
      {requested?.kept && <Notice>{t('reports.programme.keptReady')}</Notice>}
      {shown && <ProgrammeReportProgress key={shown.id} report={shown} onFinished={onFinished} reveal={requested !== null} />}
    </>
  );
}

function ReportList({ reports }: { reports: readonly ProgrammeReport[] }) {
  const { t, language } = useI18n();
  if (reports.length === 0) return <p>{t('reports.programme.none')}</p>;
  const languageName = (code: string) => (code === 'pl' || code === 'en' ? t(`reports.language.${code}`) : code);
  return (
    <>
      <p>{t('reports.programme.listCount', { count: reports.length })}</p>
      <DataTable
        caption={t('reports.programme.list')}
        className="reports-list"
        downloadable={false}
        columns={[
          t('reports.programme.col.period'),
          t('reports.programme.col.language'),
          t('reports.programme.col.made'),
          { label: t('reports.programme.col.pages'), numeric: true },
          { label: t('reports.programme.col.size'), numeric: true },
          t('reports.programme.col.state'),
          t('reports.programme.col.download'),
        ]}
        rowHeaderColumn={0}
        rows={reports.map((report) => {
          const made = formatDateTime(report.finishedAt ?? report.requestedAt, language);
          const status = reportStatus(report);
          return {
            key: report.id,
            cells: [
              report.period.label,
              languageName(report.language),
              made,
              report.pageCount == null ? '–' : t('reports.programme.pages', { count: report.pageCount }),
              report.sizeBytes == null ? '–' : formatFileSize(language, report.sizeBytes),
              <span key="state" className={`reports-state--${status.tone}`}>
                {t(status.key, status.params)}
              </span>,
              report.state === 'DONE' && report.downloadUrl ? (
                <a key="download" href={report.downloadUrl} download>
                  {t('reports.programme.download')}
                  <span className="visually-hidden">
                    {` ${t('reports.programme.downloadContext', { period: report.period.label, language: languageName(report.language), made })}`}
                  </span>
                </a>
              ) : (
                '–'
              ),
            ],
          };
        })}
      />
    </>
  );
}

/** The programme's identified values, of one period or all, as XLSX or CSV. */
function ProgrammeExports({ programme, lang }: { programme: ReportsProgramme; lang: Language }) {
  const { t } = useI18n();
  const [csvOptions, setCsvOptions] = useCsvOptions();
  const periods = programmeReportPeriods(programme.periods);
  const [periodId, setPeriodId] = useState('');
  const chosen = { programmeId: programme.id, periodId: periodId || null, lang };
  return (
    <Section title={t('reports.programme.exports')}>
      <p>{t('reports.programme.exportsIntro')}</p>
      <div className="reports-choices">
        <SelectField
          id="programme-export-period"
          label={t('reports.programme.exportPeriod')}
          value={periodId}
          placeholder={t('reports.programme.allPeriods')}
          options={periods.map(({ id, label }) => ({ value: id, label }))}
          onChange={setPeriodId}
        />
      </div>
      <ul className="reports-downloads">
        <DownloadLink href={programmeXlsxUrl(chosen)} label={t('reports.programme.xlsx')} />
      </ul>
      <CsvOptionsFields options={csvOptions} onChange={setCsvOptions} />
      <ul className="reports-downloads">
        <DownloadLink href={programmeCsvUrl(chosen, csvOptions)} label={t('reports.programme.csv')} />
      </ul>
    </Section>
  );
}
