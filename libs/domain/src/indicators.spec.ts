import fc from 'fast-check';
import {
  computeIndicatorValue,
  formOrder,
  INDICATOR_UNITS,
  isWithinRange,
  unitMessages,
  unitWord,
  type IndicatorDefinition,
} from './indicators';

const ratio: IndicatorDefinition = { inputKind: 'RATIO', scale: 100, minValue: 0, maxValue: 100 };
const count: IndicatorDefinition = { inputKind: 'VALUE', scale: 1, minValue: 0, maxValue: null };

describe('computeIndicatorValue', () => {
  it('divides numerator by denominator and applies the scale', () => {
    expect(computeIndicatorValue(ratio, { numerator: 45, denominator: 60 })).toBe(75);
    expect(computeIndicatorValue({ ...ratio, scale: 1000 }, { numerator: 3, denominator: 1500 })).toBeCloseTo(2);
  });

  it('is null for an incomplete ratio or a zero denominator', () => {
    expect(computeIndicatorValue(ratio, { numerator: 5 })).toBeNull();
    expect(computeIndicatorValue(ratio, { denominator: 5 })).toBeNull();
    expect(computeIndicatorValue(ratio, { numerator: 0, denominator: 0 })).toBeNull();
  });

  it('takes the number itself for a plain indicator and ignores stray ratio parts', () => {
    expect(computeIndicatorValue(count, { value: 12, numerator: 1, denominator: 2 })).toBe(12);
    expect(computeIndicatorValue(count, {})).toBeNull();
  });

  it('keeps a share within 0-100 whenever the numerator does not exceed the denominator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (denominator, share) => {
        const value = computeIndicatorValue(ratio, { numerator: Math.floor(denominator * share), denominator });
        expect(value).not.toBeNull();
        expect(isWithinRange(ratio, value as number)).toBe(true);
      }),
    );
  });
});

describe('isWithinRange', () => {
  it('checks both bounds, inclusive, and treats a missing bound as open', () => {
    expect(isWithinRange(ratio, 0)).toBe(true);
    expect(isWithinRange(ratio, 100)).toBe(true);
    expect(isWithinRange(ratio, 100.01)).toBe(false);
    expect(isWithinRange(ratio, -0.01)).toBe(false);
    expect(isWithinRange(count, 1e9)).toBe(true);
  });
});

describe('formOrder', () => {
  it('orders by CAF criterion, those tied to none last, keeping the given order within a criterion', () => {
    const items = [
      { code: 'A', caf: null },
      { code: 'B', caf: 9 },
      { code: 'C', caf: 3 },
      { code: 'D', caf: 9 },
      { code: 'E', caf: 3 },
    ];
    expect(formOrder(items, (item) => item.caf).map((item) => item.code)).toEqual(['C', 'E', 'B', 'D', 'A']);
  });
});

describe('unit words', () => {
  it('name every unit in both languages, and leave an unknown unit as it came', () => {
    expect(unitWord('hours', 'pl')).toBe('godz.');
    expect(unitWord('per_1000', 'en')).toBe('per 1,000');
    expect(unitWord('furlongs', 'pl')).toBe('furlongs');
    for (const language of ['pl', 'en'] as const) {
      const messages = unitMessages(language);
      expect(Object.keys(messages)).toEqual(INDICATOR_UNITS.map((unit) => `unit.${unit}`));
      expect(Object.values(messages).every((word) => word.trim().length > 0)).toBe(true);
    }
    expect(unitMessages('pl')['unit.count']).toBe('szt.');
  });
});
