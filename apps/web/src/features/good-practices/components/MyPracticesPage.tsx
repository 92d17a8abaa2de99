import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import type { PracticeCard } from '../graphql/practice-fields.fragment';
import { useCoordinatedOffices } from '../hooks/useCoordinatedOffices';
import { useMyPractices } from '../hooks/usePractices';
import { formatDay } from '../utils/format';
import { practiceNoticeOf } from '../utils/notices';
import { NEW_PRACTICE_PATH, practiceEditPath, practicePath } from '../utils/paths';
import { DisclosureSetting } from './DisclosureSetting';
import { CoordinatorsOnly } from './PracticeMessage';
import './practices.css';

/** `/moje-praktyki`: a coordinator's practices (drafts and published), and the office's consent setting. */
export function MyPracticesPage() {
  const { t } = useI18n();
  const { state } = useLocation();
  const [deleted] = useState(() => practiceNoticeOf(state) === 'deleted');
  const offices = useCoordinatedOffices();
  if (offices.length === 0) return <CoordinatorsOnly />;

  return (
    <>
      <title>{`${t('practices.mine.title')} – ${t('app.name')}`}</title>
      <PageHeading>{t('practices.mine.title')}</PageHeading>
      {deleted && <Notice>{t('practices.notice.deleted')}</Notice>}
      <p>{t('practices.mine.intro')}</p>
      <p>
        <Link to={NEW_PRACTICE_PATH} className="button-link">
          {t('practices.new')}
        </Link>
      </p>
      <Section title={t('practices.mine.listTitle')}>
        <MyPracticesTable showOffice={offices.length > 1} />
      </Section>
      <Section title={t('practices.disclosure.title')}>
        {offices.map((office) => (
          <DisclosureSetting key={office.id} officeId={office.id} officeName={offices.length > 1 ? office.name : undefined} />
        ))}
      </Section>
    </>
  );
}

function MyPracticesTable({ showOffice }: { showOffice: boolean }) {
  const result = useMyPractices();
  return (
    <QueryView result={result} keepDataOnError>
      {(data) => <PracticesTable practices={data.myGoodPractices} showOffice={showOffice} />}
    </QueryView>
  );
}

/** The coordinator's practices, most recently changed first. */
export function PracticesTable({ practices, showOffice }: { practices: readonly PracticeCard[]; showOffice: boolean }) {
  const { t, language } = useI18n();
  if (practices.length === 0) return <p>{t('practices.mine.none')}</p>;
  const sorted = [...practices].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <DataTable
      caption={t('practices.mine.listTitle')}
      columns={[
        t('practices.field.title'),
        ...(showOffice ? [t('practices.office')] : []),
        t('practices.status'),
        t('practices.updatedAt'),
        t('practices.publishedAt'),
        { label: t('users.actions'), labelHidden: true },
      ]}
      rows={sorted.map((practice) => ({
        key: practice.id,
        cells: [
          <Link to={practicePath(practice.id)}>{practice.title}</Link>,
          ...(showOffice ? [practice.office.name] : []),
          <span className={`badge badge--status badge--${practice.status.toLowerCase()}`}>{t(`practiceStatus.${practice.status}`)}</span>,
          formatDay(practice.updatedAt, language),
          practice.fromSources ? (
            <span className="muted">
              {practice.year === null ? t('practices.yearUnknown') : t('practices.introducedInYear', { year: practice.year })}
            </span>
          ) : practice.publishedAt ? (
            formatDay(practice.publishedAt, language)
          ) : (
            <span className="muted">{t('practices.mine.notPublished')}</span>
          ),
          <Link to={practiceEditPath(practice.id)} aria-label={t('practices.editAccessible', { title: practice.title })}>
            {t('practices.edit')}
          </Link>,
        ],
      }))}
    />
  );
}
