import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../app/format-date';
import { useI18n, useT } from '../../../app/i18n';
import { BarChartView } from '../../../components/BarChartView';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { CopyField } from '../../../components/CopyField';
import { DataTable, DataTableFrame } from '../../../components/DataTable';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import type { CompletenessQuery } from '../../../generated/graphql';
import { useCompleteness } from '../hooks/useCompleteness';
import { useLastReminders } from '../hooks/useReminders';
import { defaultPeriodId, gridRows, lateRows, periodsOf, reminderAddresses, statusSummary } from '../utils/completeness';
import { cellPath } from '../utils/paths';
import { officesToRemind, reminderKey } from '../utils/reminders';
import { CellStatusText } from './CellStatus';
import { SendReminders } from './SendReminders';
import { LeadOnly } from '../../../components/LeadOnly';

const ALL = 'all';

/** `/programmes/:programmeId/completeness`: who has submitted what, who is late, whom to remind. */
export function CompletenessPage() {
  const { programmeId = '' } = useParams();
  return (
    <LeadOnly programmeId={programmeId}>
      <Completeness programmeId={programmeId} />
    </LeadOnly>
  );
}

function Completeness({ programmeId }: { programmeId: string }) {
  const t = useT();
  const result = useCompleteness(programmeId);
  return (
    <QueryView result={result}>
      {(data) =>
        data.programme ? (
          <CompletenessView programmeId={programmeId} data={data} programme={data.programme} />
        ) : (
          <>
            <PageHeading>{t('notFound.title')}</PageHeading>
            <p>{t('programme.notFound')}</p>
          </>
        )
      }
    </QueryView>
  );
}

function CompletenessView({
  programmeId,
  data,
  programme,
}: {
  programmeId: string;
  data: CompletenessQuery;
  programme: NonNullable<CompletenessQuery['programme']>;
}) {
  const t = useT();
  const lastReminded = useLastReminders(programmeId);
  // The chosen period is in the address, so that a reload or a shared link shows the same view.
  const [searchParams, setSearchParams] = useSearchParams();
  const rows = data.completeness;
  const periods = periodsOf(rows);
  const asked = searchParams.get('period');
  const chosen = asked === ALL ? null : periods.some(({ id }) => id === asked) ? asked : defaultPeriodId(periods);
  const columns = chosen === null ? periods : periods.filter(({ id }) => id === chosen);
  const chosenPeriod = chosen === null ? null : (periods.find(({ id }) => id === chosen) ?? null);
  const chosenLabel = chosenPeriod === null ? t('completeness.summaryAll') : chosenPeriod.label;
  const summary = statusSummary(rows, chosen);
  const late = lateRows(rows, chosen, programme.offices);
  const addresses = reminderAddresses(late);
  const summaryTitle = t('completeness.summaryTitle', { period: chosenLabel });
  const chartData = summary.counts.map(({ status, count }) => ({ label: t(`submissionStatus.${status}`), value: count }));

  return (
    <>
      <title>{`${t('completeness.title')} – ${programme.name} – ${t('app.name')}`}</title>
      <p className="eyebrow">{programme.name}</p>
      <PageHeading>{t('completeness.title')}</PageHeading>
      {programme.isDemo && (
        <p role="note" className="demo-banner">
          {t('programme.demoBanner')}
        </p>
      )}
      {periods.length === 0 ? (
        <p>{t('completeness.noRows')}</p>
      ) : (
        <>
          <p>{t('completeness.intro')}</p>
          <div className="filter-bar">
            <SelectField
              id="completeness-period"
              label={t('completeness.filter')}
              value={chosen ?? ALL}
              onChange={(value) => setSearchParams({ period: value }, { replace: true })}
              options={[
                ...[...periods].reverse().map(({ id, label, state }) => ({ value: id, label: `${label} (${t(`periodState.${state}`)})` })),
                { value: ALL, label: t('completeness.allPeriods') },
              ]}
            />
          </div>

          <Section title={summaryTitle}>
            <p>{t('completeness.lateSummary', { count: summary.late, total: summary.total })}</p>
            <ChartWithTable
              title={summaryTitle}
              table={{
                columns: [t('completeness.status'), t('completeness.count')],
                rows: chartData.map(({ label, value }) => ({ key: label, cells: [label, value] })),
              }}
            >
              <BarChartView title={summaryTitle} data={chartData} valueName={t('completeness.count')} />
            </ChartWithTable>
          </Section>

          <Section title={t('completeness.remindersTitle')}>
            <SendReminders programmeId={programmeId} period={chosenPeriod} toRemind={chosen === null ? 0 : officesToRemind(rows, chosen)} />
            {late.length === 0 ? (
              <p>{t('completeness.remindersNone')}</p>
            ) : (
              <>
                <p>{t('completeness.remindersIntro')}</p>
                <CopyField label={t('completeness.reminderAddresses')} value={addresses} />
                <DataTable
                  caption={t('completeness.remindersTitle')}
                  columns={[
                    t('completeness.office'),
                    t('review.period'),
                    t('completeness.status'),
                    t('completeness.emails'),
                    t('reminders.lastColumn'),
                  ]}
                  rows={late.map((row) => ({
                    key: `${row.office.id}/${row.period.id}`,
                    cells: [
                      row.office.name,
                      row.period.label,
                      <CellStatusText row={row} />,
                      row.coordinatorEmails.length ? (
                        row.coordinatorEmails.join(', ')
                      ) : (
                        <span className="muted">{t('completeness.noCoordinator')}</span>
                      ),
                      <LastReminder sentAt={lastReminded.get(reminderKey(row.office.id, row.period.id))} />,
                    ],
                  }))}
                />
              </>
            )}
          </Section>

          <Section title={t('completeness.gridTitle')}>
            <DataTableFrame
              caption={t('completeness.gridTitle')}
              columns={[t('completeness.office'), ...columns.map(({ label }) => label)]}
              className="completeness-grid"
            >
              {gridRows(rows, programme.offices).map(({ office, cells }) => (
                <tr key={office.id}>
                  <th scope="row">{office.name}</th>
                  {columns.map((period) => {
                    const row = cells.get(period.id);
                    return (
                      <td key={period.id} className={row?.isLate ? 'cell--late' : undefined}>
                        {row ? (
                          <>
                            <Link to={cellPath(programmeId, office.id, period.id, row.status)}>
                              <CellStatusText row={row} />
                            </Link>
                            <br />
                            <span className="muted">
                              {t('completeness.filled', { filled: row.filledCount, expected: row.expectedCount })}
                            </span>
                          </>
                        ) : (
                          t('values.none')
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </DataTableFrame>
          </Section>
        </>
      )}
    </>
  );
}

/** When the office was last reminded about the period, or that it never was. */
function LastReminder({ sentAt }: { sentAt: string | undefined }) {
  const { t, language } = useI18n();
  return sentAt ? <>{formatDateTime(sentAt, language)}</> : <span className="muted">{t('reminders.never')}</span>;
}
