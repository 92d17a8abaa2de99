import { CAF_CRITERIA } from './caf';
import { CAF_SUB_CRITERIA, ENABLER_PANEL, RESULT_PANEL, cafScores, scoringBand, scoringPanel, subCriteriaOf } from './caf-model';

const allAt = (score: number) => new Map(CAF_SUB_CRITERIA.map((s) => [s.code, score]));

describe('the CAF 2020 model', () => {
  it('has 28 sub-criteria, 1.1 to 9.2, as many per criterion as the criterion says', () => {
    expect(CAF_SUB_CRITERIA).toHaveLength(28);
    expect(new Set(CAF_SUB_CRITERIA.map((s) => s.code)).size).toBe(28);
    for (const criterion of CAF_CRITERIA) {
      const codes = subCriteriaOf(criterion.number).map((s) => s.code);
      expect(codes).toEqual([...Array(criterion.subCriteria).keys()].map((i) => `${criterion.number}.${i + 1}`));
    }
  });

  it('words every sub-criterion in Polish and in English', () => {
    for (const s of CAF_SUB_CRITERIA) {
      for (const text of [s.name, s.description]) {
        expect(text.pl.length).toBeGreaterThan(10);
        expect(text.en.length).toBeGreaterThan(10);
        expect(text.pl).not.toBe(text.en);
      }
    }
  });

  it('gives enablers the PDCA panel and results the trend panel, each covering 0-100 without gap or overlap', () => {
    expect(scoringPanel(CAF_CRITERIA[0])).toBe(ENABLER_PANEL);
    expect(scoringPanel(CAF_CRITERIA[8])).toBe(RESULT_PANEL);
    for (const panel of [ENABLER_PANEL, RESULT_PANEL]) {
      expect(panel[0].from).toBe(0);
      expect(panel[panel.length - 1].to).toBe(100);
      panel.slice(1).forEach((band, i) => expect(band.from).toBe(panel[i].to + 1));
    }
  });

  it('finds the band of a score, and none for a score that is not one', () => {
    expect(scoringBand(ENABLER_PANEL, 10)?.label.en).toBe('Nothing yet');
    expect(scoringBand(ENABLER_PANEL, 11)?.label.en).toBe('Plan');
    expect(scoringBand(RESULT_PANEL, 100)?.label.en).toBe('Excellent and sustained');
    expect(scoringBand(RESULT_PANEL, 100.5)).toBeNull();
    expect(scoringBand(RESULT_PANEL, -1)).toBeNull();
  });
});

describe('cafScores', () => {
  it('scores a criterion the mean of its sub-criteria and the total their sum (0-900)', () => {
    expect(cafScores(allAt(0))).toEqual({ criteria: Array(9).fill(0), total: 0 });
    expect(cafScores(allAt(100)).total).toBe(900);
    const scores = allAt(50);
    scores.set('1.1', 100).set('1.2', 0).set('4.1', 80);
    const { criteria, total } = cafScores(scores);
    expect(criteria[0]).toBe(50);
    expect(criteria[3]).toBeCloseTo(55, 10);
    expect(total).toBeCloseTo(455, 10);
  });

  it('refuses an incomplete, unknown or invalid score', () => {
    const missing = allAt(50);
    missing.delete('9.2');
    expect(() => cafScores(missing)).toThrow('9.2 has no score');
    expect(() => cafScores(allAt(50).set('10.1', 50))).toThrow('unknown CAF sub-criterion 10.1');
    expect(() => cafScores(allAt(50).set('3.2', 101))).toThrow('whole number from 0 to 100');
    expect(() => cafScores(allAt(50).set('3.2', 12.5))).toThrow('whole number from 0 to 100');
  });
});
