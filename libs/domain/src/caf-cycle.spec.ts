import { closeBlockers, consensusBlockers, discussionOrder, missingScores, scoreSpread } from './caf-cycle';
import { CAF_SUB_CRITERIA } from './caf-model';

const complete = (score = 50) => new Map(CAF_SUB_CRITERIA.map(({ code }) => [code, score]));

describe('missingScores', () => {
  it('names the sub-criteria without a valid score, in model order', () => {
    const scores = complete();
    scores.delete('9.2');
    scores.set('1.3', 140);
    scores.delete('4.4');
    expect(missingScores(scores)).toEqual(['1.3', '4.4', '9.2']);
    expect(missingScores(complete())).toEqual([]);
    expect(missingScores(new Map())).toHaveLength(28);
  });
});

describe('consensusBlockers', () => {
  it('lets a group whose every assessor scored everything move to consensus', () => {
    expect(
      consensusBlockers(
        'SCORING',
        new Map([
          ['a', 28],
          ['b', 28],
        ]),
      ),
    ).toEqual([]);
  });

  it('names each assessor still scoring and how many scores they miss', () => {
    expect(
      consensusBlockers(
        'SCORING',
        new Map([
          ['a', 28],
          ['b', 26],
          ['c', 0],
        ]),
      ),
    ).toEqual([
      { code: 'ASSESSOR_INCOMPLETE', assessorId: 'b', missing: 2 },
      { code: 'ASSESSOR_INCOMPLETE', assessorId: 'c', missing: 28 },
    ]);
  });

  it('refuses a cycle without assessors, or not in scoring', () => {
    expect(consensusBlockers('SCORING', new Map())).toEqual([{ code: 'NO_ASSESSORS' }]);
    expect(consensusBlockers('CLOSED', new Map([['a', 28]]))).toEqual([{ code: 'NOT_IN_STATE', state: 'CLOSED' }]);
  });
});

describe('closeBlockers', () => {
  it('closes a consensus with every sub-criterion agreed, and nothing else', () => {
    expect(closeBlockers('CONSENSUS', complete())).toEqual([]);
    const partial = complete();
    partial.delete('6.1');
    expect(closeBlockers('CONSENSUS', partial)).toEqual([{ code: 'CONSENSUS_INCOMPLETE', missing: ['6.1'] }]);
    expect(closeBlockers('SCORING', complete())).toEqual([{ code: 'NOT_IN_STATE', state: 'SCORING' }]);
  });
});

describe('scoreSpread and discussionOrder', () => {
  it('describes how far apart the assessors are, wide past one band of 20 points', () => {
    expect(scoreSpread([40, 60, 50])).toEqual({ count: 3, min: 40, max: 60, mean: 50, range: 20, wide: false });
    expect(scoreSpread([10, 75])?.wide).toBe(true);
    expect(scoreSpread([])).toBeNull();
  });

  it('puts the widest disagreement first, then model order, and unscored ones last', () => {
    const spreads = new Map([
      ['3.1', scoreSpread([50, 55])],
      ['1.1', scoreSpread([50, 55])],
      ['9.2', scoreSpread([0, 90])],
      ['2.2', null],
      ['10.1', scoreSpread([0, 100])],
    ]);
    expect(discussionOrder(spreads)).toEqual(['9.2', '1.1', '3.1', '2.2']);
  });
});
