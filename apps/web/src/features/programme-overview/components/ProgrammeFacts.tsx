import { Fragment } from 'react';
import { useT, type MessageKey } from '../../../app/i18n';
import type { OverviewProgramme } from '../graphql/programme-overview.query';

export function ProgrammeFacts({ programme }: { programme: OverviewProgramme }) {
  const t = useT();
  const facts: [MessageKey, string | number][] = [
    ['programme.anonymityThreshold', programme.anonymityThreshold],
    ['programme.officeCount', programme.offices.length],
    ['programme.indicatorCount', programme.indicators.length],
    ['programme.periodCount', programme.periods.length],
  ];
  if (programme.leadOffice) facts.unshift(['programme.leadOffice', programme.leadOffice.name]);
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
