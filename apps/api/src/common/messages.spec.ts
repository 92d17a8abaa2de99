import { periodDraftProblem } from '@officebench/domain';
import { type MessageKey, MESSAGES, message } from './messages';

const KNOWN: Record<string, string> = { what: 'period', transition: 'approve', reason: 'UNCLOSED_QUOTE' };
/** A value for any parameter a sentence names. */
const SAMPLE = new Proxy({} as Record<string, string>, { get: (_, name) => KNOWN[String(name)] ?? '7', has: () => true });

describe('the API message catalogue', () => {
  it('has every sentence in Polish and English, each a valid ICU message', () => {
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      for (const language of ['pl', 'en'] as const) {
        const text = message(key, language, SAMPLE);
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/[{}]/);
      }
    }
  });

  it('answers in Polish unless told otherwise', () => {
    expect(message('error.forbidden')).toBe('Nie masz uprawnień do tej operacji.');
    expect(message('error.forbidden', 'en')).toBe('You may not do this.');
  });

  it('keeps the English the API has always given', () => {
    expect(message('submission.reasonLength', 'en', { max: '2000' })).toBe('Give a reason of 1 to 2000 characters.');
    expect(message('period.labelTaken', 'en', { label: '2011-Q3' })).toBe('The programme already has a period 2011-Q3.');
    expect(message('practice.pageSize', 'en', { max: '50' })).toBe('Results per page: from 1 to 50.');
    expect(message('error.notFound', 'en', { what: 'roleGrant' })).toBe('Role grant not found.');
  });

  it('names what was not found in Polish in the genitive', () => {
    expect(message('error.notFound', 'pl', { what: 'period' })).toBe('Nie znaleziono okresu.');
    expect(message('error.notFound', 'pl', { what: 'goodPractice' })).toBe('Nie znaleziono dobrej praktyki.');
    expect(message('error.notFound', 'pl', { what: 'somethingElse' })).toBe('Nie znaleziono obiektu.');
  });

  it("words a submission's refused status change in both languages", () => {
    const params = { status: 'DRAFT', transition: 'approve', from: 'SUBMITTED' };
    expect(message('submission.wrongStatus', 'en', params)).toBe('The submission is DRAFT; it can be approved only when SUBMITTED.');
    expect(message('submission.wrongStatus', 'pl', params)).toBe(
      'Zgłoszenie ma status DRAFT; zatwierdzić można je tylko ze statusu SUBMITTED.',
    );
  });

  it("gives each of the domain's period-draft problems a sentence, the English one the domain's own", () => {
    const quarter = {
      kind: 'QUARTER' as const,
      label: '2012-Q1',
      startsOn: '2012-01-01',
      endsOn: '2012-03-31',
      opensAt: new Date('2012-04-01'),
      deadline: new Date('2012-04-20'),
      lockedAt: null,
    };
    const drafts = [
      { ...quarter, label: '2012 Q1' },
      { ...quarter, endsOn: '2012-03-30' },
      { ...quarter, kind: 'YEAR' as const, label: 'dwa' },
      { ...quarter, kind: 'YEAR' as const, label: '2012' },
      { ...quarter, kind: 'CAF_CYCLE' as const, label: ' ' },
      { ...quarter, kind: 'CAF_CYCLE' as const, label: 'CAF', startsOn: '2012-05-01' },
      { ...quarter, deadline: new Date('2012-03-01') },
      { ...quarter, lockedAt: new Date('2012-04-10') },
    ];
    const codes = new Set<string>();
    for (const draft of drafts) {
      const problem = periodDraftProblem(draft);
      if (!problem) throw new Error(`no problem with ${JSON.stringify(draft)}`);
      codes.add(problem.code);
      expect(message(`period.draft.${problem.code}`, 'en', problem.params)).toBe(problem.message);
      expect(message(`period.draft.${problem.code}`, 'pl', problem.params)).not.toBe(problem.message);
    }
    expect(codes.size).toBe(drafts.length);
  });
});
