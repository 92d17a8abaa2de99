import { useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { DataTable } from '../../../components/DataTable';
import { Section } from '../../../components/Section';
import { PageFrame } from '../../../components/PageFrame';
import { QueryView } from '../../../components/QueryView';
import { indicatorName } from '../../../lib/indicator-format';
import { formatRelativeChange, formatTargetValue } from '../../../lib/targets';
import { formatWithUnit } from '../../../lib/units';
import { LeadOnly } from '../../../components/LeadOnly';
import { formatNumberIn } from '../../../app/i18n/format-value';
import type { TargetSummary } from '../graphql/programme-progress.query';
import { useProgrammeProgress } from '../hooks/useProgress';
import {
  chartTableRows,
  onTrackText,
  plottedFormat,
  plottedName,
  progressBars,
  progressTableColumns,
  progressTableRows,
  statusCounts,
  targetText,
  type TargetWriting,
} from '../utils/progress';
import { ProgressChart } from './ProgressChart';
import { ProgressStatusLabel } from '../../../components/ProgressStatusLabel';
import '../../../components/benchmark.css';
import './targets.css';

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
  const { target, offices } = summary;
  const writing: TargetWriting = { t, language, formatDate: (iso) => formatCalendarDate(iso, language), now: new Date() };
  const name = indicatorName(target.indicator, language);
  const unit = target.indicator.unit;
  const format = (value: number) => formatWithUnit(value, unit, t, language);
  const chartTitle = t(`targets.chartTitle.${target.kind}`, { indicator: name });
  const tableTitle = t('targets.tableTitle', { indicator: name });
  const bars = progressBars(target, offices);
  const targetLabel = formatTargetValue(target, t, language);
  const none = t('values.none');
  return (
    <Section title={name}>
      <p>
        {t('targets.target')}: {targetText(target, writing)}
      </p>
      {offices.some((office) => office.settled) && <p>{t('targets.settled')}</p>}
      <ul className="progress-counts" aria-label={t('targets.statusCounts')}>
        {statusCounts(offices).map(({ status, count }) => (
          <li key={status}>
            <ProgressStatusLabel status={status} />: {t('targets.officeCount', { count })}
          </li>
        ))}
      </ul>
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
          columns: [t('targets.office'), plottedName(target, t), t('targets.target'), t('targets.status')],
          rows: chartTableRows(target, bars, writing),
        }}
      >
        <ProgressChart
          title={chartTitle}
          bars={bars}
          valueName={plottedName(target, t)}
          format={plottedFormat(target, writing)}
          // A relative change's ticks in short ("+10 %"): the chart's title says of what.
          tickFormat={target.kind === 'RELATIVE_CHANGE' ? (value) => formatRelativeChange(value, t, language, true) : undefined}
          target={target.value}
          targetLabel={targetLabel}
        />
      </ChartWithTable>
      <h3>{tableTitle}</h3>
      <DataTable
        caption={tableTitle}
        columns={progressTableColumns(t('targets.office'), t, true)}
        rows={progressTableRows(
          offices,
          (office) => ({ key: office.office.id, label: office.office.name, target, withGoal: true }),
          writing,
          (status) => (
            <ProgressStatusLabel status={status} />
          ),
        )}
      />
    </Section>
  );
}
