import fc from 'fast-check';
import {
  checkEntry,
  describeProblem,
  isEmptyEntry,
  numeratorIsPartOfDenominator,
  PROBLEM_CODES,
  type CheckedIndicator,
  type EntryProblem,
} from './submission-checks';

const share: CheckedIndicator = { code: 'CASES_ON_TIME_PCT', unit: 'pct', inputKind: 'RATIO', scale: 100, minValue: 0, maxValue: 100 };
const days: CheckedIndicator = { code: 'CASE_HANDLING_DAYS', unit: 'days', inputKind: 'RATIO', scale: 1, minValue: 0, maxValue: 365 };
const count: CheckedIndicator = { code: 'E_SERVICES_COUNT', unit: 'count', inputKind: 'VALUE', scale: 1, minValue: 0, maxValue: 10000 };
const score: CheckedIndicator = { code: 'CAF_TOTAL_SCORE', unit: 'points', inputKind: 'VALUE', scale: 1, minValue: 0, maxValue: 900 };

const codes = (problems: EntryProblem[]) => problems.map((p) => `${p.code}:${p.field}`);

describe('checkEntry', () => {
  it('accepts a complete ratio and a plain value within range', () => {
    expect(checkEntry(share, { indicatorCode: share.code, numerator: 45, denominator: 60 })).toEqual([]);
    expect(checkEntry(score, { indicatorCode: score.code, value: 512.5 })).toEqual([]);
    expect(checkEntry(count, { indicatorCode: count.code, value: 12 })).toEqual([]);
  });

  it('needs both parts of a ratio and refuses a typed value for it', () => {
    expect(codes(checkEntry(share, { indicatorCode: share.code, numerator: 4 }))).toEqual(['RATIO_PARTS_REQUIRED:denominator']);
    expect(codes(checkEntry(share, { indicatorCode: share.code, denominator: 4 }))).toEqual(['RATIO_PARTS_REQUIRED:numerator']);
    expect(codes(checkEntry(share, { indicatorCode: share.code, value: 50 }))).toEqual(['VALUE_NOT_FOR_RATIO:value']);
  });

  it('refuses ratio parts on a plain indicator', () => {
    expect(codes(checkEntry(score, { indicatorCode: score.code, value: 1, numerator: 1, denominator: 2 }))).toEqual([
      'RATIO_PARTS_NOT_FOR_VALUE:numerator',
    ]);
  });

  it('explains a zero denominator instead of dividing by it', () => {
    expect(codes(checkEntry(days, { indicatorCode: days.code, numerator: 0, denominator: 0 }))).toEqual(['ZERO_DENOMINATOR:denominator']);
  });

  it('refuses a numerator above the denominator only where the numerator is a part of it', () => {
    expect(numeratorIsPartOfDenominator(share)).toBe(true);
    expect(numeratorIsPartOfDenominator(days)).toBe(false);
    expect(codes(checkEntry(share, { indicatorCode: share.code, numerator: 61, denominator: 60 }))).toEqual([
      'NUMERATOR_ABOVE_DENOMINATOR:numerator',
    ]);
    expect(checkEntry(days, { indicatorCode: days.code, numerator: 1200, denominator: 60 })).toEqual([]);
  });

  it('refuses negatives, fractions of counts and values out of range', () => {
    expect(codes(checkEntry(days, { indicatorCode: days.code, numerator: -1, denominator: 5 }))).toEqual(['NEGATIVE:numerator']);
    expect(codes(checkEntry(count, { indicatorCode: count.code, value: 2.5 }))).toEqual(['NOT_WHOLE_NUMBER:value']);
    const outOfRange = checkEntry(score, { indicatorCode: score.code, value: 901 });
    expect(codes(outOfRange)).toEqual(['OUT_OF_RANGE:value']);
    expect(outOfRange[0].params).toEqual({ value: 901, min: 0, max: 900 });
    expect(codes(checkEntry(days, { indicatorCode: days.code, numerator: 400, denominator: 1 }))).toEqual(['OUT_OF_RANGE:numerator']);
  });

  it('limits the comment length', () => {
    expect(codes(checkEntry(score, { indicatorCode: score.code, value: 1, comment: 'x'.repeat(2001) }))).toEqual([
      'COMMENT_TOO_LONG:comment',
    ]);
  });

  it('never lets a value outside the range through (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        const problems = checkEntry(score, { indicatorCode: score.code, value });
        expect(problems.length === 0).toBe(value >= 0 && value <= 900);
      }),
    );
  });
});

describe('isEmptyEntry', () => {
  it('is true only when there is neither a number nor a comment', () => {
    expect(isEmptyEntry({ indicatorCode: 'X', comment: '  ' })).toBe(true);
    expect(isEmptyEntry({ indicatorCode: 'X', value: 0 })).toBe(false);
    expect(isEmptyEntry({ indicatorCode: 'X', comment: 'no cases' })).toBe(false);
  });
});

describe('describeProblem', () => {
  it('has a Polish and an English sentence for every code, naming the indicator', () => {
    for (const code of PROBLEM_CODES) {
      const problem: EntryProblem = {
        code,
        indicatorCode: 'CASES_ON_TIME_PCT',
        field: 'value',
        params: {
          office: 'Urząd Miasta',
          period: '2011-Q2',
          status: 'SUBMITTED',
          opensAt: '2011-07-01',
          max: 2000,
          min: 0,
          value: 5,
          numerator: 2,
          denominator: 1,
        },
      };
      const pl = describeProblem(problem, 'pl');
      const en = describeProblem(problem, 'en');
      expect(pl).not.toEqual(en);
      expect(pl).not.toMatch(/undefined/);
      expect(en).not.toMatch(/undefined/);
      if (!/PERIOD|NOT_EDITABLE|OFFICE_NOT_ALLOWED|NOTHING_TO_SAVE/.test(code)) expect(en).toContain('CASES_ON_TIME_PCT');
    }
  });
});
