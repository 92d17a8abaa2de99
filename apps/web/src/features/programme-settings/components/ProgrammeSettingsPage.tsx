import { Link, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { LeadOnly } from '../../../components/LeadOnly';
import { PageFrame } from '../../../components/PageFrame';
import { QueryView } from '../../../components/QueryView';
import { useProgrammeSettings } from '../hooks/useProgrammeSettings';
import { AnonymitySection } from './AnonymitySection';
import { PeerGroupsSection } from './PeerGroupsSection';
import { PeriodsSection } from './PeriodsSection';
import { TargetsSection } from './TargetsSection';
import './programme-settings.css';

/** The sections of the settings, each at its own address (`/programmes/:programmeId/settings/<slug>`). */
export const SETTINGS_SECTIONS = [
  { slug: 'periods', label: 'settings.section.periods', Component: PeriodsSection },
  { slug: 'targets', label: 'settings.section.targets', Component: TargetsSection },
  { slug: 'peer-groups', label: 'settings.section.peerGroups', Component: PeerGroupsSection },
  { slug: 'anonymity', label: 'settings.section.anonymity', Component: AnonymitySection },
] as const;

/** `/programmes/:programmeId/settings/:section?`: the lead's periods, targets, peer groups and anonymity threshold. */
export function ProgrammeSettingsPage() {
  const { programmeId = '' } = useParams();
  return (
    <LeadOnly programmeId={programmeId}>
      <ProgrammeSettings programmeId={programmeId} />
    </LeadOnly>
  );
}

function ProgrammeSettings({ programmeId }: { programmeId: string }) {
  const t = useT();
  const { section: slug } = useParams();
  const result = useProgrammeSettings(programmeId);
  const section = SETTINGS_SECTIONS.find((candidate) => candidate.slug === slug) ?? SETTINGS_SECTIONS[0];
  const base = `/programmes/${encodeURIComponent(programmeId)}/settings`;
  return (
    <QueryView result={result} keepDataOnError>
      {({ programme }) =>
        programme ? (
          <PageFrame title={`${t(section.label)} – ${t('settings.title')}`} eyebrow={programme.name} programme={programme}>
            <p>{t('settings.intro')}</p>
            <nav aria-label={t('settings.sections')}>
              <ul className="settings-nav">
                {SETTINGS_SECTIONS.map(({ slug: other, label }) => (
                  <li key={other}>
                    <Link to={`${base}/${other}`} aria-current={other === section.slug ? 'page' : undefined}>
                      {t(label)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <section.Component programme={programme} />
          </PageFrame>
        ) : null
      }
    </QueryView>
  );
}
