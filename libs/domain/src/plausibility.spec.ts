import fc from 'fast-check';
import { describeWarning, median, ownHistoryFence, plausibilityWarnings, WARNING_CODES } from './plausibility';

const pct = { minValue: 0, maxValue: 100 };

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('ownHistoryFence', () => {
  it('needs three earlier values', () => {
    expect(ownHistoryFence([80, 82], pct)).toBeNull();
    expect(ownHistoryFence([80, 82, 84], pct)).not.toBeNull();
  });

  it('uses only the last eight periods', () => {
    const fence = ownHistoryFence([1, 1, 1, 1, 90, 90, 90, 90, 90, 90, 90, 90], pct);
    expect(fence?.median).toBe(90);
  });

  it('is not thrown off by one wild value in the history', () => {
    const fence = ownHistoryFence([80, 82, 81, 79, 5, 83], pct);
    expect(fence!.low).toBeGreaterThan(50);
    expect(plausibilityWarnings(5, [80, 82, 81, 79, 5, 83], null, pct)).toHaveLength(1);
    expect(fence!.high).toBeLessThan(110);
  });
});

describe('plausibilityWarnings', () => {
  const history = [84, 86, 85, 87, 83];

  it('warns for a value far from the own history and not for a usual one', () => {
    expect(plausibilityWarnings(1, history, null, pct).map((w) => w.code)).toEqual(['FAR_FROM_OWN_HISTORY']);
    expect(plausibilityWarnings(88, history, null, pct)).toEqual([]);
  });

  it('does not flag a small change after a perfectly steady history', () => {
    expect(plausibilityWarnings(52, [50, 50, 50, 50], null, pct)).toEqual([]);
  });

  it('warns outside the programme fence, without any office value in the warning', () => {
    const warnings = plausibilityWarnings(99, [], { low: 10, high: 95 }, pct);
    expect(warnings).toEqual([{ code: 'OUTSIDE_PROGRAMME_RANGE', params: {} }]);
  });

  it('never warns for a value equal to the history median (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 8 }), (values) => {
        expect(plausibilityWarnings(median(values), values, null, pct)).toEqual([]);
      }),
    );
  });
});

describe('describeWarning', () => {
  it('speaks Polish and English', () => {
    for (const code of WARNING_CODES) {
      const warning = { code, params: { median: 85, periods: 5 } };
      expect(describeWarning(warning, 'pl')).not.toEqual(describeWarning(warning, 'en'));
    }
    expect(describeWarning({ code: 'FAR_FROM_OWN_HISTORY', params: { median: 85.5, periods: 5 } }, 'pl')).toContain(
      'mediana 85,5 z 5 okresów',
    );
    expect(describeWarning({ code: 'FAR_FROM_OWN_HISTORY', params: { median: 85.5, periods: 5 } }, 'en')).toContain(
      'median 85.5 over 5 periods',
    );
  });
});
