import { lastReminders, officesToRemind, reminderKey } from './reminders';

describe('lastReminders', () => {
  it('keeps the latest reminder of each office in each period', () => {
    const latest = lastReminders([
      { sentAt: '2030-04-18T10:00:00Z', office: { id: 'a' }, period: { id: 'q' } },
      { sentAt: '2030-04-21T10:00:00Z', office: { id: 'a' }, period: { id: 'q' } },
      { sentAt: '2030-04-19T10:00:00Z', office: { id: 'a' }, period: { id: 'q' } },
      { sentAt: '2030-04-19T10:00:00Z', office: { id: 'b' }, period: { id: 'q' } },
    ]);
    expect(latest.get(reminderKey('a', 'q'))).toBe('2030-04-21T10:00:00Z');
    expect(latest.get(reminderKey('b', 'q'))).toBe('2030-04-19T10:00:00Z');
    expect(latest.get(reminderKey('a', 'other'))).toBeUndefined();
  });
});

describe('officesToRemind', () => {
  it('counts the offices of the period that have not handed in', () => {
    const rows = [
      { status: null, period: { id: 'q' } },
      { status: 'DRAFT', period: { id: 'q' } },
      { status: 'RETURNED', period: { id: 'q' } },
      { status: 'SUBMITTED', period: { id: 'q' } },
      { status: 'APPROVED', period: { id: 'q' } },
      { status: null, period: { id: 'other' } },
    ] as const;
    expect(officesToRemind(rows, 'q')).toBe(3);
  });
});
