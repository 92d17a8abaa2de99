import { parseReleaseEvent } from './release-events.service';

describe('parseReleaseEvent', () => {
  const programme = '0b8f7c1e-6f1a-4f39-9a44-2d7a3c5e1b20';
  const period = '5d2c9e4a-1b3f-4c8d-8e7a-9f6b2a1c3d40';

  it('reads a period release and a programme change', () => {
    expect(parseReleaseEvent(`period:${programme}/${period}`)).toEqual({ kind: 'period', programmeId: programme, periodId: period });
    expect(parseReleaseEvent(`programme:${programme}`)).toEqual({ kind: 'programme', programmeId: programme });
  });

  it('ignores anything else', () => {
    for (const payload of [
      '',
      'reset',
      `period:${programme}`,
      `programme:${programme}/${period}`,
      `period:${programme}/x`,
      'programme:x',
      `other:${programme}`,
    ]) {
      expect(parseReleaseEvent(payload)).toBeNull();
    }
  });
});
