import { EMPTY_SEARCH, filterOf, hasFilters, paramsFromSearch, searchFromParams, searchPath, searchQueryString } from './search-params';

describe('practice search in the URL', () => {
  it('reads every parameter', () => {
    const search = searchFromParams(
      new URLSearchParams(
        'q=obsluga+klienta&caf=2&indicator=CAF_TOTAL_SCORE&kind=COUNTY&region=ma%C5%82opolskie&year=2011&tag=ISO+9001&featured=1',
      ),
    );
    expect(search).toEqual({
      query: 'obsluga klienta',
      cafCriterion: 2,
      indicatorCode: 'CAF_TOTAL_SCORE',
      officeKind: 'COUNTY',
      region: 'małopolskie',
      year: 2011,
      tag: 'ISO 9001',
      featured: true,
    });
  });

  it('leaves out values that make no sense', () => {
    expect(searchFromParams(new URLSearchParams('caf=12&kind=CASTLE&year=20x1&featured=yes'))).toEqual(EMPTY_SEARCH);
    expect(searchFromParams(new URLSearchParams('caf=0&year=1200'))).toEqual(EMPTY_SEARCH);
  });

  it('writes back what it read, and nothing for an empty search', () => {
    const params = 'q=samoocena&caf=2&kind=ASSOCIATION&featured=1';
    expect(paramsFromSearch(searchFromParams(new URLSearchParams(params))).toString()).toBe(params);
    expect(paramsFromSearch(EMPTY_SEARCH).toString()).toBe('');
    expect(paramsFromSearch({ ...EMPTY_SEARCH, query: '   ' }).toString()).toBe('');
  });

  it('builds links to a search', () => {
    expect(searchPath()).toBe('/praktyki');
    expect(searchPath({ cafCriterion: 3 })).toBe('/praktyki?caf=3');
    expect(searchPath({ query: 'obsługa & klient' })).toBe('/praktyki?q=obs%C5%82uga+%26+klient');
    expect(searchPath({ tag: 'ISO 9001' })).toBe('/praktyki?tag=ISO+9001');
    expect(searchPath({ indicatorCode: 'DESK_WAIT_MINUTES' })).toBe('/praktyki?indicator=DESK_WAIT_MINUTES');
  });

  it('carries the search a practice was opened from in its address', () => {
    expect(searchQueryString({ ...EMPTY_SEARCH, query: 'ISO9001', tag: 'CAF' })).toBe('?q=ISO9001&tag=CAF');
    expect(searchQueryString(EMPTY_SEARCH)).toBe('');
  });

  it('asks the API with a filter only for what is chosen', () => {
    expect(filterOf(EMPTY_SEARCH)).toBeNull();
    expect(hasFilters({ ...EMPTY_SEARCH, query: 'x' })).toBe(false);
    expect(filterOf({ ...EMPTY_SEARCH, cafCriterion: 2, featured: true, region: 'śląskie', tag: 'CAF' })).toEqual({
      cafCriterion: 2,
      featured: true,
      region: 'śląskie',
      tag: 'CAF',
    });
  });
});
