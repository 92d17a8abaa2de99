import { PRACTICE_LIMITS } from '@officebench/domain';
import type { Practice } from '../graphql/practice-fields.fragment';
import {
  EMPTY_FORM,
  errorItems,
  formFromPractice,
  formProblems,
  inputFromForm,
  parseYear,
  type PracticeForm,
  sameForm,
  serverProblems,
  splitTags,
  standingProblems,
  TEXT_FIELDS,
} from './practice-form';

const filled: PracticeForm = {
  ...EMPTY_FORM,
  title: '  Szkolenie  z obsługi klienta ',
  summary: 'Krótko.',
  body: '## Co zrobiono\n\nSzkolenie.',
  year: '2019',
  cafCriteria: [6, 3],
  indicatorCodes: ['CLIENT_SATISFIED_PCT'],
  tags: 'obsługa klienta, szkolenia pracowników;  ,trudny klient',
};

describe('the practice form', () => {
  it('names as its text fields exactly the fields it holds as text', () => {
    const textFields = Object.keys(EMPTY_FORM).filter((field) => typeof EMPTY_FORM[field as keyof PracticeForm] === 'string');
    expect([...TEXT_FIELDS].sort()).toEqual(textFields.sort());
  });

  it('splits tags at commas, semicolons and new lines, dropping blanks', () => {
    expect(splitTags('a, b;c\n d ,, ')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitTags('')).toEqual([]);
  });

  it('reads the year: empty is none, anything but digits is reported by the checks', () => {
    expect(parseYear('')).toBeNull();
    expect(parseYear(' 2019 ')).toBe(2019);
    expect(parseYear('2019 r.')).toBeNaN();
  });

  it('sends blank sections as null and the rest as typed (the API trims)', () => {
    expect(inputFromForm(filled)).toEqual({
      title: '  Szkolenie  z obsługi klienta ',
      summary: 'Krótko.',
      body: '## Co zrobiono\n\nSzkolenie.',
      problem: null,
      actions: null,
      results: null,
      resources: null,
      contact: null,
      year: 2019,
      cafCriteria: [3, 6],
      indicatorCodes: ['CLIENT_SATISFIED_PCT'],
      tags: ['obsługa klienta', 'szkolenia pracowników', 'trudny klient'],
    });
  });

  it('checks with the API’s own rules, one message per field in the form’s order, in the interface language', () => {
    const known = new Set(['CLIENT_SATISFIED_PCT']);
    expect(formProblems(filled, known, 'pl').size).toBe(0);
    const problems = formProblems(
      {
        ...filled,
        title: ' ',
        summary: 'x'.repeat(PRACTICE_LIMITS.summary + 1),
        year: '19x',
        indicatorCodes: ['NOPE'],
        tags: 'y'.repeat(PRACTICE_LIMITS.tag + 1),
      },
      known,
      'pl',
    );
    expect([...problems.keys()]).toEqual(['title', 'summary', 'year', 'indicatorCodes', 'tags']);
    expect(problems.get('title')).toBe('Tytuł: pole jest wymagane.');
    expect(problems.get('year')).toBe('Rok wdrożenia: rok od 1990 do 2100.');
    expect(formProblems({ ...filled, body: '' }, known, 'en').get('body')).toBe('Description: this field is required.');
  });

  it('drops a field’s error as soon as the field passes, keeps the others, and adds none before the next save', () => {
    const known = new Set(['CLIENT_SATISFIED_PCT']);
    const attempt = { ...filled, title: '', summary: '', year: '19x' };
    const problems = [...formProblems(attempt, known, 'pl')].map(([field, message]) => ({ field, message }));
    expect(problems.map(({ field }) => field)).toEqual(['title', 'summary', 'year']);
    const notAboutAField = { field: null, message: 'Serwer jest zajęty.' };
    const all = [...problems, notAboutAField];
    // Nothing changed: the very same array (the summary takes the focus only for a new one).
    expect(standingProblems(all, attempt, attempt, known, 'pl')).toBe(all);
    // The title typed: its error goes; a new wrong body adds nothing.
    const typed = standingProblems(all, attempt, { ...attempt, title: 'S', body: '' }, known, 'pl');
    expect(typed.map(({ field }) => field)).toEqual(['summary', 'year', null]);
    expect(standingProblems(typed, attempt, { ...attempt, title: 'S', summary: 'Krótko.', year: '2019' }, known, 'pl')).toEqual([
      notAboutAField,
    ]);
    // A year still wrong takes the wording of its new problem.
    expect(standingProblems(all, attempt, { ...attempt, year: '1900' }, known, 'pl')[2]).toEqual({
      field: 'year',
      message: 'Rok wdrożenia: rok od 1990 do 2100.',
    });
    // The API's refusal of a field the checks here pass stays until that field is changed.
    const fromApi = [{ field: 'title' as const, message: 'Tytuł: taki tytuł już jest.' }];
    expect(standingProblems(fromApi, filled, { ...filled, summary: 'Inne.' }, known, 'pl')).toBe(fromApi);
    expect(standingProblems(fromApi, filled, { ...filled, title: 'Inny tytuł' }, known, 'pl')).toEqual([]);
    // The office chosen.
    const office = [{ field: 'officeId' as const, message: 'Wybierz urząd' }];
    expect(standingProblems(office, filled, { ...filled, officeId: 'o-1' }, known, 'pl')).toEqual([]);
  });

  it('turns an API refusal into errors linked to their fields', () => {
    const problems = serverProblems(
      {
        code: 'BAD_USER_INPUT',
        field: 'title',
        problems: [
          { field: 'title', message: 'Tytuł: pole jest wymagane.' },
          { field: 'mystery', message: 'Coś innego.' },
          { message: 42 },
        ],
      },
      'Tytuł: pole jest wymagane. Coś innego.',
    );
    expect(errorItems(problems)).toEqual([
      { fieldId: 'practice-title', text: 'Tytuł: pole jest wymagane.' },
      { fieldId: undefined, text: 'Coś innego.' },
    ]);
    // A refusal with one field and no list still points at the field.
    expect(errorItems(serverProblems({ field: 'officeId' }, 'Wybierz urząd.'))).toEqual([
      { fieldId: 'practice-officeId', text: 'Wybierz urząd.' },
    ]);
    expect(serverProblems(undefined, undefined)).toEqual([]);
  });

  it('starts an edit from the practice as saved', () => {
    const practice = {
      title: 'T',
      summary: 'S',
      body: 'B',
      problem: 'P',
      actions: '',
      results: '',
      resources: '',
      contact: null,
      year: 2011,
      cafCriteria: [2],
      tags: ['CAF', 'samoocena'],
      indicators: [{ code: 'CAF_TOTAL_SCORE', name: 'n', nameEn: 'n' }],
      office: { id: 'office-1', name: 'Urząd', kind: 'COUNTY', region: 'śląskie' },
    } as unknown as Practice;
    const form = formFromPractice(practice);
    expect(form).toEqual({
      ...EMPTY_FORM,
      title: 'T',
      summary: 'S',
      body: 'B',
      problem: 'P',
      year: '2011',
      cafCriteria: [2],
      indicatorCodes: ['CAF_TOTAL_SCORE'],
      tags: 'CAF, samoocena',
      officeId: 'office-1',
    });
    expect(sameForm(form, { ...form })).toBe(true);
    expect(sameForm(form, { ...form, body: 'B2' })).toBe(false);
  });
});
