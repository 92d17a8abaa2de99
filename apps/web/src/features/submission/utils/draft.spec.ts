import { PERSISTENT_FORM_PREFIX } from '../../../hooks/persistent-state';
import {
  afterSave,
  assessEntry,
  draftStorageKey,
  editDraft,
  EMPTY_DRAFT,
  EMPTY_ENTRY,
  entryFromSaved,
  entrySignature,
  heldField,
  isDraft,
  pendingSave,
  sameEntry,
  type Draft,
  type DraftEntry,
  type LineDefinition,
} from './draft';

const onTime: LineDefinition = { code: 'CASES_ON_TIME_PCT', unit: 'pct', isRatio: true, scale: 100, minValue: 0, maxValue: 100 };
const eServices: LineDefinition = { code: 'E_SERVICES_COUNT', unit: 'count', isRatio: false, scale: 1, minValue: 0, maxValue: 10000 };
const definitions = new Map([onTime, eServices].map((definition) => [definition.code, definition]));

const entry = (fields: Partial<DraftEntry>): DraftEntry => ({ ...EMPTY_ENTRY, ...fields });

describe('draft storage', () => {
  it('keeps one draft per office and period under the prefix cleared at log-out', () => {
    expect(draftStorageKey('o1', 'p2')).toBe(`${PERSISTENT_FORM_PREFIX}submission.o1.p2`);
  });

  it('accepts only drafts of the current shape', () => {
    expect(isDraft(EMPTY_DRAFT)).toBe(true);
    expect(isDraft({ baseVersion: 3, entries: { A: entry({ value: '1' }) } })).toBe(true);
    expect(isDraft({ baseVersion: '3', entries: {} })).toBe(false);
    expect(isDraft({ baseVersion: 1.5, entries: {} })).toBe(false);
    expect(isDraft({ baseVersion: null, entries: { A: { value: 1 } } })).toBe(false);
    expect(isDraft({ baseVersion: null, entries: [] })).toBe(false);
    expect(isDraft(null)).toBe(false);
  });
});

describe('entryFromSaved', () => {
  it('writes a ratio’s parts and a value indicator’s value in the interface language', () => {
    expect(entryFromSaved({ value: 87.5, numerator: 87.5, denominator: 100, comment: null }, true, 'pl')).toEqual(
      entry({ numerator: '87,5', denominator: '100' }),
    );
    expect(entryFromSaved({ value: 12, numerator: null, denominator: null, comment: 'nowe usługi' }, false, 'en')).toEqual(
      entry({ value: '12', comment: 'nowe usługi' }),
    );
    expect(entryFromSaved(undefined, true, 'pl')).toEqual(EMPTY_ENTRY);
  });
});

describe('sameEntry', () => {
  it('compares numbers as numbers and comments without outer spaces', () => {
    expect(sameEntry(entry({ value: '12,5' }), entry({ value: '12.5' }))).toBe(true);
    expect(sameEntry(entry({ value: '12,5', comment: ' ok ' }), entry({ value: '12.5', comment: 'ok' }))).toBe(true);
    expect(sameEntry(entry({ value: '12' }), entry({ value: '13' }))).toBe(false);
    expect(sameEntry(entry({ value: 'abc' }), entry({ value: '' }))).toBe(false);
  });
});

describe('assessEntry', () => {
  it('computes a ratio’s value live and makes it ready to send', () => {
    const result = assessEntry(onTime, entry({ numerator: '45', denominator: '50', comment: ' ' }));
    expect(result.computed).toBe(90);
    expect(result.input).toEqual({ indicatorCode: 'CASES_ON_TIME_PCT', value: null, numerator: 45, denominator: 50, comment: null });
    expect(result.problems).toEqual([]);
  });

  it('keeps half a ratio local, without calling it an error', () => {
    const result = assessEntry(onTime, entry({ numerator: '45' }));
    expect(result).toMatchObject({ input: null, missingPart: 'denominator', problems: [], computed: null });
  });

  it('reports what is not a number and the shared checks’ problems', () => {
    expect(assessEntry(onTime, entry({ numerator: 'dużo', denominator: '50' }))).toMatchObject({
      input: null,
      notNumbers: ['numerator'],
      missingPart: null,
    });
    const above = assessEntry(onTime, entry({ numerator: '60', denominator: '50' }));
    expect(above.input).toBeNull();
    expect(above.problems.map(({ code, field }) => [code, field])).toContainEqual(['NUMERATOR_ABOVE_DENOMINATOR', 'numerator']);
    expect(assessEntry(onTime, entry({ numerator: '1', denominator: '0' })).problems.map(({ code }) => code)).toContain('ZERO_DENOMINATOR');
    expect(assessEntry(eServices, entry({ value: '2,5' })).problems.map(({ code }) => code)).toEqual(['NOT_WHOLE_NUMBER']);
  });

  it('sends an emptied entry as a clearing of the indicator', () => {
    expect(assessEntry(eServices, EMPTY_ENTRY).input).toEqual({
      indicatorCode: 'E_SERVICES_COUNT',
      value: null,
      numerator: null,
      denominator: null,
      comment: null,
    });
  });
});

