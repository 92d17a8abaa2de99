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
    expect(formatWithUnit(87.456, '%', 'pl')).toBe('87,46 %');
    expect(formatWithUnit(12, 'days', 'en')).toBe('12 days');
  });
});
