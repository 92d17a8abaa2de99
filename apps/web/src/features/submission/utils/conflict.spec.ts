import { conflictDifferences, conflictFromExtensions, conflictFromSubmission, keepMine, type ConflictCurrent } from './conflict';
import { EMPTY_ENTRY, type Draft } from './draft';

const current: ConflictCurrent = {
  version: 5,
  status: 'DRAFT',
  updatedAt: '2011-07-10T10:04:00Z',
  values: [
    { indicatorCode: 'CASES_ON_TIME_PCT', value: 90, numerator: 45, denominator: 50, comment: null },
    { indicatorCode: 'E_SERVICES_COUNT', value: 12, numerator: null, denominator: null, comment: 'nowe' },
  ],
};
const isRatio = (code: string) => code.endsWith('_PCT');

describe('conflictFromExtensions', () => {
  it('reads the saved submission of a CONFLICT answer', () => {
    expect(conflictFromExtensions({ code: 'CONFLICT', current })).toEqual(current);
  });

  it('takes missing or odd value fields as empty', () => {
    const parsed = conflictFromExtensions({
      current: { version: 2, status: 'RETURNED', values: [{ indicatorCode: 'A', value: '3' }, { value: 1 }] },
    });
    expect(parsed).toEqual({
      version: 2,
      status: 'RETURNED',
      updatedAt: null,
      values: [{ indicatorCode: 'A', value: null, numerator: null, denominator: null, comment: null }],
    });
  });

  it('is null without a usable `current`', () => {
    expect(conflictFromExtensions({ code: 'CONFLICT' })).toBeNull();
    expect(conflictFromExtensions({ current: { version: 'x', status: 'DRAFT', values: [] } })).toBeNull();
    expect(conflictFromExtensions({ current: { version: 1, status: 'GONE', values: [] } })).toBeNull();
    expect(conflictFromExtensions(undefined)).toBeNull();
  });
});

describe('conflictDifferences and keepMine', () => {
  const draft: Draft = {
    baseVersion: 3,
    entries: {
      CASES_ON_TIME_PCT: { ...EMPTY_ENTRY, numerator: '40', denominator: '50' },
      E_SERVICES_COUNT: { ...EMPTY_ENTRY, value: '12', comment: 'nowe ' },
      DESK_WAIT_MINUTES: { ...EMPTY_ENTRY, numerator: '300', denominator: '60' },
    },
  };

  it('lists the entries that differ from the saved ones, with both versions', () => {
    expect(conflictDifferences(draft, current, isRatio, 'pl')).toEqual([
      {
        indicatorCode: 'CASES_ON_TIME_PCT',
        mine: draft.entries.CASES_ON_TIME_PCT,
        saved: { ...EMPTY_ENTRY, numerator: '45', denominator: '50' },
      },
      { indicatorCode: 'DESK_WAIT_MINUTES', mine: draft.entries.DESK_WAIT_MINUTES, saved: EMPTY_ENTRY },
    ]);
  });

  it('keeps the differing entries on the saved version', () => {
    expect(keepMine(draft, current, isRatio, 'pl')).toEqual({
      baseVersion: 5,
      entries: { CASES_ON_TIME_PCT: draft.entries.CASES_ON_TIME_PCT, DESK_WAIT_MINUTES: draft.entries.DESK_WAIT_MINUTES },
    });
  });
});

describe('conflictFromSubmission', () => {
  it('takes the saved submission of the form when the answer carried none', () => {
    const submission = {
      version: 5,
      status: 'DRAFT' as const,
      updatedAt: '2011-07-10T10:04:00Z',
      values: current.values.map(({ indicatorCode, ...rest }) => ({ indicator: { code: indicatorCode }, ...rest, warnings: [] })),
    };
    expect(conflictFromSubmission(submission)).toEqual(current);
  });
});
