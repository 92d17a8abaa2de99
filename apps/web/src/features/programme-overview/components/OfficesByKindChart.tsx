import { useT } from '../../../app/i18n';
import { BarChartView } from '../../../components/BarChartView';
import { ChartWithTable } from '../../../components/ChartWithTable';
import type { OverviewOffice } from '../graphql/programme-overview.query';
import { countOfficesByKind } from '../utils/count-offices-by-kind';

export function OfficesByKindChart({ offices }: { offices: readonly OverviewOffice[] }) {
  const t = useT();
  const title = t('officesByKind.title');
  const countLabel = t('officesByKind.count');
  const data = countOfficesByKind(offices).map(({ kind, count }) => ({ label: t(`officeKind.${kind}`), value: count }));
  return (
    <ChartWithTable
      title={title}
      table={{
        columns: [t('offices.kind'), countLabel],
        rows: data.map(({ label, value }) => ({ key: label, cells: [label, value] })),
      }}
    >
      <BarChartView title={title} data={data} valueName={countLabel} />
    </ChartWithTable>
  );
}
