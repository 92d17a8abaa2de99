import type { Actor } from './access';
import {
  cleanPractice,
  describePracticeProblem,
  lagsPeers,
  mayFeaturePractice,
  mayWritePractice,
  practiceOffices,
  practiceProblems,
  programmesOfActor,
  rankSuggestions,
} from './good-practices';

const input = {
  title: '  Kolejki   w biurze ',
  summary: ' Krótko. ',
  body: ' Opis ',
  cafCriteria: [5, 3, 5],
  indicatorCodes: ['A', ' A'],
  tags: [' ISO 9001', 'iso 9001', '', 'CAF'],
};
const known = new Set(['A', 'B']);

describe('cleanPractice and practiceProblems', () => {
  it('trims, removes repeats (tags without regard to case) and sorts criteria', () => {
    expect(cleanPractice(input)).toEqual({
      title: 'Kolejki w biurze',
      summary: 'Krótko.',
      body: 'Opis',
      problem: '',
      actions: '',
      results: '',
      resources: '',
      contact: null,
      year: null,
      cafCriteria: [3, 5],
      indicatorCodes: ['A'],
      tags: ['ISO 9001', 'CAF'],
    });
    expect(practiceProblems(cleanPractice(input), known)).toEqual([]);
  });

  it('names every problem with its field', () => {
    const bad = cleanPractice({
      ...input,
      title: ' ',
      summary: 'x'.repeat(1001),
      cafCriteria: [10],
      indicatorCodes: ['C'],
      tags: ['x'.repeat(41)],
      year: 1989,
      contact: 'c'.repeat(301),
    });
    expect(practiceProblems(bad, known).map((p) => `${p.field}:${p.code}`)).toEqual([
      'title:REQUIRED',
      'summary:TOO_LONG',
      'contact:TOO_LONG',
      'year:YEAR',
      'cafCriteria:CAF_CRITERION',
      'indicatorCodes:UNKNOWN_INDICATOR',
      'tags:TAG_LENGTH',
    ]);
  });

  it('limits the number of tags and indicators', () => {
    const many = cleanPractice({
      ...input,
      tags: Array.from({ length: 13 }, (_, i) => `t${i}`),
      indicatorCodes: Array.from({ length: 11 }, (_, i) => `I${i}`),
    });
    const problems = practiceProblems(many, new Set(many.indicatorCodes));
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual(['indicatorCodes:TOO_MANY', 'tags:TOO_MANY']);
  });

  it('describes problems in Polish and English', () => {
    const [problem] = practiceProblems(cleanPractice({ ...input, cafCriteria: [12] }), known);
    expect(describePracticeProblem(problem, 'pl')).toBe('Kryteria CAF: 12 nie jest kryterium CAF (1–9).');
    expect(describePracticeProblem(problem, 'en')).toBe('CAF criteria: 12 is not a CAF criterion (1–9).');
  });
});

describe('who writes and features', () => {
  const actor: Actor = {
    userId: 'u',
    grants: [
      { role: 'OFFICE_COORDINATOR', programmeId: 'p1', officeId: 'o1' },
      { role: 'OFFICE_COORDINATOR', programmeId: 'p2', officeId: 'o1' },
      { role: 'PROGRAMME_LEAD', programmeId: 'p3', officeId: null },
    ],
  };

  it('an office’s coordinators, through any programme, write its practices', () => {
    expect(practiceOffices(actor)).toEqual(['o1']);
    expect(mayWritePractice(actor, 'o1')).toBe(true);
    expect(mayWritePractice(actor, 'o2')).toBe(false);
  });

  it('a lead features for its own programme; featuring reaches every programme one takes part in', () => {
    expect(mayFeaturePractice(actor, 'p3')).toBe(true);
    expect(mayFeaturePractice(actor, 'p1')).toBe(false);
    expect(programmesOfActor(actor)).toEqual(['p1', 'p2', 'p3']);
  });
});

describe('lagsPeers', () => {
  it('reads the direction and needs both numbers', () => {
    expect(lagsPeers('HIGHER_BETTER', 10, 12)).toBe(true);
    expect(lagsPeers('HIGHER_BETTER', 12, 12)).toBe(false);
    expect(lagsPeers('LOWER_BETTER', 14, 12)).toBe(true);
    expect(lagsPeers('LOWER_BETTER', 10, 12)).toBe(false);
    expect(lagsPeers('HIGHER_BETTER', null, 12)).toBe(false);
    expect(lagsPeers('HIGHER_BETTER', 10, null)).toBe(false);
  });
});

describe('rankSuggestions', () => {
  const at = (day: number) => new Date(Date.UTC(2024, 0, day));
  const candidates = [
    { practiceId: 'a', officeId: 'A', publishedAt: at(1) },
    { practiceId: 'b', officeId: 'B', publishedAt: at(2) },
    { practiceId: 'c', officeId: 'C', publishedAt: at(3) },
  ];

  it('puts opted-in improvers first, then the newest, and cuts to the limit', () => {
    expect(rankSuggestions(candidates, new Set(['A']), 2)).toEqual([
      { practiceId: 'a', officeId: 'A', publishedAt: at(1), officeImproved: true },
      { practiceId: 'c', officeId: 'C', publishedAt: at(3), officeImproved: false },
    ]);
  });

  it('without opted-in improvers the order is by date only', () => {
    expect(rankSuggestions(candidates, new Set(), 3).map((s) => s.practiceId)).toEqual(['c', 'b', 'a']);
  });
});
