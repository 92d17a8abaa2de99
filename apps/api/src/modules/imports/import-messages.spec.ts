import { describeProblem, type EntryProblem } from '@officebench/domain';
import { describeEntryProblem, statusWords } from './import-messages';

const labels = { numerator: 'sprawy załatwione w terminie', denominator: 'sprawy załatwione' };
const problem = (code: EntryProblem['code'], params: EntryProblem['params'] = {}): EntryProblem => ({
  code,
  indicatorCode: 'CASES_ON_TIME_PCT',
  field: null,
  params,
});

describe('the import’s words for the submission checks', () => {
  it('every status in words, in Polish and English, never the code', () => {
    const statuses = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
    expect(statuses.map((s) => statusWords(s, 'pl'))).toEqual([
      'w przygotowaniu',
      'przekazane do lidera',
      'zatwierdzone',
      'zwrócone do poprawy',
    ]);
    expect(statuses.map((s) => statusWords(s, 'en'))).toEqual([
      'in preparation',
      'submitted for review',
      'approved',
      'returned for correction',
    ]);
  });

  it('a handed-in submission by office, period and status in words', () => {
    const notEditable = problem('NOT_EDITABLE', { status: 'APPROVED' });
    expect(describeEntryProblem(notEditable, { office: 'Urząd Miasta', period: '2025-Q4' }, 'pl')).toBe(
      'Sprawozdanie urzędu „Urząd Miasta” za okres 2025-Q4 jest zatwierdzone, więc nie można go teraz zmieniać: zmienić je można dopiero, gdy lider programu ponownie je otworzy.',
    );
    expect(describeEntryProblem(notEditable, { office: 'Urząd Miasta', period: '2025-Q4' }, 'en')).toBe(
      'The submission of "Urząd Miasta" for 2025-Q4 is approved, so it cannot be changed now: it can be changed only once the programme lead reopens it.',
    );
  });

  it('a ratio’s numerator and denominator named by what they count, in the answer’s language', () => {
    const above = problem('NUMERATOR_ABOVE_DENOMINATOR', { numerator: 120, denominator: 100 });
    expect(describeEntryProblem(above, { labels }, 'pl')).toBe(
      'CASES_ON_TIME_PCT: licznik (sprawy załatwione w terminie: 120) nie może być większy niż mianownik (sprawy załatwione: 100), bo jest jego częścią.',
    );
    expect(describeEntryProblem(above, { labels: { numerator: 'cases settled on time', denominator: 'cases settled' } }, 'en')).toBe(
      'CASES_ON_TIME_PCT: the numerator (cases settled on time: 120) cannot exceed the denominator (cases settled: 100): it is a part of it.',
    );
    expect(describeEntryProblem(problem('ZERO_DENOMINATOR'), { labels }, 'pl')).toMatch(
      /^CASES_ON_TIME_PCT: mianownik \(sprawy załatwione\) nie może być zerem\./,
    );
    expect(describeEntryProblem(problem('VALUE_NOT_FOR_RATIO'), { labels }, 'pl')).toContain(
      'licznik (sprawy załatwione w terminie) i mianownik (sprawy załatwione)',
    );
    expect(describeEntryProblem(problem('RATIO_PARTS_REQUIRED'), { labels }, 'en')).toContain(
      'the numerator (sprawy załatwione w terminie)',
    );
  });

  it('any other problem, or one without labels, in the checks’ own sentence', () => {
    const range = problem('OUT_OF_RANGE', { value: 120, min: 0, max: 100 });
    expect(describeEntryProblem(range, { labels }, 'pl')).toBe(describeProblem(range, 'pl'));
    const zero = problem('ZERO_DENOMINATOR');
    expect(describeEntryProblem(zero, { labels: null }, 'en')).toBe(describeProblem(zero, 'en'));
  });
});
