import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { DataTableFrame } from '../../../components/DataTable';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import type { MyOfficeQuery } from '../../../generated/graphql';
import { useSessionUser } from '../../../lib/session/useAuth';
import { useMyOffice } from '../hooks/useMyOffice';
import { formatCalendarDate } from '../../../app/format-date';
import { periodsToShow } from '../utils/periods-to-show';
import { ReminderNotice } from './ReminderNotice';
import { SubmissionStatusCells } from './SubmissionStatusCells';

/** An office's page: who it is and how its submissions for the current periods stand. */
export function MyOfficePage() {
  const { programmeId = '', officeId = '' } = useParams();
  const result = useMyOffice(programmeId);
  const [now] = useState(() => new Date());
  return <QueryView result={result}>{(data) => <MyOffice data={data} officeId={officeId} now={now} />}</QueryView>;
}

function MyOffice({ data: { programme }, officeId, now }: { data: MyOfficeQuery; officeId: string; now: Date }) {
  const { t, language } = useI18n();
  const user = useSessionUser();
  const office = programme?.offices.find(({ id }) => id === officeId);
  if (!programme || !office) {
    return (
      <>
        <title>{`${t('notFound.title')} – ${t('app.name')}`}</title>
        <PageHeading>{t('notFound.title')}</PageHeading>
        <p>{t('myOffice.notFound')}</p>
      </>
    );
  }

  const mine = user.roles.some(({ role, office: granted }) => role === 'OFFICE_COORDINATOR' && granted?.id === office.id);
  const shown = periodsToShow(programme.periods, now);
  const periodsTitle = shown.open ? t('myOffice.openPeriods') : t('myOffice.latestPeriods');

  return (
    <>
      <title>{`${mine ? `${t('nav.myOffice')}: ` : ''}${office.name} – ${t('app.name')}`}</title>
      {mine && <p className="eyebrow">{t('nav.myOffice')}</p>}
      <PageHeading>{office.name}</PageHeading>
      {programme.isDemo && (
        <p role="note" className="demo-banner">
          {t('programme.demoBanner')}
        </p>
      )}
      <dl className="facts">
        <dt>{t('offices.kind')}</dt>
        <dd>{t(`officeKind.${office.kind}`)}</dd>
        <dt>{t('offices.region')}</dt>
        <dd>{office.region}</dd>
        <dt>{t('myOffice.programme')}</dt>
        <dd>{programme.name}</dd>
      </dl>
      <Section title={periodsTitle}>
        {shown.periods.length === 0 ? (
          <p>{t('myOffice.noPeriods')}</p>
        ) : (
          <DataTableFrame
            caption={periodsTitle}
            columns={[
              t('myOffice.period'),
              t('myOffice.deadline'),
              t('myOffice.status'),
              { label: t('myOffice.filled'), numeric: true },
              { label: t('users.actions'), labelHidden: true },
            ]}
          >
            {shown.periods.map((period) => (
              <tr key={period.id}>
                <th scope="row">{period.label}</th>
                <td>{formatCalendarDate(period.deadline, language)}</td>
                <SubmissionStatusCells
                  submissionPath={`/programmes/${encodeURIComponent(programme.id)}/offices/${encodeURIComponent(office.id)}/periods/${encodeURIComponent(period.id)}`}
                  mayFill={mine && shown.open}
                  officeId={office.id}
                  period={period}
                  indicators={programme.indicators}
                />
              </tr>
            ))}
          </DataTableFrame>
        )}
        <ReminderNotice programmeId={programme.id} officeId={office.id} periods={shown.periods} />
        {mine && shown.open && (
          <p>
            <Link to={`/programmes/${encodeURIComponent(programme.id)}/import`}>{t('myOffice.importLink')}</Link>
          </p>
        )}
      </Section>
    </>
  );
}
