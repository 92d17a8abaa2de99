import { meanBars, openAnswers, peerMeans, ratingRows, type QuestionResult } from './results';

const shown: QuestionResult = {
  code: 'OVERALL',
  kind: 'LIKERT',
  text: 'Ogólnie',
  suppressed: false,
  answered: 12,
  counts: [1, 1, 2, 4, 4],
  notApplicable: 1,
  mean: 3.75,
  satisfiedPct: 66.7,
  texts: null,
};
const suppressed: QuestionResult = {
  code: 'COURTESY',
  kind: 'LIKERT',
  text: 'Uprzejmość',
  suppressed: true,
  answered: null,
  counts: null,
  notApplicable: null,
  mean: null,
  satisfiedPct: null,
  texts: null,
};
const improve: QuestionResult = {
  ...suppressed,
  code: 'IMPROVE',
  kind: 'TEXT',
  text: 'Co poprawić?',
  suppressed: false,
  texts: ['b', 'a'],
};

describe('a closed round’s results', () => {
  it('give each rating question a row, a suppressed one without any number', () => {
    const rows = ratingRows([shown, suppressed, improve]);
    expect(rows).toEqual([
      {
        code: 'OVERALL',
        text: 'Ogólnie',
        suppressed: false,
        answered: 12,
        mean: 3.75,
        satisfiedPct: 66.7,
        counts: [1, 1, 2, 4, 4],
        notApplicable: 1,
      },
      { code: 'COURTESY', text: 'Uprzejmość', suppressed: true },
    ]);
    expect(Object.values(rows[1]).some((value) => typeof value === 'number')).toBe(false);
  });

  it('chart only the means that are shown', () => {
    expect(meanBars(ratingRows([shown, suppressed]))).toEqual([{ label: 'Ogólnie', value: 3.75 }]);
  });

  it('list the open answers in the order given, or none when suppressed', () => {
    expect(openAnswers([shown, improve, { ...improve, code: 'OTHER', suppressed: true, texts: null }])).toEqual([
      { code: 'IMPROVE', text: 'Co poprawić?', answers: ['b', 'a'] },
      { code: 'OTHER', text: 'Co poprawić?', answers: null },
    ]);
  });

  it('set the office’s means beside a peer group’s released ones', () => {
    expect(peerMeans(ratingRows([shown, suppressed]), [{ code: 'COURTESY', mean: 4.1 }])).toEqual([
      { code: 'OVERALL', text: 'Ogólnie', own: 3.75, peers: null },
      { code: 'COURTESY', text: 'Uprzejmość', own: null, peers: 4.1 },
    ]);
  });
});
