import { addDraft, changeDraft, draftsFrom, extrasInput, extrasProblems, moveDraft, removeDraft, type ExtraDraft } from './extras';

const question = (code: string, standard: boolean, cafCriterion = 6) => ({
  code,
  kind: 'LIKERT' as const,
  standard,
  textPl: `${code} po polsku`,
  textEn: `${code} in English`,
  cafCriterion,
});

describe('the lead’s extra questions', () => {
  it('start from the programme’s extras only, the questionnaire’s own criterion left as the default', () => {
    const drafts = draftsFrom('CLIENT', [question('OVERALL', true), question('PARKING', false), question('WEBSITE', false, 4)]);
    expect(drafts.map(({ code, cafCriterion }) => [code, cafCriterion])).toEqual([
      ['PARKING', ''],
      ['WEBSITE', '4'],
    ]);
  });

  it('become the mutation’s input: trimmed, the code in capitals, a criterion only where one is typed', () => {
    let drafts: ExtraDraft[] = addDraft([], 'k1');
    drafts = changeDraft(drafts, 0, { code: ' parking ', textPl: ' Parking? ', textEn: 'Parking?', cafCriterion: '' });
    drafts = changeDraft(addDraft(drafts, 'k2'), 1, { code: 'IDEAS', kind: 'TEXT', textPl: 'Pomysły', textEn: 'Ideas', cafCriterion: '3' });
    expect(extrasInput(drafts)).toEqual([
      { code: 'PARKING', kind: 'LIKERT', textPl: 'Parking?', textEn: 'Parking?' },
      { code: 'IDEAS', kind: 'TEXT', textPl: 'Pomysły', textEn: 'Ideas', cafCriterion: 3 },
    ]);
  });

  it('move up and down, and stay put at either end', () => {
    const drafts = draftsFrom('CLIENT', [question('A1', false), question('B1', false), question('C1', false)]);
    const codes = (list: ExtraDraft[]) => list.map(({ code }) => code);
    expect(codes(moveDraft(drafts, 2, -1))).toEqual(['A1', 'C1', 'B1']);
    expect(codes(moveDraft(drafts, 0, 1))).toEqual(['B1', 'A1', 'C1']);
    expect(codes(moveDraft(drafts, 0, -1))).toEqual(['A1', 'B1', 'C1']);
    expect(codes(moveDraft(drafts, 2, 1))).toEqual(['A1', 'B1', 'C1']);
    expect(codes(removeDraft(drafts, 1))).toEqual(['A1', 'C1']);
  });

  it('are refused as the API would, in the interface language', () => {
    const standardCode = changeDraft(addDraft([], 'k'), 0, { code: 'OVERALL', textPl: 'a', textEn: 'b' });
    expect(extrasProblems('CLIENT', standardCode, 'pl')).toEqual(['OVERALL: ten kod ma już pytanie standardowe; wybierz inny.']);
    const noEnglish = changeDraft(addDraft([], 'k'), 0, { code: 'PARKING', textPl: 'Parking?', cafCriterion: '12' });
    expect(extrasProblems('CLIENT', noEnglish, 'en')).toEqual([
      'PARKING: the English text of the question is missing.',
      'PARKING: a CAF criterion is a whole number from 1 to 9.',
    ]);
    expect(extrasProblems('EMPLOYEE', draftsFrom('EMPLOYEE', [question('REMOTE', false, 7)]), 'pl')).toEqual([]);
  });
});
