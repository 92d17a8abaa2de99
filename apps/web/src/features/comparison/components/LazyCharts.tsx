import { lazy, Suspense, type ComponentProps } from 'react';
import { useT } from '../../../app/i18n';

/*
 * The charts (Recharts, the largest library of the dashboard) load only when an indicator's detail or
 * the print view draws one: the comparison's first screen is a table and must not wait for them.
 */
const RangeChartModule = lazy(async () => ({ default: (await import('./RangeChart')).RangeChart }));
const TrendChartModule = lazy(async () => ({ default: (await import('./TrendChart')).TrendChart }));

function ChartLoading() {
  const t = useT();
  return (
    <p className="chart-loading" role="status">
      {t('comparison.chartLoading')}
    </p>
  );
}

export function LazyRangeChart(props: ComponentProps<typeof RangeChartModule>) {
  return (
    <Suspense fallback={<ChartLoading />}>
      <RangeChartModule {...props} />
    </Suspense>
  );
}

export function LazyTrendChart(props: ComponentProps<typeof TrendChartModule>) {
  return (
    <Suspense fallback={<ChartLoading />}>
      <TrendChartModule {...props} />
    </Suspense>
  );
}
