import { useEffect, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ErrorState } from '../../../components/ErrorState';
import type { PracticeEdge } from '../graphql/good-practices.query';
import { usePracticeSearch } from '../hooks/usePractices';
import { filterOf, type PracticeSearch, searchQueryString } from '../utils/search-params';
import { EmptyResults } from './EmptyResults';
import { PracticeResultCard } from './PracticeResultCard';

interface ResultsViewProps {
  search: PracticeSearch;
  loading: boolean;
  /** null until the first answer. */
  result: (Counts & { terms: string[]; corrections: string[] }) | null;
  edges: readonly PracticeEdge[];
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError: string | null;
  onLoadMore: () => void;
}

/** The API's counts stop one past countLimit: such a count reads "more than countLimit". */
type Counts = { totalCount: number; allTermsCount: number; countLimit: number; terms: readonly string[] };
type CountKey =
  | 'practices.allTerms'
  | 'practices.noneHasAllTerms'
  | 'practices.allTermsMany'
  | 'practices.allTermsOfMany'
  | 'practices.noneHasAllTermsOfMany'
  | 'practices.moreThan';

/** A count as said: the number, or "more than N" where the API stopped counting. */
export function countText(count: number, result: Counts, t: (key: CountKey, values: Record<string, number>) => string): string {
  return count > result.countLimit ? t('practices.moreThan', { limit: result.countLimit }) : String(count);
}

/** How many of the practices found hold all the words of a search of several, and how many only some; null when that says nothing. */
export function allTermsLine(result: Counts, t: (key: CountKey, values: Record<string, number>) => string): string | null {
  if (result.terms.length < 2) return null;
  // Above the limit the difference is unknown: only what was counted is said.
  if (result.allTermsCount > result.countLimit) return t('practices.allTermsMany', { limit: result.countLimit });
  if (result.totalCount > result.countLimit) {
    return result.allTermsCount === 0
      ? t('practices.noneHasAllTermsOfMany', {})
      : t('practices.allTermsOfMany', { all: result.allTermsCount });
  }
  const partial = result.totalCount - result.allTermsCount;
  if (partial === 0) return null;
  return result.allTermsCount === 0
    ? t('practices.noneHasAllTerms', { partial })
    : t('practices.allTerms', { all: result.allTermsCount, partial });
}

/**
 * The results as shown: the count (announced politely as it changes) and, for several words, how many
 * hold them all; the words used in place of likely typos, the cards (those holding every word first,
 * under a heading of their own when others follow), "load more", or the empty state.
 */
export function ResultsView({ search, loading, result, edges, hasNextPage, loadingMore, loadMoreError, onLoadMore }: ResultsViewProps) {
  const { t } = useI18n();
  const query = search.query.trim();
  const allTerms = result ? allTermsLine(result, t) : null;
  const total = result ? countText(result.totalCount, result, t) : '';
  const status = !result
    ? t('practices.searching')
    : [query ? t('practices.countFor', { query, count: total }) : t('practices.count', { count: total }), allTerms]
        .filter(Boolean)
        // "…: 33. 2 praktyki zawierają wszystkie słowa…": the count ends its sentence before the next begins.
        .join('. ');
  const fromSearch = searchQueryString(search);
  // Two groups only when some hold every word and some do not (the API sends the first ones first).
  const all = edges.filter((edge) => edge.matchesAllTerms);
  const grouped = allTerms !== null && all.length > 0;
  const card = ({ node, highlight }: PracticeEdge) => (
    <li key={node.id}>
      <PracticeResultCard practice={node} highlight={highlight} fromSearch={fromSearch} headingLevel={grouped ? 4 : 3} />
    </li>
  );
  return (
    <section className="practice-results" aria-labelledby="practice-results-title">
      <h2 id="practice-results-title" className="visually-hidden">
        {t('practices.resultsTitle')}
      </h2>
      {/* Always in the page, so that a changed count is read out (a region added with its text may not be). */}
      <p role="status" aria-live="polite" aria-busy={loading} className="practice-results__count">
        {status}
      </p>
      {result && query && result.terms.length === 0 && <p className="notice">{t('practices.noSearchableWords', { query })}</p>}
      {result && result.corrections.length > 0 && (
        <p className="practice-results__corrections">{t('practices.corrections', { words: result.corrections.join(', ') })}</p>
      )}
      {result && result.totalCount === 0 && <EmptyResults search={search} />}
      {grouped ? (
        <>
          <h3 className="practice-results__group">{t('practices.group.allTerms')}</h3>
          <ol className="practice-results__list">{all.map(card)}</ol>
          {edges.length > all.length && (
            <>
              <h3 className="practice-results__group">{t('practices.group.someTerms')}</h3>
              <ol className="practice-results__list" start={all.length + 1}>
                {edges.filter((edge) => !edge.matchesAllTerms).map(card)}
              </ol>
            </>
          )}
        </>
      ) : (
        edges.length > 0 && <ol className="practice-results__list">{edges.map(card)}</ol>
      )}
      {result && edges.length > 0 && (
        <div className="practice-results__more">
          <p>{t('practices.shown', { shown: edges.length, total })}</p>
          {loadMoreError && (
            <p role="alert" className="field__error">
              {loadMoreError}
            </p>
          )}
          {hasNextPage && (
            <button type="button" className="secondary" disabled={loadingMore} onClick={onLoadMore}>
              {loadingMore ? t('practices.loadingMore') : t('practices.loadMore')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** The search's results from the API, page after page. */
export function PracticeSearchResults({ search }: { search: PracticeSearch }) {
  const errorMessage = useErrorMessage();
  const query = search.query.trim();
  const found = usePracticeSearch({ query: query || null, filter: filterOf(search) });
  // After "load more", the focus moves to the first new result, so that keyboard users go on from there.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const { edges } = found;
  useEffect(() => {
    if (focusIndex === null) return;
    const edge = edges[focusIndex];
    if (edge) document.getElementById(`practice-${edge.node.id}-title`)?.querySelector('a')?.focus();
    setFocusIndex(null);
  }, [focusIndex, edges]);

  if (found.error && !found.data) return <ErrorState onRetry={found.refetch} error={found.error} />;
  const connection = found.data?.goodPractices ?? null;
  return (
    <ResultsView
      search={search}
      loading={found.loading}
      result={connection}
      edges={edges}
      hasNextPage={found.hasNextPage}
      loadingMore={found.loadingMore}
      loadMoreError={found.loadMoreError ? errorMessage(found.loadMoreError) : null}
      onLoadMore={() => {
        const before = edges.length;
        void found.loadMore().then((added) => {
          if (added > 0) setFocusIndex(before);
        });
      }}
    />
  );
}
