import { translator } from '../../../app/i18n';
import { formatFileSize, inProgress, progressMessage, progressPercent, reportStatus, type ReportProgress } from './report-progress';

const pl = translator('pl');
const en = translator('en');
const say = (t: typeof pl, report: ReportProgress) => {
  const { key, params } = progressMessage(report);
  return t(key, params);
};

describe('a programme report’s progress', () => {
  it('is a whole percentage of the bar, kept within 0..100', () => {
    expect([0, 0.004, 0.405, 1, 1.2, -0.1, Number.NaN].map(progressPercent)).toEqual([0, 0, 41, 100, 100, 0, 0]);
  });

  it('is told step by step in Polish', () => {
    expect(say(pl, { state: 'QUEUED', progress: 0 })).toBe('W kolejce');
    expect(say(pl, { state: 'RUNNING', progress: 0.05, step: 'gathering' })).toBe('Zbieranie danych');
    expect(say(pl, { state: 'RUNNING', progress: 0.47, step: 'offices' })).toBe('Strony urzędów: 40\u00a0%');
    expect(say(pl, { state: 'RUNNING', progress: 0.95, step: 'rendering' })).toBe('Składanie PDF');
    expect(say(pl, { state: 'DONE', progress: 1, step: 'rendering' })).toBe('Raport gotowy');
    expect(say(pl, { state: 'FAILED', progress: 0.3, step: 'offices' })).toBe('Nie udało się przygotować raportu');
  });

  it('announces the offices’ pages in whole tens only, so that a screen reader is not told every poll', () => {
    const texts = [0.41, 0.44, 0.49].map((progress) => say(pl, { state: 'RUNNING', progress, step: 'offices' }));
    expect(new Set(texts).size).toBe(1);
    expect(say(pl, { state: 'RUNNING', progress: 0.5, step: 'offices' })).toBe('Strony urzędów: 50\u00a0%');
  });

  it('is told in English too, a running report without a step yet as gathering', () => {
    expect(say(en, { state: 'RUNNING', progress: 0.8, step: 'offices' })).toBe('Office pages: 80%');
    expect(say(en, { state: 'RUNNING', progress: 0, step: null })).toBe('Gathering the data');
  });

  it('is asked for again only while the report is queued or running', () => {
    expect((['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const).map((state) => inProgress({ state }))).toEqual([true, true, false, false]);
  });
});

describe('a report’s file size', () => {
  it('is written in kB below a megabyte and in MB with one decimal above, in the language’s numbers', () => {
    expect(formatFileSize('pl', 640_400)).toBe('640 kB');
    expect(formatFileSize('pl', 1_234_567)).toBe('1,2 MB');
    expect(formatFileSize('en', 1_234_567)).toBe('1.2 MB');
    expect(formatFileSize('pl', 120)).toBe('1 kB');
  });
});

describe('a kept report’s state in the list', () => {
  const status = (report: Parameters<typeof reportStatus>[0]) => {
    const { key, params, tone } = reportStatus(report);
    return [pl(key, params), tone];
  };

  it('says whether a finished report still matches its period’s data', () => {
    expect(status({ state: 'DONE', progress: 1, current: true })).toEqual(['aktualny', 'current']);
    expect(status({ state: 'DONE', progress: 1, current: false })).toEqual(['nieaktualny: dane okresu zmieniły się', 'outdated']);
  });

  it('says how far a report being made is, and that one failed', () => {
    expect(status({ state: 'RUNNING', progress: 0.326, current: true })).toEqual(['w przygotowaniu (33\u00a0%)', 'working']);
    expect(status({ state: 'QUEUED', progress: 0, current: true })).toEqual(['w kolejce', 'working']);
    expect(status({ state: 'FAILED', progress: 0.5, current: true })).toEqual(['nieudany', 'failed']);
  });
});
