import { backState, fromIndicatorOf, searchWith, viewOf } from './navigation';

describe('searchWith', () => {
  const current = new URLSearchParams({ period: 'q3', group: 'urban' });

  it('adds a choice and keeps the others', () => {
    expect(searchWith(current, { indicator: 'CASES_ON_TIME_PCT' })).toBe('?period=q3&group=urban&indicator=CASES_ON_TIME_PCT');
  });

  it('removes the choices set to null, and gives an empty search when none is left', () => {
    const detail = new URLSearchParams({ period: 'q3', indicator: 'A' });
    expect(searchWith(detail, { indicator: null, view: null })).toBe('?period=q3');
    expect(searchWith(new URLSearchParams({ view: 'all' }), { view: null })).toBe('');
  });

  it('leaves the address it was given as it was', () => {
    searchWith(current, { group: null });
    expect(current.toString()).toBe('period=q3&group=urban');
  });
});

describe('viewOf', () => {
  it('knows the print view and the targets, nothing else', () => {
    expect(viewOf('all')).toBe('all');
    expect(viewOf('targets')).toBe('targets');
    expect(viewOf('everything')).toBeNull();
    expect(viewOf(null)).toBeNull();
  });
});

describe('fromIndicatorOf', () => {
  it('reads back the indicator the way back came from, and nothing from any other state', () => {
    expect(fromIndicatorOf(backState('A'))).toBe('A');
    expect(fromIndicatorOf(null)).toBeNull();
    expect(fromIndicatorOf({ fromIndicator: 3 })).toBeNull();
    expect(fromIndicatorOf('A')).toBeNull();
  });
});
