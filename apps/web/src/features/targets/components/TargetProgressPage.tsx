import { useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { Section } from '../../../components/Section';
import { PageFrame } from '../../../components/PageFrame';
import { QueryView } from '../../../components/QueryView';
import { indicatorName, valueFormatter } from '../../../lib/indicator-format';
import { LeadOnly } from '../../../components/LeadOnly';
import { formatNumberIn } from '../../../app/i18n/format-value';
import type { TargetSummary } from '../graphql/programme-progress.query';
import { useProgrammeProgress } from '../hooks/useProgress';
import { onTrackText, progressBars, progressTableColumns, progressTableRows, targetText } from '../utils/progress';
import { ProgressChart } from './ProgressChart';
import '../../../components/benchmark.css';

/** `/programmes/:programmeId/targets`: how the offices progress to each programme target (the lead's view). */
export function TargetProgressPage() {
  const { programmeId = '' } = useParams();
  return (
    <LeadOnly programmeId={programmeId}>
      <TargetProgress programmeId={programmeId} />
    </LeadOnly>
  );
}

function TargetProgress({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const result = useProgrammeProgress(programmeId);
  return (
    <QueryView result={result}>
      {({ programme, programmeProgress }) => (
        <PageFrame title={t('targets.title')} eyebrow={programme?.name ?? ''} programme={programme ?? { name: '', isDemo: false }}>
          <p>{t('targets.intro')}</p>
          {programmeProgress.length === 0 ? (
            <p>{t('targets.none')}</p>
          ) : (
            programmeProgress.map((summary) => <TargetSummarySection key={summary.target.id} summary={summary} />)
          )}
        </PageFrame>
      )}
    </QueryView>
  );
}

function TargetSummarySection({ summary }: { summary: TargetSummary }) {
  const { t, language } = useI18n();
  const { target } = summary;
  const name = indicatorName(target.indicator, language);
  const format = valueFormatter(target.indicator.unit, t, language);
  const byOffice = ({ office }: { office: { id: string; name: string } }) => ({ key: office.id, label: office.name });
  const chartTitle = t('targets.chartTitle', { indicator: name });
  const none = t('values.none');
  return (
    <Section title={name}>
      <p>
        {t('targets.target')}: {targetText(target, format, (iso) => formatCalendarDate(iso, language), t)}
      </p>
      <dl className="facts">
        <dt>{t('targets.officesOnTrack')}</dt>
        <dd>{onTrackText(summary, (share) => `${formatNumberIn(language, share * 100, 'integer')}%`, t)}</dd>
        <dt>{t('targets.baselineMean')}</dt>
        <dd>{summary.baselineMean === null ? none : format(summary.baselineMean)}</dd>
        <dt>{t('targets.latestMean')}</dt>
        <dd>{summary.latestMean === null ? none : format(summary.latestMean)}</dd>
      </dl>
      <ChartWithTable
        title={chartTitle}
        table={{
          columns: progressTableColumns(t('targets.office'), t),
          rows: progressTableRows(summary.offices, byOffice, () => format, t),
        }}
      >
        <ProgressChart
          title={chartTitle}
          bars={progressBars(summary.offices, byOffice)}
          format={format}
          level={target.kind === 'LEVEL' ? target.value : null}
        />
      </ChartWithTable>
    </Section>
  );
}
