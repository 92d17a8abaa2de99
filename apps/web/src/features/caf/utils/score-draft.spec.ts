import {
  changedScores,
  EMPTY_ENTRY,
  isScoreDraft,
  parseScore,
  scoreDraftKey,
  scoredCount,
  scoreProblem,
  shownEntries,
  withChange,
  withoutSaved,
  type SavedScore,
} from './score-draft';

const saved: SavedScore[] = [
  { code: '1.1', score: 40, evidence: 'Strategia 2025', strengths: 'Plan', improvements: 'Przegląd' },
  { code: '1.2', score: null, evidence: '', strengths: '', improvements: '' },
];

describe('parseScore', () => {
  it('takes a whole number from 0 to 100, or nothing', () => {
    expect(parseScore(' 0 ')).toEqual({ score: 0 });
    expect(parseScore('100')).toEqual({ score: 100 });
    expect(parseScore('')).toEqual({ score: null });
  });

  it('names what is wrong with anything else', () => {
    expect(parseScore('101')).toEqual({ problem: 'outOfRange' });
    expect(parseScore('12,5')).toEqual({ problem: 'notWhole' });
    expect(parseScore('-3')).toEqual({ problem: 'notWhole' });
    expect(scoreProblem('abc')).toBe('notWhole');
    expect(scoreProblem('55')).toBeNull();
  });
});

describe('score drafts', () => {
  it('show the saved score with the user’s changed fields over it', () => {
    const draft = withChange(withChange({}, '1.2', 'score', '70'), '1.1', 'strengths', 'Zespół');
    const shown = shownEntries(['1.1', '1.2', '1.3'], draft, saved);
    expect(shown['1.1']).toEqual({ score: '40', evidence: 'Strategia 2025', strengths: 'Zespół', improvements: 'Przegląd' });
    expect(shown['1.2']).toEqual({ ...EMPTY_ENTRY, score: '70' });
    expect(shown['1.3']).toEqual(EMPTY_ENTRY);
    expect(scoredCount(shown)).toBe(2);
  });

  it('keep someone else’s saved fields beside the user’s change', () => {
    // The user typed strengths while 1.2 had no score; meanwhile someone else agreed 65.
    const draft = withChange({}, '1.2', 'strengths', 'Zespół');
    const now = [{ ...saved[1], code: '1.2', score: 65 }];
    expect(changedScores(draft, now)).toEqual([{ code: '1.2', score: 65, evidence: '', strengths: 'Zespół', improvements: '' }]);
  });

  it('send only what differs from the saved scores and is valid', () => {
    const draft = {
      '1.1': { score: '40' },
      '1.2': { score: '70', evidence: 'Ankieta' },
      '1.3': { score: '120' },
      '1.4': { strengths: 'Zespół' },
    };
    expect(changedScores(draft, saved)).toEqual([
      { code: '1.2', score: 70, evidence: 'Ankieta', strengths: '', improvements: '' },
      { code: '1.4', score: null, evidence: '', strengths: 'Zespół', improvements: '' },
    ]);
  });

  it('keep the fields the API does not hold yet after a save', () => {
    const draft = { '1.1': { score: ' 40', evidence: 'Nowe dowody' }, '1.2': { score: '70' }, '1.3': { evidence: '' } };
    expect(withoutSaved(draft, saved)).toEqual({ '1.1': { evidence: 'Nowe dowody' }, '1.2': { score: '70' } });
  });

  it('are kept per cycle and kind, with the other forms dropped at log-out', () => {
    expect(scoreDraftKey('scores', 'c1')).not.toBe(scoreDraftKey('consensus', 'c1'));
    expect(scoreDraftKey('scores', 'c1')).not.toBe(scoreDraftKey('scores', 'c2'));
    expect(scoreDraftKey('scores', 'c1').startsWith('officebench.form.')).toBe(true);
  });

  it('are recognised only in the current shape', () => {
    expect(isScoreDraft({ '1.1': { score: '5' } })).toBe(true);
    expect(isScoreDraft({})).toBe(true);
    expect(isScoreDraft({ '1.1': { score: 5 } })).toBe(false);
    expect(isScoreDraft({ '1.1': { colour: 'red' } })).toBe(false);
    expect(isScoreDraft([])).toBe(false);
    expect(isScoreDraft(null)).toBe(false);
  });
});
