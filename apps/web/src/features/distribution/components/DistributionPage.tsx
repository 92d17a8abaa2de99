import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { PageFrame } from '../../../components/PageFrame';
import { QueryView } from '../../../components/QueryView';
import type { BenchmarkIndicator, BenchmarkProgramme } from '../../../lib/graphql/benchmark-programme.query';
import { useBenchmarkProgramme } from '../../../hooks/useBenchmarkProgramme';
import { indicatorName, valueFormatter } from '../../../lib/indicator-format';
import { comparisonPath } from '../../../lib/paths';
import { chosenId, openedPeriods } from '../../../lib/periods';
import { LeadOnly } from '../../../components/LeadOnly';
import { distributionSummary } from '@officebench/domain';
import type { DistributionTarget, OfficeValue } from '../graphql/distribution.query';
import { useDistribution } from '../hooks/useDistribution';
import { distributionBars, distributionTableRows, indicatorsFor, referenceMarks, summarySentences, targetFor } from '../utils/distribution';
import { formatTargetValue } from '../../../lib/targets';
import { DistributionChart } from './DistributionChart';
import './distribution.css';
import { ReleasePeriod } from './ReleasePeriod';
import '../../../components/benchmark.css';
import { useAddressChoice } from '../../../hooks/useAddressChoice';

/** `/programmes/:programmeId/distribution`: every office's value of an indicator, named (the lead's view). */
export function DistributionPage() {
  const { programmeId = '' } = useParams();
  return (
    <LeadOnly programmeId={programmeId}>
      <Distribution programmeId={programmeId} />
    </LeadOnly>
  );
}

function Distribution({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const result = useBenchmarkProgramme(programmeId);
  return (
    <QueryView result={result}>
      {({ programme }) =>
        programme ? (
          <DistributionView programme={programme} />
        ) : (
          <PageFrame title={t('notFound.title')} eyebrow={t('distribution.title')} programme={{ name: '', isDemo: false }}>
            <p>{t('programme.notFound')}</p>
          </PageFrame>
        )
      }
    </QueryView>
  );
}

function DistributionView({ programme }: { programme: BenchmarkProgramme }) {
  const { t, language } = useI18n();
  const [searchParams] = useSearchParams();
  const periods = openedPeriods(programme.periods);
  const periodId = chosenId(
    periods.map(({ id }) => id),
    searchParams.get('period'),
  );
  const period = periods.find(({ id }) => id === periodId);
  const indicators = indicatorsFor(programme.indicators, period?.kind);
  const indicatorCode = chosenId(
    indicators.map(({ code }) => code),
    searchParams.get('indicator'),
  );
  const indicator = indicators.find(({ code }) => code === indicatorCode);
  const nameOf = (code: string) => {
    const found = programme.indicators.find((candidate) => candidate.code === code);
    return found ? indicatorName(found, language) : code;
  };
  const choose = useAddressChoice();

  return (
    <PageFrame title={t('distribution.title')} eyebrow={programme.name} programme={programme}>
      <p>{t('distribution.intro')}</p>
      {!period ? (
        <p>{t('comparison.noPeriods')}</p>
      ) : (
        <>
          <div className="filter-bar">
            <SelectField
              id="distribution-period"
              label={t('distribution.periodFilter')}
              value={period.id}
              options={periods.map(({ id, label, releasedAt }) => ({
                value: id,
                label: releasedAt ? label : t('comparison.periodUnreleased', { label }),
              }))}
              onChange={(id) => choose('period', id)}
            />
            {indicators.length > 0 && (
              <SelectField
                id="distribution-indicator"
                label={t('distribution.indicatorFilter')}
                value={indicatorCode}
                options={indicators.map((candidate) => ({ value: candidate.code, label: indicatorName(candidate, language) }))}
                onChange={(code) => choose('indicator', code)}
              />
            )}
          </div>
          {indicator ? (
            <IndicatorValues programmeId={programme.id} period={period} indicator={indicator} />
          ) : (
            <p>{t('distribution.noIndicators')}</p>
          )}
          <ReleasePeriod period={period} indicatorName={nameOf} />
          <OfficeComparisonLink programme={programme} />
        </>
      )}
    </PageFrame>
  );
}

function IndicatorValues({
  programmeId,
  period,
  indicator,
}: {
  programmeId: string;
  period: { id: string; label: string };
  indicator: BenchmarkIndicator;
}) {
  const { t, language } = useI18n();
  const result = useDistribution({ programmeId, periodId: period.id, indicatorCode: indicator.code });
  const title = t('distribution.chartTitle', { indicator: indicatorName(indicator, language), period: period.label });
  return (
    <Section title={title}>
      <p className="benchmark-indicator__meta">{t(`comparison.direction.${indicator.direction}`)}</p>
      <QueryView result={result}>
        {({ distribution, programme }) => (
          <ValuesChart
            title={title}
            indicator={indicator}
            values={distribution}
            target={targetFor(programme?.targets ?? [], indicator.code)}
          />
        )}
      </QueryView>
    </Section>
  );
}

/**
 * The offices' values, best first, as a bar chart or a table, each with its submission's status; the
 * mean, the median and the target as lines and in words; the offices without a value are named below.
 */
function ValuesChart({
  title,
  indicator,
  values,
  target,
}: {
  title: string;
  indicator: BenchmarkIndicator;
  values: readonly OfficeValue[];
  target: DistributionTarget | null;
}) {
  const { t, language } = useI18n();
  const format = valueFormatter(indicator.unit, t, language);
  const bars = distributionBars(values, indicator.direction);
  const summary = distributionSummary(values, target);
  const targetLabel = target ? formatTargetValue(target, t, language) : null;
  const written = target && targetLabel !== null ? { kind: target.kind, label: targetLabel } : null;
  const missing = values.filter(({ value }) => value === null);
  return (
    <>
      {bars.length === 0 ? (
        <p>{t('distribution.noValues')}</p>
      ) : (
        <>
          <ul className="distribution-summary">
            {summarySentences(summary, written, format, t).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <ChartWithTable
            title={title}
            table={{
              columns: [t('distribution.office'), t('distribution.value'), t('distribution.status')],
              rows: distributionTableRows(values, indicator.direction, format, t),
            }}
          >
            <DistributionChart
              title={title}
              bars={bars}
              marks={referenceMarks(summary, targetLabel, format, t)}
              valueName={indicatorName(indicator, language)}
              format={format}
            />
          </ChartWithTable>
        </>
      )}
      {missing.length > 0 && (
        <p>{t('distribution.missing', { count: missing.length, offices: missing.map(({ office }) => office.name).join(', ') })}</p>
      )}
    </>
  );
}

/** The lead opens any office's comparison page, as that office sees it. */
function OfficeComparisonLink({ programme }: { programme: BenchmarkProgramme }) {
  const { t } = useI18n();
  const [officeId, setOfficeId] = useState(programme.offices[0]?.id ?? '');
  const office = programme.offices.find(({ id }) => id === officeId);
  return (
    <Section title={t('distribution.comparisonTitle')}>
      <p>{t('distribution.comparisonIntro')}</p>
      <div className="filter-bar">
        <SelectField
          id="distribution-office"
          label={t('comparison.office')}
          value={officeId}
          options={programme.offices.map(({ id, name }) => ({ value: id, label: name }))}
          onChange={setOfficeId}
        />
      </div>
      {office && (
        <p>
          <Link to={comparisonPath(programme.id, office.id)}>{t('distribution.comparisonLink', { office: office.name })}</Link>
        </p>
      )}
    </Section>
  );
}
