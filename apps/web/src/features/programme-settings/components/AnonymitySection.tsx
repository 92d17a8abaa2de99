import { minimumContributors } from '@officebench/domain';
import { useT } from '../../../app/i18n';
import { Section } from '../../../components/Section';
import type { SettingsProgramme } from '../graphql/programme-settings.query';

/** The programme's anonymity threshold k and what it means for what offices see (docs/confidentiality.md). */
export function AnonymitySection({ programme }: { programme: SettingsProgramme }) {
  const t = useT();
  const k = programme.anonymityThreshold;
  const minimum = minimumContributors(k);
  return (
    <Section title={t('settings.anonymity.k', { k })}>
      <p>{t('settings.anonymity.meaning')}</p>
      <ul>
        <li>{t('settings.anonymity.cell', { count: minimum })}</li>
        <li>{t('settings.anonymity.quantiles', { count: 2 * k })}</li>
        <li>{t('settings.anonymity.dominance')}</li>
        <li>{t('settings.anonymity.groups', { count: minimum })}</li>
        <li>{t('settings.anonymity.rounding')}</li>
        <li>{t('settings.anonymity.lead')}</li>
      </ul>
      <p>{t('settings.anonymity.fixed')}</p>
    </Section>
  );
}
