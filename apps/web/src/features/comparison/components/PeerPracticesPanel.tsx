import { useT } from '../../../app/i18n';
import { Section } from '../../../components/Section';
import type { PracticeSuggestionsQueryVariables } from '../../../generated/graphql';
import { usePracticeSuggestions } from '../hooks/usePracticeSuggestions';
import { PeerPractices } from './PeerPractices';
import { QueryView } from '../../../components/QueryView';
import './peer-practices.css';

interface PeerPracticesPanelProps extends PracticeSuggestionsQueryVariables {
  /** Whether the period's peer statistics are released: before that nothing can lag. */
  released: boolean;
}

/** "Learn from peers": for the page's programme, period, office and peer group. */
export function PeerPracticesPanel({ released, ...variables }: PeerPracticesPanelProps) {
  const t = useT();
  const result = usePracticeSuggestions(variables, released);
  return (
    <Section title={t('peerPractices.title')}>
      <p>{t('peerPractices.intro')}</p>
      {released ? (
        <QueryView result={result}>{({ practiceSuggestions }) => <PeerPractices suggestions={practiceSuggestions} />}</QueryView>
      ) : (
        <p>{t('peerPractices.notReleased')}</p>
      )}
    </Section>
  );
}
