import { Fragment } from 'react';
import { useT, type MessageKey } from '../../../app/i18n';
import type { OverviewProgramme } from '../graphql/programme-overview.query';

export function ProgrammeFacts({ programme }: { programme: OverviewProgramme }) {
  const t = useT();
  const facts: (readonly [MessageKey, string | number])[] = [
    ...(programme.leadOffice ? [['programme.leadOffice', programme.leadOffice.name] as const] : []),
    ['programme.anonymityThreshold', programme.anonymityThreshold],
    ['programme.officeCount', programme.offices.length],
    ['programme.indicatorCount', programme.indicators.length],
    ['programme.periodCount', programme.periods.length],
  ];
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
