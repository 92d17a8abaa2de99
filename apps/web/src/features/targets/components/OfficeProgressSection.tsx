import { useI18n } from '../../../app/i18n';
import { formatCalendarDate } from '../../../app/format-date';
import { DataTable } from '../../../components/DataTable';
import { Section } from '../../../components/Section';
import { QueryView } from '../../../components/QueryView';
import { indicatorName } from '../../../lib/indicator-format';
import type { OfficeProgressQuery } from '../../../generated/graphql';
import { useOfficeProgress } from '../hooks/useProgress';
import { progressTableColumns, progressTableRows, statusCounts, targetText, type TargetWriting } from '../utils/progress';
import { ProgressStatusLabel } from '../../../components/ProgressStatusLabel';
import './targets.css';

type OfficeProgress = OfficeProgressQuery['officeProgress'][number];

/** The office's progress to each target of the programme, in a table (its own values only). */
export function OfficeProgressSection({ programmeId, officeId }: { programmeId: string; officeId: string }) {
  const { t, language } = useI18n();
  const result = useOfficeProgress(programmeId, officeId);
  const title = t('targets.officeTitle');
  const writing: TargetWriting = { t, language, formatDate: (iso) => formatCalendarDate(iso, language), now: new Date() };
  const rowOf = (row: OfficeProgress) => ({
    key: row.target.id,
    label: `${indicatorName(row.target.indicator, language)}: ${targetText(row.target, writing)}`,
    target: row.target,
    withGoal: false,
  });
  return (
    <Section title={title}>
      <QueryView result={result}>
        {({ officeProgress }) =>
          officeProgress.length === 0 ? (
            <p>{t('targets.officeNone')}</p>
          ) : (
            <>
              {officeProgress.some((row) => row.settled) && <p>{t('targets.settled')}</p>}
              <ul className="progress-counts" aria-label={t('targets.statusCounts')}>
                {statusCounts(officeProgress).map(({ status, count }) => (
                  <li key={status}>
                    <ProgressStatusLabel status={status} />: {t('targets.targetCount', { count })}
                  </li>
                ))}
              </ul>
              <DataTable
                caption={title}
                columns={progressTableColumns(t('targets.target'), t, false)}
                rows={progressTableRows(officeProgress, rowOf, writing, (status) => (
                  <ProgressStatusLabel status={status} />
                ))}
              />
            </>
          )
        }
      </QueryView>
    </Section>
  );
}
