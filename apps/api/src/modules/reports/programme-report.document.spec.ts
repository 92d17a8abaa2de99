import { pdfInfo, pdfPages } from '../../../test/support/pdf';
import { closePdfRenderer, renderPdf } from './pdf/pdf-renderer';
import {
  buildProgrammeReport,
  type CompletenessRow,
  glance,
  type ProgrammeReportData,
  programmeReportFilename,
  quantile,
  quantileSummary,
  type ReportIndicator,
  round,
  targetText,
} from './programme-report.document';
import { pdfPageCount } from './programme-report.service';

afterAll(() => closePdfRenderer());

const INDICATOR: ReportIndicator = {
  code: 'X',
  name: 'Wskaźnik próbny',
  nameEn: 'Trial indicator',
  unit: 'pct',
  direction: 'HIGHER_BETTER',
};

const all = (offices: number): CompletenessRow => ({
  kind: null,
  offices,
  counts: { APPROVED: offices, SUBMITTED: 0, RETURNED: 0, DRAFT: 0, MISSING: 0 },
});

/** A programme with nothing in it: no offices, indicators, targets, CAF cycles or practices. */
const empty = (): ProgrammeReportData => ({
  generatedAt: new Date('2026-12-04T12:00:00Z'),
  programme: { name: 'Program pusty', code: 'pusty' },
  period: { label: '2026-Q3', startsOn: '2026-07-01', endsOn: '2026-09-30', deadline: new Date('2026-10-21T21:59:59Z'), releasedAt: null },
  offices: 0,
  completeness: [all(0)],
  distributions: [],
  targets: [],
  caf: null,
  practices: { total: 0, programmeTotal: 0, fromSources: 0, quarters: [], years: [], criteria: [] },
  appendix: [],
});

describe('quantileSummary', () => {
  it('interpolates between closest ranks as PostgreSQL’s percentile_cont', () => {
    expect(quantileSummary([4, 1, 3, 2])).toEqual({ n: 4, min: 1, p25: 1.75, median: 2.5, p75: 3.25, max: 4 });
    expect(quantile([10], 0.25)).toBe(10);
    expect(quantileSummary([])).toBeNull();
  });
});

describe('round', () => {
  it('keeps three significant digits, and the whole integer part of larger numbers', () => {
    expect([9.94321, 93.828, 1234.56, 0.012345, 0, -1.8345, 100].map(round)).toEqual([9.94, 93.8, 1235, 0.0123, 0, -1.83, 100]);
  });
});

describe('targetText', () => {
  it('writes a change of a percentage in percentage points and others in the unit', () => {
    expect(targetText('CHANGE', 15, 'pct', 'pl')).toBe('+15\u00a0p.p.');
    expect(targetText('CHANGE', 15, 'pct', 'en')).toBe('+15\u00a0pp');
    expect(targetText('CHANGE', 150, 'points', 'pl')).toBe('+150\u00a0pkt');
    expect(targetText('LEVEL', 80, 'pct', 'pl')).toBe('80\u00a0%');
    expect(targetText('RELATIVE_CHANGE', -10, 'days', 'en')).toBe('−10\u00a0%');
  });
});

describe('programmeReportFilename', () => {
  it('is ASCII only, in the report’s language', () => {
    expect(programmeReportFilename('Łódź demo', '2026-Q3', 'pl')).toBe('raport-programu-lodz-demo-2026-q3.pdf');
    expect(programmeReportFilename('kraj', 'CAF 2026', 'en')).toBe('programme-report-kraj-caf-2026.pdf');
  });
});

describe('glance', () => {
  const withCounts = (offices: number, closed: number, practices: number): ProgrammeReportData => ({
    ...empty(),
    offices,
    completeness: [all(offices)],
    targets: [
      {
        indicator: INDICATOR,
        kind: 'CHANGE',
        value: 15,
        dueOn: null,
        offices,
        officesWithData: offices,
        officesOnTrack: 1,
        byStatus: { MET: 0, ON_PACE: 1, BEHIND: offices - 1, MISSED: 0, NO_DATA: 0 },
        baselineMean: 50,
        latestMean: 55,
      },
    ],
    caf: {
      targetChange: 150,
      cyclesByState: { SCORING: 0, CONSENSUS: 0, CLOSED: closed },
      officesWithCycles: offices,
      officesWithChange: offices,
      officesMeetingTarget: 0,
      meanChange: 10,
      latestTotals: null,
      changes: null,
    },
    practices: { ...empty().practices, total: practices },
  });

  it('puts the nouns in the form Polish asks for after each number', () => {
    const [one, two, five, twentyTwo] = [
      [1, 1, 1],
      [2, 3, 4],
      [5, 5, 12],
      [22, 22, 22],
    ].map(([offices, closed, practices]) => glance(withCounts(offices, closed, practices), 'pl'));
    expect(one).toEqual([
      'Sprawozdania 1 urzędu: zatwierdzone: 1, przesłane: 0, zwrócone: 0, w przygotowaniu: 0, brak: 0.',
      'Wskaźnik próbny (cel +15\u00a0p.p.): na dobrej drodze 1 z 1 urzędu z danymi.',
      'Samoocena CAF: 1 zamknięty cykl; cel programu (+150\u00a0pkt) osiągnięty w 0 z 1 urzędu z dwoma cyklami.',
      'Baza dobrych praktyk platformy: 1 praktyka.',
    ]);
    expect(two.join('\n')).toMatch(/Sprawozdania 2 urzędów[^]*3 zamknięte cykle[^]*: 4 praktyki\./);
    expect(five.join('\n')).toMatch(/Sprawozdania 5 urzędów[^]*5 zamkniętych cykli[^]*: 12 praktyk\./);
    expect(twentyTwo.join('\n')).toMatch(/Sprawozdania 22 urzędów[^]*22 zamknięte cykle[^]*: 22 praktyki\./);
  });

  it('says the same in English', () => {
    expect(glance(withCounts(1, 1, 1), 'en')).toEqual([
      'Returns of 1 office: approved: 1, submitted: 0, returned: 0, in preparation: 0, missing: 0.',
      'Trial indicator (target +15\u00a0pp): 1 of 1 office with data on track.',
      'CAF self-assessment: 1 closed cycle; the programme’s target (+150\u00a0points) met in 0 of 1 office with two cycles.',
      'The platform’s good-practice database: 1 practice.',
    ]);
  });
});

describe('buildProgrammeReport', () => {
  it('renders a programme with nothing in it: the cover and each section saying so, no appendix', async () => {
    const pdf = await renderPdf(buildProgrammeReport(empty(), 'pl'));
    const pages = await pdfPages(pdf);
    expect(pdfPageCount(pdf)).toBe(pages.length);
    expect((await pdfInfo(pdf)).pageCount).toBe(pages.length);
    expect(pages[0]).toContain('Raport programu');
    expect(pages[0]).not.toContain('Załączniki');
    expect(pages.join('\n')).toContain('Program nie ma celów.');
    expect(pages.join('\n')).toContain('W programie nie było jeszcze cykli samooceny CAF.');
    expect(pages.some((page) => page.startsWith('Załącznik:'))).toBe(false);
  });
});
