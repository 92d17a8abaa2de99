import { translator } from '../app/i18n';
import { formatChange, formatRelativeChange, formatTargetValue, targetUnit } from './targets';

const pl = translator('pl');
const en = translator('en');
const pct = { unit: 'pct' };
const points = { unit: 'points' };

describe('formatTargetValue', () => {
  it('writes a change of a percentage in percentage points, never "+15 %"', () => {
    expect(formatTargetValue({ kind: 'CHANGE', value: 15, indicator: pct }, pl, 'pl')).toBe('+15 p.p.');
    expect(formatTargetValue({ kind: 'CHANGE', value: 15, indicator: pct }, en, 'en')).toBe('+15 pp');
    expect(formatTargetValue({ kind: 'CHANGE', value: 2.5, indicator: pct }, pl, 'pl')).toBe('+2,5 p.p.');
    expect(formatTargetValue({ kind: 'CHANGE', value: -5, indicator: pct }, en, 'en')).toBe('-5 pp');
  });

  it('writes a level of a percentage with its unit', () => {
    expect(formatTargetValue({ kind: 'LEVEL', value: 80, indicator: pct }, pl, 'pl')).toBe('80 %');
    expect(formatTargetValue({ kind: 'LEVEL', value: 80, indicator: pct }, en, 'en')).toBe('80 %');
  });

  it('writes other units as the indicator does, a change with its sign', () => {
    expect(formatTargetValue({ kind: 'CHANGE', value: 150, indicator: points }, pl, 'pl')).toBe('+150 pkt');
    expect(formatTargetValue({ kind: 'CHANGE', value: 150, indicator: points }, en, 'en')).toBe('+150 points');
    expect(formatTargetValue({ kind: 'LEVEL', value: 600, indicator: points }, pl, 'pl')).toBe('600 pkt');
    expect(formatTargetValue({ kind: 'CHANGE', value: -2, indicator: { unit: 'days' } }, pl, 'pl')).toBe('-2 dni');
    expect(formatTargetValue({ kind: 'CHANGE', value: 1, indicator: { unit: 'days' } }, en, 'en')).toBe('+1 day');
  });
});

describe('a relative change target', () => {
  it('is written in per cent of the baseline, never as percentage points nor as a level', () => {
    expect(formatTargetValue({ kind: 'RELATIVE_CHANGE', value: 10, indicator: pct }, pl, 'pl')).toBe('+10 % wartości bazowej');
    expect(formatTargetValue({ kind: 'RELATIVE_CHANGE', value: 10, indicator: pct }, en, 'en')).toBe('+10 % of baseline');
    expect(formatTargetValue({ kind: 'RELATIVE_CHANGE', value: -12.5, indicator: { unit: 'days' } }, pl, 'pl')).toBe(
      '-12,5 % wartości bazowej',
    );
    expect(formatTargetValue({ kind: 'RELATIVE_CHANGE', value: 20, indicator: points }, en, 'en')).toBe('+20 % of baseline');
  });

  it('writes an office’s relative change the same way', () => {
    expect(formatRelativeChange(7.5, pl, 'pl')).toBe('+7,5 % wartości bazowej');
    expect(formatRelativeChange(0, en, 'en')).toBe('0 % of baseline');
    expect(formatRelativeChange(-20, pl, 'pl', true)).toBe('-20 %');
  });

  it('is given in per cent of the baseline, whatever the indicator’s unit', () => {
    expect(targetUnit('RELATIVE_CHANGE', 'pct', pl)).toEqual({ short: '% wartości bazowej', full: 'procent wartości bazowej urzędu' });
    expect(targetUnit('RELATIVE_CHANGE', 'days', en)).toEqual({ short: '% of baseline', full: 'per cent of the office’s baseline' });
  });
});

describe('formatChange', () => {
  it('writes an office’s change the way the target is written', () => {
    expect(formatChange(12.5, 'pct', pl, 'pl')).toBe('+12,5 p.p.');
    expect(formatChange(0, 'pct', en, 'en')).toBe('0 pp');
    expect(formatChange(80, 'points', pl, 'pl')).toBe('+80 pkt');
  });
});

describe('targetUnit', () => {
  it('names percentage points for a change of a percentage, in short and in full', () => {
    expect(targetUnit('CHANGE', 'pct', pl)).toEqual({ short: 'p.p.', full: 'punkty procentowe' });
    expect(targetUnit('CHANGE', 'pct', en)).toEqual({ short: 'pp', full: 'percentage points' });
    expect(targetUnit('LEVEL', 'pct', pl)).toEqual({ short: '%', full: '%' });
    expect(targetUnit('CHANGE', 'points', pl)).toEqual({ short: 'pkt', full: 'pkt' });
    expect(targetUnit('CHANGE', 'furlongs', en)).toEqual({ short: 'furlongs', full: 'furlongs' });
  });
});
