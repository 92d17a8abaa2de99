import { useT } from '../../../app/i18n';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { useTrend } from '../hooks/useBenchmark';
import { trendRows, trendTableColumns, trendTableRows, type FormatValue } from '../utils/benchmark';
import { QueryView } from '../../../components/QueryView';
import { Heading, type HeadingLevel } from './Heading';
import { LazyTrendChart } from './LazyCharts';

interface TrendSectionProps {
  id: string;
  programmeId: string;
  officeId: string;
  indicatorCode: string;
  indicatorName: string;
  /** null: all offices of the programme. */
  peerGroup: { id: string; name: string } | null;
  format: FormatValue;
  /** The level of the section's heading. */
  level: HeadingLevel;
}

/** One indicator over every released period: the office against its peer group's mean and median. */
export function TrendSection({ id, programmeId, officeId, indicatorCode, indicatorName, peerGroup, format, level }: TrendSectionProps) {
  const t = useT();
  const result = useTrend({ programmeId, officeId, indicatorCode, peerGroupId: peerGroup?.id ?? null });
  const title = t('comparison.trendTitle', { indicator: indicatorName });
  return (
    <section id={id} className="trend" aria-label={title}>
      <Heading level={level}>{title}</Heading>
      <QueryView result={result}>
        {({ trend: points }) =>
          points.length === 0 ? (
            <p>{t('comparison.noTrend')}</p>
          ) : (
            <>
              <p>{t('comparison.trendIntro', { group: peerGroup?.name ?? t('comparison.trendAllOffices') })}</p>
              <ChartWithTable title={title} table={{ columns: trendTableColumns(t), rows: trendTableRows(points, format, t) }}>
                <LazyTrendChart title={title} rows={trendRows(points)} format={format} />
              </ChartWithTable>
            </>
          )
        }
      </QueryView>
    </section>
  );
}
