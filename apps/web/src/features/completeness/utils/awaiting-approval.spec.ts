import type { CompletenessRow } from '../graphql/completeness.query';
import { awaitingApproval } from './awaiting-approval';

const period = {
  id: 'q2',
  label: '2011-Q2',
  kind: 'QUARTER' as const,
  startsOn: '2011-04-01',
  deadline: '2011-07-20T23:59:59Z',
  state: 'OPEN' as const,
};
const row = (name: string, status: CompletenessRow['status'], submittedAt: string | null): CompletenessRow => ({
  office: { id: name, name },
  period,
  status,
  isLate: false,
  filledCount: 15,
  expectedCount: 15,
  submittedAt,
  coordinatorEmails: [],
});

describe('awaitingApproval', () => {
  it('lists only submitted ones, the longest waiting first', () => {
    const rows = [
      row('Zator', 'SUBMITTED', '2011-07-15T10:00:00Z'),
      row('Bielawa', 'APPROVED', '2011-07-01T10:00:00Z'),
      row('Dzierżoniów', 'SUBMITTED', '2011-07-12T10:00:00Z'),
      row('Oława', 'DRAFT', null),
      row('Alwernia', 'SUBMITTED', '2011-07-15T10:00:00Z'),
    ];
    expect(awaitingApproval(rows).map(({ office }) => office.name)).toEqual(['Dzierżoniów', 'Alwernia', 'Zator']);
  });
});
