import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import { DataTable } from '../../../components/DataTable';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Section } from '../../../components/Section';
import { indicatorName, valueFormatter } from '../../comparison/utils/format';
import { useOfficeProgress } from '../hooks/useProgress';
import { progressTableColumns, progressTableRows, targetText } from '../utils/progress';

/** The office's progress to each target of the programme, in a table (its own values only). */
export function OfficeProgressSection({ programmeId, officeId }: { programmeId: string; officeId: string }) {
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useOfficeProgress(programmeId, officeId);
  const title = t('targets.officeTitle');
  const progress = data?.officeProgress ?? [];
  return (
    <Section title={title}>
      {loading && !data ? (
        <LoadingState />
      ) : error || !data ? (
        <ErrorState onRetry={refetch} />
      ) : progress.length === 0 ? (
        <p>{t('targets.officeNone')}</p>
      ) : (
        <DataTable
          caption={title}
          columns={progressTableColumns(t('targets.target'), t)}
          rows={progressTableRows(
            progress,
            ({ target }) => ({
              key: target.id,
              label: `${indicatorName(target.indicator, language)}: ${targetText(
                target,
                valueFormatter(target.indicator.unit, t, language),
                (iso) => formatCalendarDate(iso, language),
                t,
              )}`,
            }),
            ({ target }) => valueFormatter(target.indicator.unit, t, language),
            t,
          )}
        />
      )}
    </Section>
  );
}
