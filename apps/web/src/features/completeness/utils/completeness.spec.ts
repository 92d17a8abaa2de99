import type { CompletenessPeriod, CompletenessRow } from '../graphql/completeness.query';
import { defaultPeriodId, gridRows, lateRows, periodsOf, reminderAddresses, statusSummary } from './completeness';

const q1: CompletenessPeriod = {
  id: 'q1',
  label: '2011-Q1',
  kind: 'QUARTER',
  startsOn: '2011-01-01',
  deadline: '2011-04-20T23:59:59Z',
  state: 'LOCKED',
};
const q2: CompletenessPeriod = {
  id: 'q2',
  label: '2011-Q2',
  kind: 'QUARTER',
  startsOn: '2011-04-01',
  deadline: '2011-07-20T23:59:59Z',
  state: 'OPEN',
};
const caf: CompletenessPeriod = {
  id: 'caf',
  label: 'CAF 2011',
  kind: 'CAF_CYCLE',
  startsOn: '2011-03-01',
  deadline: '2011-07-20T23:59:59Z',
  state: 'OPEN',
};

const zator = { id: 'o26', name: 'Urząd Miasta Zator' };
const dzierzoniow = { id: 'o1', name: 'Urząd Miasta Dzierżoniów' };
const bielawa = { id: 'o2', name: 'Urząd Miasta Bielawa' };
const order = [dzierzoniow, bielawa, zator];

function row(
  office: { id: string; name: string },
  period: CompletenessPeriod,
  status: CompletenessRow['status'],
  isLate = false,
  emails: string[] = [],
): CompletenessRow {
  return { office, period, status, isLate, filledCount: 0, expectedCount: 15, submittedAt: null, coordinatorEmails: emails };
}

const rows = [
  row(zator, q2, null, true, ['zator@example.pl']),
  row(dzierzoniow, q2, 'SUBMITTED'),
  row(bielawa, q2, 'DRAFT', true, ['bielawa@example.pl', 'jakosc@example.pl']),
  row(dzierzoniow, q1, 'APPROVED'),
  row(zator, caf, 'RETURNED', true, ['zator@example.pl']),
];

describe('periodsOf and defaultPeriodId', () => {
  it('lists each period once, oldest first', () => {
    expect(periodsOf(rows).map(({ id }) => id)).toEqual(['q1', 'caf', 'q2']);
  });

  it('opens on the newest open quarter, else the newest open period, else the newest', () => {
    expect(defaultPeriodId([q1, caf, q2])).toBe('q2');
    expect(defaultPeriodId([q1, caf])).toBe('caf');
    expect(defaultPeriodId([q1, { ...q2, state: 'LOCKED' }])).toBe('q2');
    expect(defaultPeriodId([])).toBeNull();
  });
});

describe('gridRows', () => {
  it('makes one row per office in programme order, with its cells by period', () => {
    const grid = gridRows(rows, order);
    expect(grid.map(({ office }) => office.id)).toEqual(['o1', 'o2', 'o26']);
    expect(grid[0]?.cells.get('q1')?.status).toBe('APPROVED');
    expect(grid[2]?.cells.get('q1')).toBeUndefined();
  });

  it('puts offices missing from the order last, by name', () => {
    const grid = gridRows([row({ id: 'x', name: 'Zzz' }, q2, null), row({ id: 'y', name: 'Aaa' }, q2, null), row(zator, q2, null)], order);
    expect(grid.map(({ office }) => office.name)).toEqual(['Urząd Miasta Zator', 'Aaa', 'Zzz']);
  });
});

describe('statusSummary', () => {
  it('counts every status of the chosen period, zeros included, and the late ones', () => {
    expect(statusSummary(rows, 'q2')).toEqual({
      counts: [
        { status: 'NONE', count: 1 },
        { status: 'DRAFT', count: 1 },
        { status: 'RETURNED', count: 0 },
        { status: 'SUBMITTED', count: 1 },
        { status: 'APPROVED', count: 0 },
      ],
      late: 2,
      total: 3,
    });
  });

  it('counts all periods without a choice', () => {
    expect(statusSummary(rows, null).total).toBe(5);
    expect(statusSummary(rows, null).late).toBe(3);
  });
});

describe('reminders', () => {
  it('lists the late offices of the period in programme order', () => {
    expect(lateRows(rows, 'q2', order).map(({ office }) => office.id)).toEqual(['o2', 'o26']);
    expect(lateRows(rows, null, order).map(({ office, period }) => `${office.id}/${period.id}`)).toEqual(['o2/q2', 'o26/caf', 'o26/q2']);
  });

  it('gives each coordinator’s address once, named by the office, ready for a "To" field', () => {
    expect(reminderAddresses(lateRows(rows, null, order))).toBe(
      '"Urząd Miasta Bielawa" <bielawa@example.pl>; "Urząd Miasta Bielawa" <jakosc@example.pl>; "Urząd Miasta Zator" <zator@example.pl>',
    );
  });

  it('escapes quotes in office names and is empty without late offices', () => {
    expect(reminderAddresses([row({ id: 'q', name: 'Urząd "Nowy" \\ Stary' }, q2, null, true, ['a@b.pl'])])).toBe(
      '"Urząd \\"Nowy\\" \\\\ Stary" <a@b.pl>',
    );
    expect(reminderAddresses([])).toBe('');
  });
});
