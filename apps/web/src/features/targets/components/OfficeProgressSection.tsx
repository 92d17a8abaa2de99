import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import { DataTable } from '../../../components/DataTable';
import { Section } from '../../../components/Section';
import { QueryView } from '../../../components/QueryView';
import { indicatorName, valueFormatter } from '../../../lib/indicator-format';
import type { OfficeProgressQuery } from '../../../generated/graphql';
import { useOfficeProgress } from '../hooks/useProgress';
import { progressTableColumns, progressTableRows, targetText } from '../utils/progress';

type OfficeProgress = OfficeProgressQuery['officeProgress'][number];

/** The office's progress to each target of the programme, in a table (its own values only). */
export function OfficeProgressSection({ programmeId, officeId }: { programmeId: string; officeId: string }) {
  const { t, language } = useI18n();
  const result = useOfficeProgress(programmeId, officeId);
  const title = t('targets.officeTitle');
  const formatOf = ({ target }: OfficeProgress) => valueFormatter(target.indicator.unit, t, language);
  const labelOf = (row: OfficeProgress) => ({
    key: row.target.id,
    label: `${indicatorName(row.target.indicator, language)}: ${targetText(row.target, formatOf(row), (iso) => formatCalendarDate(iso, language), t)}`,
  });
  return (
    <Section title={title}>
      <QueryView result={result}>
        {({ officeProgress }) =>
          officeProgress.length === 0 ? (
            <p>{t('targets.officeNone')}</p>
          ) : (
            <DataTable
              caption={title}
              columns={progressTableColumns(t('targets.target'), t)}
              rows={progressTableRows(officeProgress, labelOf, formatOf, t)}
            />
          )
        }
      </QueryView>
    </Section>
  );
}
