import { useI18n } from '../../../app/i18n';
import { Section } from '../../../components/Section';
import { groupByCriterion, groupTitle } from '../../../lib/group-lines';
import type { BenchmarkIndicator } from '../../../lib/graphql/benchmark-programme.query';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import { useBenchmark } from '../hooks/useBenchmark';
import { IndicatorComparison } from './IndicatorComparison';
import { QueryView } from '../../../components/QueryView';

interface BenchmarkResultsProps {
  programmeId: string;
  officeId: string;
  periodId: string;
  /** The programme's indicators, in programme order. */
  indicators: readonly BenchmarkIndicator[];
  /** null: every peer group. */
  peerGroup: { id: string; name: string } | null;
  /** The indicator whose trend is open. */
  trendCode: string | null;
  onToggleTrend: (indicatorCode: string) => void;
}

/** The period's cells, by CAF criterion like the submission form, one block per indicator. */
export function BenchmarkResults({ periodId, ...shown }: BenchmarkResultsProps) {
  const { programmeId, officeId, peerGroup } = shown;
  const result = useBenchmark({ programmeId, periodId, officeId, peerGroupId: peerGroup?.id ?? null });
  return <QueryView result={result}>{({ benchmark }) => <ByCriterion cells={benchmark} {...shown} />}</QueryView>;
}

function ByCriterion({
  cells: all,
  programmeId,
  officeId,
  indicators,
  peerGroup,
  trendCode,
  onToggleTrend,
}: Omit<BenchmarkResultsProps, 'periodId'> & { cells: readonly BenchmarkCell[] }) {
  const { t, language } = useI18n();
  const lines = indicators
    .map((indicator) => ({ indicator, cells: all.filter((cell) => cell.indicator.code === indicator.code) }))
    .filter(({ cells }) => cells.length > 0);
  if (lines.length === 0) return <p>{t('comparison.noCells')}</p>;
  return (
    <>
      {groupByCriterion(lines).map(({ criterion, lines: grouped }) => (
        <Section key={criterion ?? 'none'} title={groupTitle(criterion, t, language)}>
          {grouped.map(({ indicator, cells }) => (
            <IndicatorComparison
              key={indicator.code}
              programmeId={programmeId}
              officeId={officeId}
              indicator={indicator}
              cells={cells}
              peerGroup={peerGroup}
              trendOpen={trendCode === indicator.code}
              onToggleTrend={() => onToggleTrend(indicator.code)}
            />
          ))}
        </Section>
      ))}
    </>
  );
}
