import { practiceOffices } from '@officebench/domain';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { useSessionUser } from '../../../lib/session/useAuth';
import { actorOf } from '../../../lib/session/roles';
import type { PracticeCard } from '../graphql/practice-fields.fragment';
import { useMyPractices } from '../hooks/usePractices';
import { formatDay } from '../utils/format';
import { practiceNoticeOf } from '../utils/notices';
import { NEW_PRACTICE_PATH, practiceEditPath, practicePath } from '../utils/paths';
import { DisclosureSetting } from './DisclosureSetting';
import { PracticeMessage } from './PracticeMessage';
import './practices.css';

/** `/moje-praktyki`: a coordinator's practices (drafts and published), and the office's consent setting. */
export function MyPracticesPage() {
  const { t } = useI18n();
  const user = useSessionUser();
  const { state } = useLocation();
  const [deleted] = useState(() => practiceNoticeOf(state) === 'deleted');
  const officeIds = practiceOffices(actorOf(user.id, user.roles));
  if (officeIds.length === 0) return <PracticeMessage title={t('accounts.forbiddenTitle')} body={t('practices.coordinatorsOnly')} />;
  const offices = officeIds.map((id) => ({ id, name: user.roles.find(({ office }) => office?.id === id)?.office?.name ?? id }));

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
  const { data, loading, error, refetch } = useMyPractices();
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState onRetry={refetch} error={error} />;
  return <PracticesTable practices={data?.myGoodPractices ?? []} showOffice={showOffice} />;
}

/** The coordinator's practices, most recently changed first. */
export function PracticesTable({ practices, showOffice }: { practices: readonly PracticeCard[]; showOffice: boolean }) {
  const { t, language } = useI18n();
  if (practices.length === 0) return <p>{t('practices.mine.none')}</p>;
  const sorted = [...practices].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('practices.mine.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('practices.field.title')}</th>
            {showOffice && <th scope="col">{t('practices.office')}</th>}
            <th scope="col">{t('practices.status')}</th>
            <th scope="col">{t('practices.updatedAt')}</th>
            <th scope="col">{t('practices.publishedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((practice) => (
            <tr key={practice.id}>
              <th scope="row">
                <Link to={practicePath(practice.id)}>{practice.title}</Link>
              </th>
              {showOffice && <td>{practice.office.name}</td>}
              <td>
                <span className={`badge badge--status badge--${practice.status.toLowerCase()}`}>
                  {t(`practiceStatus.${practice.status}`)}
                </span>
              </td>
              <td>{formatDay(practice.updatedAt, language)}</td>
              <td>
                {practice.publishedAt ? (
                  formatDay(practice.publishedAt, language)
                ) : (
                  <span className="muted">{t('practices.mine.notPublished')}</span>
                )}
              </td>
              <td>
                <Link to={practiceEditPath(practice.id)} aria-label={t('practices.editAccessible', { title: practice.title })}>
                  {t('practices.edit')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