describe('editDraft', () => {
  const saved = entry({ value: '12', comment: 'stare' });

  it('starts an indicator’s entry from its saved fields and records the version of the first change', () => {
    const draft = editDraft(EMPTY_DRAFT, 'E_SERVICES_COUNT', 'value', '14', saved, 7);
    expect(draft).toEqual({ baseVersion: 7, entries: { E_SERVICES_COUNT: entry({ value: '14', comment: 'stare' }) } });
    const second = editDraft(draft, 'CASES_ON_TIME_PCT', 'numerator', '3', EMPTY_ENTRY, 9);
    expect(second.baseVersion).toBe(7);
  });

  it('drops an entry typed back to what is saved', () => {
    const draft = editDraft(EMPTY_DRAFT, 'E_SERVICES_COUNT', 'value', '14', saved, 7);
    expect(editDraft(draft, 'E_SERVICES_COUNT', 'value', '12', saved, 7).entries).toEqual({});
  });
});

describe('pendingSave and afterSave', () => {
  const draft: Draft = {
    baseVersion: 2,
    entries: {
      CASES_ON_TIME_PCT: entry({ numerator: '45' }),
      E_SERVICES_COUNT: entry({ value: '14' }),
      UNKNOWN: entry({ value: '1' }),
    },
  };

  it('sends the complete, valid entries of known indicators only', () => {
    const pending = pendingSave(draft, definitions);
    expect(pending.values.map(({ indicatorCode }) => indicatorCode)).toEqual(['E_SERVICES_COUNT']);
    expect(Object.keys(pending.sent)).toEqual(['E_SERVICES_COUNT']);
  });

  it('does not send again an entry the server refused, until it changes', () => {
    const refused = { E_SERVICES_COUNT: entrySignature(entry({ value: '14' })) };
    expect(pendingSave(draft, definitions, refused).values).toEqual([]);
    const changed = { ...draft, entries: { ...draft.entries, E_SERVICES_COUNT: entry({ value: '15' }) } };
    expect(pendingSave(changed, definitions, refused).values).toHaveLength(1);
  });

  it('removes what was saved and keeps what was typed during the save', () => {
    const { sent } = pendingSave(draft, definitions);
    const typedMeanwhile = { ...draft, entries: { ...draft.entries, E_SERVICES_COUNT: entry({ value: '140' }) } };
    expect(afterSave(draft, sent, 3)).toEqual({
      baseVersion: 3,
      entries: { CASES_ON_TIME_PCT: draft.entries.CASES_ON_TIME_PCT, UNKNOWN: draft.entries.UNKNOWN },
    });
    expect(afterSave(typedMeanwhile, sent, 3).entries.E_SERVICES_COUNT).toEqual(entry({ value: '140' }));
  });
});

describe('heldField', () => {
  it('points at what keeps an entry from being saved', () => {
    expect(heldField(onTime, entry({ numerator: '45' }))).toBe('denominator');
    expect(heldField(onTime, entry({ denominator: '45' }))).toBe('numerator');
    expect(heldField(onTime, entry({ numerator: '4', denominator: 'x' }))).toBe('denominator');
    expect(heldField(onTime, entry({ numerator: '60', denominator: '50' }))).toBe('numerator');
    expect(heldField(eServices, entry({ value: '1,5' }))).toBe('value');
  });
});
