import { reminderDay, reminderDecision, remindedToday, scheduledReminderKind } from './reminders';

const period = { opensAt: new Date('2030-04-01T00:00:00Z'), deadline: new Date('2030-04-20T21:59:59Z'), lockedAt: null };

describe('scheduledReminderKind', () => {
  it('is BEFORE_DEADLINE within the days before the deadline, none earlier', () => {
    expect(scheduledReminderKind(period, new Date('2030-04-17T21:59:58Z'), 3)).toBeNull();
    expect(scheduledReminderKind(period, new Date('2030-04-17T22:00:00Z'), 3)).toBe('BEFORE_DEADLINE');
    expect(scheduledReminderKind(period, new Date('2030-04-20T21:59:58Z'), 3)).toBe('BEFORE_DEADLINE');
  });

  it('is AFTER_DEADLINE for a week after the deadline, then none', () => {
    expect(scheduledReminderKind(period, new Date('2030-04-20T22:00:00Z'), 3)).toBe('AFTER_DEADLINE');
    expect(scheduledReminderKind(period, new Date('2030-04-27T21:59:59Z'), 3)).toBe('AFTER_DEADLINE');
    expect(scheduledReminderKind(period, new Date('2030-04-28T00:00:00Z'), 3)).toBeNull();
  });

  it('sends nothing before the period opens, once it is locked, or before the deadline when the days are 0', () => {
    expect(scheduledReminderKind({ ...period, opensAt: new Date('2030-04-19T00:00:00Z') }, new Date('2030-04-18T12:00:00Z'), 3)).toBeNull();
    expect(
      scheduledReminderKind({ ...period, lockedAt: new Date('2030-04-21T00:00:00Z') }, new Date('2030-04-22T00:00:00Z'), 3),
    ).toBeNull();
    expect(scheduledReminderKind({ ...period, lockedAt: new Date('2030-05-01T00:00:00Z') }, new Date('2030-04-22T00:00:00Z'), 3)).toBe(
      'AFTER_DEADLINE',
    );
    expect(scheduledReminderKind(period, new Date('2030-04-19T00:00:00Z'), 0)).toBeNull();
  });
});

describe('one reminder a day, in Poland', () => {
  it('takes the calendar day in Warsaw (summer and winter time)', () => {
    expect(reminderDay(new Date('2030-04-20T21:59:59Z'))).toBe('2030-04-20');
    expect(reminderDay(new Date('2030-04-20T22:00:00Z'))).toBe('2030-04-21');
    expect(reminderDay(new Date('2030-01-10T22:59:59Z'))).toBe('2030-01-10');
    expect(reminderDay(new Date('2030-01-10T23:00:00Z'))).toBe('2030-01-11');
  });

  it('knows whether an office was reminded today', () => {
    const now = new Date('2030-04-20T10:00:00Z');
    expect(remindedToday(null, now)).toBe(false);
    expect(remindedToday(new Date('2030-04-19T22:30:00Z'), now)).toBe(true);
    expect(remindedToday(new Date('2030-04-19T21:30:00Z'), now)).toBe(false);
  });
});

describe('reminderDecision', () => {
  const now = new Date('2030-04-20T10:00:00Z');
  const fresh = { status: null, lastRemindedAt: null, kindsSent: [] } as const;

  it('reminds an office that has not handed in: nothing saved, a draft, or returned', () => {
    for (const status of [null, 'DRAFT', 'RETURNED'] as const) expect(reminderDecision({ ...fresh, status }, 'MANUAL', now)).toBe('SEND');
  });

  it('never reminds an office that has submitted or been approved', () => {
    for (const status of ['SUBMITTED', 'APPROVED'] as const)
      expect(reminderDecision({ ...fresh, status }, 'BEFORE_DEADLINE', now)).toBe('HANDED_IN');
  });

  it('sends at most one reminder a day, whatever its kind or period', () => {
    const earlier = { ...fresh, lastRemindedAt: new Date('2030-04-20T06:00:00Z') };
    expect(reminderDecision(earlier, 'MANUAL', now)).toBe('ALREADY_TODAY');
    expect(reminderDecision(earlier, 'AFTER_DEADLINE', now)).toBe('ALREADY_TODAY');
    expect(reminderDecision({ ...fresh, lastRemindedAt: new Date('2030-04-19T06:00:00Z') }, 'MANUAL', now)).toBe('SEND');
  });

  it('sends a scheduled kind once per period; the lead may remind again on another day', () => {
    const reminded = { ...fresh, lastRemindedAt: new Date('2030-04-18T06:00:00Z'), kindsSent: ['BEFORE_DEADLINE', 'MANUAL'] as const };
    expect(reminderDecision(reminded, 'BEFORE_DEADLINE', now)).toBe('ALREADY_SENT');
    expect(reminderDecision(reminded, 'AFTER_DEADLINE', now)).toBe('SEND');
    expect(reminderDecision(reminded, 'MANUAL', now)).toBe('SEND');
  });
});
