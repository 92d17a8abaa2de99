import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { CREATE_GOOD_PRACTICE_MUTATION } from '../graphql/create-good-practice.mutation';
import { DELETE_GOOD_PRACTICE_MUTATION } from '../graphql/delete-good-practice.mutation';
import { FEATURE_GOOD_PRACTICE_MUTATION } from '../graphql/feature-good-practice.mutation';
import { GOOD_PRACTICE_QUERY } from '../graphql/good-practice.query';
import type { GoodPracticesQueryVariables } from '../../../generated/graphql';
import { GOOD_PRACTICES_QUERY, type PracticeEdge } from '../graphql/good-practices.query';
import { MY_GOOD_PRACTICES_QUERY } from '../graphql/my-good-practices.query';
import { PRACTICE_DISCLOSURE_QUERY } from '../graphql/practice-disclosure.query';
import { PRACTICE_INDICATORS_QUERY, type CatalogueIndicator } from '../graphql/practice-indicators.query';
import { PUBLISH_GOOD_PRACTICE_MUTATION } from '../graphql/publish-good-practice.mutation';
import { SET_PRACTICE_DISCLOSURE_MUTATION } from '../graphql/set-practice-disclosure.mutation';
import { UPDATE_GOOD_PRACTICE_MUTATION } from '../graphql/update-good-practice.mutation';
import { WITHDRAW_GOOD_PRACTICE_MUTATION } from '../graphql/withdraw-good-practice.mutation';

/** Results per page (the API allows up to 50). */
export const PRACTICES_PAGE_SIZE = 20;

interface MorePages {
  /** The search the pages belong to: a new search starts from its first page again. */
  key: string;
  edges: PracticeEdge[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * A search's first page (a query, cached), and the pages "load more" appended after it, each asked
 * for with the previous page's endCursor.
 */
export function usePracticeSearch(variables: Omit<GoodPracticesQueryVariables, 'first' | 'after'>) {
  const client = useApolloClient();
  const key = JSON.stringify(variables);
  const first = useQuery(GOOD_PRACTICES_QUERY, { variables: { ...variables, first: PRACTICES_PAGE_SIZE, after: null } });
  const [more, setMore] = useState<MorePages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const current = more?.key === key ? more : null;
  const connection = first.data?.goodPractices;
  const endCursor = current ? current.endCursor : (connection?.pageInfo.endCursor ?? null);
  const hasNextPage = current ? current.hasNextPage : (connection?.pageInfo.hasNextPage ?? false);

  const loadMore = useCallback(async (): Promise<number> => {
    if (!endCursor) return 0;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      const { data } = await client.query({
        query: GOOD_PRACTICES_QUERY,
        variables: { ...variables, first: PRACTICES_PAGE_SIZE, after: endCursor },
        fetchPolicy: 'network-only',
      });
      const page = data?.goodPractices;
      if (!page) return 0;
      setMore((previous) => ({
        key,
        edges: [...(previous?.key === key ? previous.edges : []), ...page.edges],
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
      }));
      return page.edges.length;
    } catch (error) {
      setLoadMoreError(error);
      return 0;
    } finally {
      setLoadingMore(false);
    }
    // `variables` is what `key` describes.
  }, [client, key, endCursor]);

  return {
    ...first,
    edges: connection ? [...connection.edges, ...(current?.edges ?? [])] : [],
    hasNextPage,
    loadMore,
    loadingMore,
    loadMoreError,
  };
}

/** One practice; `fresh` asks the server before showing anything (the editor starts from the latest version). */
export function usePractice(id: string, { fresh = false } = {}) {
  return useQuery(GOOD_PRACTICE_QUERY, { variables: { id }, ...(fresh ? { fetchPolicy: 'network-only' as const } : {}) });
}

export function useMyPractices() {
  return useQuery(MY_GOOD_PRACTICES_QUERY);
}

/** The indicators of the viewer's programmes, each once (by code), in programme order. */
export function usePracticeIndicators() {
  const result = useQuery(PRACTICE_INDICATORS_QUERY);
  const seen = new Map<string, CatalogueIndicator>();
  for (const programme of result.data?.programmes ?? []) {
    for (const indicator of programme.indicators) if (!seen.has(indicator.code)) seen.set(indicator.code, indicator);
  }
  return { ...result, indicators: [...seen.values()] };
}

export function usePracticeDisclosure(officeId: string) {
  return useQuery(PRACTICE_DISCLOSURE_QUERY, { variables: { officeId } });
}

export function useSetPracticeDisclosure() {
  return useMutation(SET_PRACTICE_DISCLOSURE_MUTATION);
}

/** Lists that change when a practice is created, published, withdrawn or deleted: asked again. */
const PRACTICE_LISTS = ['MyGoodPractices', 'GoodPractices'];

export function useCreatePractice() {
  return useMutation(CREATE_GOOD_PRACTICE_MUTATION, { refetchQueries: PRACTICE_LISTS });
}

export function useUpdatePractice() {
  return useMutation(UPDATE_GOOD_PRACTICE_MUTATION, { refetchQueries: PRACTICE_LISTS });
}

export function usePublishPractice() {
  return useMutation(PUBLISH_GOOD_PRACTICE_MUTATION, { refetchQueries: PRACTICE_LISTS });
}

export function useWithdrawPractice() {
  return useMutation(WITHDRAW_GOOD_PRACTICE_MUTATION, { refetchQueries: PRACTICE_LISTS });
}

export function useDeletePractice() {
  return useMutation(DELETE_GOOD_PRACTICE_MUTATION, { refetchQueries: PRACTICE_LISTS });
}

export function useFeaturePractice() {
  return useMutation(FEATURE_GOOD_PRACTICE_MUTATION, { refetchQueries: PRACTICE_LISTS });
}
