import { useT } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import type { OverviewOffice } from '../graphql/programme-overview.query';

export function OfficesTable({ offices }: { offices: readonly OverviewOffice[] }) {
  const t = useT();
  return (
    <DataTable
      caption={t('offices.title')}
      columns={[t('offices.number'), t('offices.name'), t('offices.kind'), t('offices.region')]}
      rowHeaderColumn={1}
      rows={offices.map((office, index) => ({
        key: office.id,
        cells: [index + 1, office.name, t(`officeKind.${office.kind}`), office.region],
      }))}
    />
  );
}
