import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { formatWithUnit } from '../../../lib/units';
import { INDICATOR_HISTORY_QUERY } from '../graphql/indicator-history.query';
import { formatNumber } from '../utils/numbers';

interface IndicatorHistoryProps {
  officeId: string;
  periodId: string;
  indicator: { code: string; unit: string; isRatio: boolean };
  /** The indicator's name in the reader's language. */
  name: string;
}

/**
 * "Historia wskaźnika": a disclosure under an indicator of the form. Opened, it asks the API for the
 * office's own entries of the indicator in earlier periods and shows them as a table (period, value,
 * its parts for a ratio, the submission's status). Nothing is asked until it is opened.
 */
export function IndicatorHistory({ officeId, periodId, indicator, name }: IndicatorHistoryProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="indicator__history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('history.toggle')}
        <span className="visually-hidden">: {name}</span>
      </summary>
      {open && <HistoryTable officeId={officeId} periodId={periodId} indicator={indicator} name={name} />}
    </details>
  );
}

function HistoryTable({ officeId, periodId, indicator, name }: IndicatorHistoryProps) {
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(INDICATOR_HISTORY_QUERY, {
    variables: { officeId, periodId, indicatorCode: indicator.code },
  });
  if (loading && !data) return <LoadingState />;
  if (!data) return <ErrorState onRetry={refetch} error={error} />;
  const points = data.indicatorHistory;
  return (
    <div className="indicator__history-body">
      {points.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <>
          <p>{t('history.intro')}</p>
          <DataTable
            caption={t('history.caption', { indicator: name })}
            downloadable={false}
            rowHeaderColumn={0}
            columns={[
              t('history.period'),
              { label: t('history.value'), numeric: true },
              ...(indicator.isRatio ? [{ label: t('history.parts'), numeric: true }] : []),
              t('history.status'),
            ]}
            rows={points.map((point) => ({
              key: point.period.id,
              cells: [
                point.period.label,
                point.value !== null ? formatWithUnit(point.value, indicator.unit, t, language) : t('values.notEntered'),
                ...(indicator.isRatio
                  ? [
                      point.numerator !== null && point.denominator !== null
                        ? `${formatNumber(point.numerator, language)} / ${formatNumber(point.denominator, language)}`
                        : t('values.none'),
                    ]
                  : []),
                point.status ? t(`submissionStatus.${point.status}`) : t('submissionStatus.NONE'),
              ],
            }))}
          />
        </>
      )}
    </div>
  );
}
