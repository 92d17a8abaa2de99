import { Link, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import type { OfficeScorecardQuery } from '../../../generated/graphql';
import { comparisonPath, officeReportsPath } from '../../../lib/paths';
import { useSessionUser } from '../../../lib/session/useAuth';
import { useOfficeScorecard } from '../hooks/useOfficeScorecard';
import { OfficeTasks } from './OfficeTasks';
import { ScorecardTiles } from './ScorecardTiles';
import './my-office.css';
import { useAddressChoice } from '../../../hooks/useAddressChoice';

/** The group compared with is in the address (`?group=`), so that a reload or a shared link shows the same. */
const GROUP = 'group';

/** `/programmes/:programmeId/offices/:officeId`: the office's home, a scorecard: what is left to do, and where it stands. */
export function MyOfficePage() {
  const { programmeId = '', officeId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const groupId = searchParams.get(GROUP);
  const result = useOfficeScorecard(programmeId, officeId, groupId);
  const choose = useAddressChoice();
  const chooseGroup = (id: string) => choose(GROUP, id);
  return <QueryView result={result}>{(data) => <MyOffice data={data} programmeId={programmeId} chooseGroup={chooseGroup} />}</QueryView>;
}

interface MyOfficeProps {
  data: OfficeScorecardQuery;
  programmeId: string;
  chooseGroup: (peerGroupId: string) => void;
}

function MyOffice({ data: { programme, officeScorecard: scorecard, reminders }, programmeId, chooseGroup }: MyOfficeProps) {
  const { t } = useI18n();
  const user = useSessionUser();
  const { office, peerGroup } = scorecard;
  const mine = user.roles.some(({ role, office: granted }) => role === 'OFFICE_COORDINATOR' && granted?.id === office.id);
  const base = `/programmes/${encodeURIComponent(programmeId)}`;
  const comparison = comparisonPath(programmeId, office.id);
  const withGroup = (params: Record<string, string>) =>
    `${comparison}?${new URLSearchParams(peerGroup ? { group: peerGroup.id, ...params } : params).toString()}`;

  return (
    <>
      <title>{`${mine ? `${t('nav.myOffice')}: ` : ''}${office.name} – ${t('app.name')}`}</title>
      {mine && <p className="eyebrow">{t('nav.myOffice')}</p>}
      <PageHeading>{office.name}</PageHeading>
      <p className="office-facts">
        {t(`officeKind.${office.kind}`)} · {office.region}
        {programme && <span className="office-facts__programme">{` · ${t('myOffice.programme')}: ${programme.name}`}</span>}
      </p>
      {programme?.isDemo && (
        <p role="note" className="demo-banner">
          {t('programme.demoBanner')}
        </p>
      )}
      <div className="office-home">
        <OfficeTasks
          tasks={scorecard.tasks}
          reminders={reminders}
          mine={mine}
          submissionPath={(periodId) => `${base}/offices/${encodeURIComponent(office.id)}/periods/${encodeURIComponent(periodId)}`}
          importPath={`${base}/import`}
        />
        <Section title={t('myOffice.results.title')}>
          <p className="scorecard-intro">{t('myOffice.results.intro')}</p>
          {peerGroup === null ? (
            <p>{t('myOffice.results.noGroups')}</p>
          ) : (
            <>
              <div className="scorecard-bar">
                <SelectField
                  id="scorecard-group"
                  label={t('myOffice.results.group')}
                  value={peerGroup.id}
                  options={scorecard.peerGroups.map(({ id, name }) => ({ value: id, label: name }))}
                  onChange={chooseGroup}
                />
                <Link to={withGroup({})}>{t('myOffice.results.fullComparison')}</Link>
                <Link to={officeReportsPath(programmeId, office.id)}>{t('nav.reports')}</Link>
              </div>
              <ScorecardTiles lines={scorecard.lines} groupName={peerGroup.name} detailPath={(code) => withGroup({ indicator: code })} />
            </>
          )}
        </Section>
      </div>
    </>
  );
}
