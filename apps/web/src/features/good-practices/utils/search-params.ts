import { isCafCriterion, isOfficeKind, type OfficeKind, PRACTICE_LIMITS } from '@officebench/domain';
import type { GoodPracticeFilter } from '../../../generated/graphql';

/**
 * A practice search as the page's URL holds it (`/praktyki?q=…&caf=2&…`), so that results can be
 * linked to and the browser's Back button returns to the previous search.
 */
export interface PracticeSearch {
  query: string;
  cafCriterion: number | null;
  indicatorCode: string;
  officeKind: OfficeKind | null;
  region: string;
  year: number | null;
  /** Only practices with this tag (a tag's link on a practice's page). */
  tag: string;
  /** Only practices featured by the lead of a programme the viewer takes part in. */
  featured: boolean;
}

export const EMPTY_SEARCH: PracticeSearch = {
  query: '',
  cafCriterion: null,
  indicatorCode: '',
  officeKind: null,
  region: '',
  year: null,
  tag: '',
  featured: false,
};

/** The URL parameters, short and stable: links from elsewhere (e.g. the comparison page's `indicator`) use them. */
export const SEARCH_PARAMS = {
  query: 'q',
  cafCriterion: 'caf',
  indicatorCode: 'indicator',
  officeKind: 'kind',
  region: 'region',
  year: 'year',
  tag: 'tag',
  featured: 'featured',
} as const;

function integer(text: string | null): number | null {
  if (text === null || !/^\d{1,4}$/.test(text.trim())) return null;
  return Number(text.trim());
}

/** The search a URL asks for; values that make no sense (a criterion 12, an unknown kind) are left out. */
export function searchFromParams(params: URLSearchParams): PracticeSearch {
  const caf = integer(params.get(SEARCH_PARAMS.cafCriterion));
  const kind = params.get(SEARCH_PARAMS.officeKind) ?? '';
  const year = integer(params.get(SEARCH_PARAMS.year));
  return {
    query: params.get(SEARCH_PARAMS.query) ?? '',
    cafCriterion: caf !== null && isCafCriterion(caf) ? caf : null,
    indicatorCode: (params.get(SEARCH_PARAMS.indicatorCode) ?? '').trim(),
    officeKind: isOfficeKind(kind) ? kind : null,
    region: (params.get(SEARCH_PARAMS.region) ?? '').trim(),
    year: year !== null && year >= PRACTICE_LIMITS.firstYear && year <= PRACTICE_LIMITS.lastYear ? year : null,
    tag: (params.get(SEARCH_PARAMS.tag) ?? '').trim().slice(0, 60),
    featured: params.get(SEARCH_PARAMS.featured) === '1',
  };
}

/** The URL parameters of a search, empty values left out (so an empty search is plain `/praktyki`). */
export function paramsFromSearch(search: PracticeSearch): URLSearchParams {
  const params = new URLSearchParams();
  const query = search.query.trim();
  if (query) params.set(SEARCH_PARAMS.query, query);
  if (search.cafCriterion !== null) params.set(SEARCH_PARAMS.cafCriterion, String(search.cafCriterion));
  if (search.indicatorCode) params.set(SEARCH_PARAMS.indicatorCode, search.indicatorCode);
  if (search.officeKind) params.set(SEARCH_PARAMS.officeKind, search.officeKind);
  if (search.region) params.set(SEARCH_PARAMS.region, search.region);
  if (search.year !== null) params.set(SEARCH_PARAMS.year, String(search.year));
  if (search.tag) params.set(SEARCH_PARAMS.tag, search.tag);
  if (search.featured) params.set(SEARCH_PARAMS.featured, '1');
  return params;
}

/** The search page's path for a search (e.g. the empty state's "browse by CAF criterion" links). */
export function searchPath(search: Partial<PracticeSearch> = {}): string {
  const params = paramsFromSearch({ ...EMPTY_SEARCH, ...search }).toString();
  return params ? `/praktyki?${params}` : '/praktyki';
}

/** The API's filter for a search; null when nothing is filtered. */
export function filterOf(search: PracticeSearch): GoodPracticeFilter | null {
  const filter: GoodPracticeFilter = {};
  if (search.cafCriterion !== null) filter.cafCriterion = search.cafCriterion;
  if (search.indicatorCode) filter.indicatorCode = search.indicatorCode;
  if (search.officeKind) filter.officeKind = search.officeKind;
  if (search.region) filter.region = search.region;
  if (search.year !== null) filter.year = search.year;
  if (search.tag) filter.tag = search.tag;
  if (search.featured) filter.featured = true;
  return Object.keys(filter).length ? filter : null;
}

export function hasFilters(search: PracticeSearch): boolean {
  return filterOf(search) !== null;
}

/**
 * The search a practice's page was opened from, carried in its own address (`/praktyki/:id?q=…`), so
 * that its "back to the results" link returns to that search even after a reload or in a new tab.
 * Empty when it was opened from elsewhere.
 */
export function searchQueryString(search: PracticeSearch): string {
  const params = paramsFromSearch(search).toString();
  return params ? `?${params}` : '';
}
