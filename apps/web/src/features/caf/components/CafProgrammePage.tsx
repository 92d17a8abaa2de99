import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { DataTable } from '../../../components/DataTable';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { CAF_PROGRAMME_QUERY, type CafProgramme } from '../graphql/caf-programme.query';
import { formatChange, formatPoints } from '../utils/format';
import { cafCyclePath } from '../utils/paths';
import { isOfficeOrder, OFFICE_ORDERS, orderOffices, type OfficeOrder } from '../utils/programme-order';
import { ChangeChart } from './ChangeChart';
import './caf.css';

/** `/programmes/:programmeId/caf`: the lead's view of every office's self-assessments and the +150 target. */
export function CafProgrammePage() {
  const { t } = useI18n();
  const { programmeId = '' } = useParams();
  const result = useQuery(CAF_PROGRAMME_QUERY, { variables: { programmeId } });
  return (
    <>
      <title>{`${t('caf.programme.title')} – ${t('app.name')}`}</title>
      <PageHeading>{t('caf.programme.title')}</PageHeading>
      <QueryView result={result}>{({ cafProgramme }) => <Overview programme={cafProgramme} />}</QueryView>
    </>
  );
}

function Overview({ programme }: { programme: CafProgramme }) {
  const { t, language } = useI18n();
  const points = (value: number | null | undefined) => (value == null ? '–' : formatPoints(language, value));
  const change = (value: number | null | undefined) => (value == null ? '–' : formatChange(language, value));
  const target = programme.targetChange;
  // The chart and its table: the offices with a change (two closed cycles), largest first.
  const withChange = programme.offices
    .flatMap((office) => (office.change == null ? [] : [{ ...office, change: office.change }]))
    .sort((a, b) => b.change - a.change);
  const chartTitle = t('caf.programme.chart');
  const [order, setOrder] = useState<OfficeOrder>('name');
  return (
    <>
      <ul className="caf-summary">
        <li>{target == null ? t('caf.programme.noTarget') : t('caf.programme.target', { target: change(target) })}</li>
        <li>{t('caf.programme.meeting', { count: programme.officesMeetingTarget, offices: programme.offices.length })}</li>
        <li>{t('caf.programme.meanChange', { change: change(programme.meanChange) })}</li>
        <li>{t('caf.programme.cycles', { open: programme.openCycles, closed: programme.closedCycles })}</li>
      </ul>
      <Section title={t('caf.programme.offices')}>
        <div className="form caf-order">
          <SelectField
            id="caf-programme-order"
            label={t('caf.programme.order')}
            value={order}
            onChange={(value) => isOfficeOrder(value) && setOrder(value)}
            options={OFFICE_ORDERS.map((value) => ({ value, label: t(`caf.programme.orderBy.${value}`) }))}
          />
        </div>
        <DataTable
          caption={t('caf.programme.offices')}
          columns={[
            t('caf.programme.office'),
            t('caf.programme.officeCycles'),
            { label: t('caf.programme.baseline'), numeric: true },
            { label: t('caf.programme.latest'), numeric: true },
            { label: t('caf.programme.change'), numeric: true },
            t('caf.programme.meets'),
          ]}
          rowHeaderColumn={0}
          rows={orderOffices(programme.offices, order, language).map((office) => ({
            key: office.officeId,
            cells: [
              office.officeName,
              office.cycles.length === 0 ? (
                t('caf.programme.noCycles')
              ) : (
                <ul key="cycles" className="caf-cycle-list">
                  {office.cycles.map((cycle) => (
                    <li key={cycle.id}>
                      <Link to={cafCyclePath(programme.programmeId, office.officeId, cycle.id)}>
                        {t('caf.programme.cycle', {
                          period: cycle.periodLabel,
                          state: t(`caf.state.${cycle.state}`),
                          total: points(cycle.total),
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              ),
              points(office.baselineTotal),
              points(office.latestTotal),
              change(office.change),
              office.meetsTarget == null ? '–' : t(office.meetsTarget ? 'caf.programme.yes' : 'caf.programme.no'),
            ],
          }))}
        />
      </Section>
      {withChange.length > 0 && (
        <Section title={chartTitle}>
          <ChartWithTable
            title={chartTitle}
            table={{
              columns: [t('caf.programme.office'), { label: t('caf.programme.change'), numeric: true }],
              rowHeaderColumn: 0,
              rows: withChange.map((office) => ({ key: office.officeId, cells: [office.officeName, change(office.change)] })),
            }}
          >
            <ChangeChart
              title={chartTitle}
              valueName={t('caf.programme.change')}
              bars={withChange.map((office) => ({ label: office.officeName, value: office.change }))}
              target={target ?? null}
              targetLabel={t('caf.programme.targetLine', { target: change(target) })}
              format={(value) => formatChange(language, value)}
            />
          </ChartWithTable>
        </Section>
      )}
    </>
  );
}
