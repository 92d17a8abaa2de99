import { translator } from '../app/i18n';
import { messagesEn, messagesPl } from '../app/i18n/resources';
import { INDICATOR_UNITS } from '@officebench/domain';
import { formatWithUnit, unitKey } from './units';

describe('units', () => {
  it('has a label for every unit of the catalogue in both languages', () => {
    for (const unit of INDICATOR_UNITS) {
      const key = unitKey(unit);
      expect(key).not.toBeNull();
      if (!key) continue;
      expect(messagesPl[key]).toBeTruthy();
      expect(messagesEn[key]).toBeTruthy();
    }
  });

  it('has no key for an unknown unit', () => {
    expect(unitKey('furlongs')).toBeNull();
  });

  it('writes a value with its unit', () => {
    expect(formatWithUnit(87.456, 'pct', translator('pl'), 'pl')).toBe('87,46 %');
    expect(formatWithUnit(12, 'days', translator('en'), 'en')).toBe('12 days');
    expect(formatWithUnit(1234.5, 'pln', translator('pl'), 'pl')).toBe('1234,5 zł');
  });

  it('gives the unit the form its number takes', () => {
    const pl = translator('pl');
    expect([1, 2, 5, 12, 22, 25].map((n) => formatWithUnit(n, 'days', pl, 'pl'))).toEqual([
      '1 dzień',
      '2 dni',
      '5 dni',
      '12 dni',
      '22 dni',
      '25 dni',
    ]);
    expect(formatWithUnit(1.5, 'days', pl, 'pl')).toBe('1,5 dnia');
    expect(formatWithUnit(1.004, 'days', pl, 'pl')).toBe('1 dzień');
    expect(formatWithUnit(1, 'points', translator('en'), 'en')).toBe('1 point');
    expect(formatWithUnit(1, 'hours', translator('en'), 'en')).toBe('1 hour');
    expect(formatWithUnit(1, 'count', translator('en'), 'en')).toBe('1 item');
  });

  it('writes a unit it does not know as it came', () => {
    expect(formatWithUnit(3, 'furlongs', translator('pl'), 'pl')).toBe('3 furlongs');
  });
});
