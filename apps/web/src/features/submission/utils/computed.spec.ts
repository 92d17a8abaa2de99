import { computedDisplay } from './computed';
import { assessEntry, EMPTY_ENTRY, type DraftEntry, type LineDefinition } from './draft';

const onTime: LineDefinition = { code: 'CASES_ON_TIME_PCT', unit: 'pct', isRatio: true, scale: 100, minValue: 0, maxValue: 100 };
/** A ratio whose numerator is not a part of its denominator: its range, not the parts, refuses 125. */
const growth: LineDefinition = { code: 'GROWTH_PCT', unit: 'pct', isRatio: true, scale: 100, minValue: 0, maxValue: 120 };
const shown = (definition: LineDefinition, fields: Partial<DraftEntry>, refused = false) => {
  const entry = { ...EMPTY_ENTRY, ...fields };
  return computedDisplay(entry, assessEntry(definition, entry), refused);
};

describe('computedDisplay', () => {
  it('shows the value of a ratio that can be saved', () => {
    expect(shown(onTime, { numerator: '45', denominator: '50' })).toEqual({ kind: 'value', value: 90 });
    expect(shown(onTime, { numerator: '0', denominator: '50' })).toEqual({ kind: 'value', value: 0 });
  });

  it('shows no value for an entry outside its range, or with a numerator above its denominator', () => {
    expect(shown(growth, { numerator: '125', denominator: '100' })).toEqual({ kind: 'refused' });
    expect(shown(onTime, { numerator: '125', denominator: '100' })).toEqual({ kind: 'refused' });
  });

  it('shows no value for a zero denominator, a negative part or a part that is not a number', () => {
    expect(shown(onTime, { numerator: '1', denominator: '0' })).toEqual({ kind: 'refused' });
    expect(shown(onTime, { numerator: '-1', denominator: '10' })).toEqual({ kind: 'refused' });
    expect(shown(onTime, { numerator: 'abc', denominator: '10' })).toEqual({ kind: 'refused' });
  });

  it('shows no value for an entry the server refused as it is, though the checks here pass it', () => {
    expect(shown(onTime, { numerator: '45', denominator: '50' }, true)).toEqual({ kind: 'refused' });
  });

  it('waits for the other part while one is empty', () => {
    expect(shown(onTime, {})).toEqual({ kind: 'incomplete' });
    expect(shown(onTime, { numerator: '3' })).toEqual({ kind: 'incomplete' });
    expect(shown(onTime, { denominator: '3' })).toEqual({ kind: 'incomplete' });
    expect(shown(onTime, { numerator: ' ', denominator: '3' })).toEqual({ kind: 'incomplete' });
  });
});
