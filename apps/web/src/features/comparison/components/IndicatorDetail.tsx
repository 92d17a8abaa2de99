import { useId } from 'react';
import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { indicatorName, valueFormatter } from '../../../lib/indicator-format';
import { formatChange, formatTargetValue } from '../../../lib/targets';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import type { ComparisonIndicator } from '../graphql/comparison-programme.query';
import type { OfficeTarget } from '../../../lib/graphql/office-progress.query';
import type { PracticeSuggestion } from '../graphql/practice-suggestions.query';
import { cellState, cellTableColumns, cellTableRows, rangeRows } from '../utils/benchmark';
import { CellSummaries } from './CellSummaries';
import { Heading, type HeadingLevel } from './Heading';
import { LazyRangeChart } from './LazyCharts';
import { IndicatorPractices } from './PeerPractices';
import { TrendSection } from './TrendSection';
import './peer-practices.css';

export interface IndicatorDetailProps {
  programmeId: string;
  officeId: string;
  indicator: ComparisonIndicator;
  /** The indicator's cells in the period, one per peer group. */
  cells: readonly BenchmarkCell[];
  /** The page's peer group: the trend is drawn against it. */
  peerGroup: { id: string; name: string };
  /** Every target of the programme with the office's progress; the indicator's own is shown, if any. */
  targets: readonly OfficeTarget[];
  /** The practice suggestions of the period and group, or null before the period's release. */
  suggestions: readonly PracticeSuggestion[] | null;
  /** The level of the detail's section headings. */
  level: HeadingLevel;
}

/**
 * One indicator in full: the office against every peer group in words and as a band chart (or table),
 * its trend against the page's group, the programme's target for it and practices of other offices.
 */
export function IndicatorDetail({ programmeId, officeId, indicator, cells, peerGroup, targets, suggestions, level }: IndicatorDetailProps) {
  const { t, language } = useI18n();
  const ids = useId();
  const name = indicatorName(indicator, language);
  const format = valueFormatter(indicator.unit, t, language);
  const own = cells.find((cell) => cell.own !== null)?.own ?? null;
  const chartTitle = t('comparison.chartTitle', { indicator: name });
  const target = targets.find((row) => row.target.indicator.code === indicator.code) ?? null;
  const section = (key: string) => `${ids}-${key}`;
  return (
    <div className="indicator-detail">
      <p className="benchmark-indicator__meta">
        {own === null ? t('comparison.noOwnValue') : t('comparison.ownValue', { value: format(own) })}
        {' · '}
        {t(`comparison.direction.${indicator.direction}`)}
      </p>
      <section aria-labelledby={section('groups')} className="indicator-detail__part">
        <Heading level={level} id={section('groups')}>
          {t('comparison.detailGroups')}
        </Heading>
        <CellSummaries cells={cells} direction={indicator.direction} format={format} />
        {cells.some((cell) => cellState(cell).published) && (
          <ChartWithTable
            title={chartTitle}
            table={{ columns: cellTableColumns(t), rows: cellTableRows(cells, indicator.direction, format, t) }}
          >
            <LazyRangeChart title={chartTitle} rows={rangeRows(cells)} own={own} format={format} />
          </ChartWithTable>
        )}
      </section>
      <TrendSection
        id={section('trend')}
        programmeId={programmeId}
        officeId={officeId}
        indicatorCode={indicator.code}
        indicatorName={name}
        peerGroup={peerGroup}
        format={format}
        level={level}
      />
      <section aria-labelledby={section('target')} className="indicator-detail__part">
        <Heading level={level} id={section('target')}>
          {t('comparison.detailTarget')}
        </Heading>
        {target ? <TargetFacts progress={target} /> : <p>{t('comparison.noTarget')}</p>}
      </section>
      <section aria-labelledby={section('practices')} className="indicator-detail__part">
        <Heading level={level} id={section('practices')}>
          {t('peerPractices.title')}
        </Heading>
        {suggestions === null ? (
          <p>{t('peerPractices.notReleased')}</p>
        ) : (
          <IndicatorPractices
            indicator={indicator}
            suggestion={suggestions.find((suggestion) => suggestion.indicator.code === indicator.code) ?? null}
            level={level === 5 ? 5 : ((level + 1) as HeadingLevel)}
          />
        )}
      </section>
    </div>
  );
}

/** The office's way to the indicator's target, in words: the goal, its baseline, latest value, change and status. */
function TargetFacts({ progress }: { progress: OfficeTarget }) {
  const { t, language } = useI18n();
  const { target } = progress;
  const unit = target.indicator.unit;
  const format = valueFormatter(unit, t, language);
  const none = t('values.none');
  const inPeriod = (value: number | null, period: { label: string } | null) =>
    value === null ? none : period ? t('comparison.valueInPeriod', { value: format(value), period: period.label }) : format(value);
  const goal = formatTargetValue(target, t, language);
  return (
    <dl className="facts">
      <dt>{t('comparison.targetGoal')}</dt>
      <dd>{target.dueOn ? t('comparison.targetDue', { goal, date: formatCalendarDate(target.dueOn, language) }) : goal}</dd>
      <dt>{t('comparison.targetBaseline')}</dt>
      <dd>{inPeriod(progress.baseline, progress.baselinePeriod)}</dd>
      <dt>{t('comparison.targetLatest')}</dt>
      <dd>{inPeriod(progress.latest, progress.latestPeriod)}</dd>
      <dt>{t('comparison.targetChange')}</dt>
      <dd>{progress.change === null ? none : formatChange(progress.change, unit, t, language)}</dd>
      <dt>{t('comparison.targetStatus')}</dt>
      <dd>
        <span className={`progress-status--${progress.status.toLowerCase()}`}>{t(`progressStatus.${progress.status}`)}</span>
      </dd>
    </dl>
  );
}
