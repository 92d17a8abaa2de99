import { defaultPeerGroup, radarRows, suppressionReasonOf } from './radar';

const criteria = [9, 8, 7, 6, 5, 4, 3, 2, 1].map((criterion) => ({
  criterion,
  score: criterion * 10,
  previousScore: criterion === 1 ? null : 5,
}));
const means = [11, 12, 13, 14, 15, 16, 17, 18, 19];

describe('radarRows', () => {
  it('puts the 9 criteria in order with the chosen group’s means', () => {
    const rows = radarRows(criteria, { peerGroupId: 'g1', means });
    expect(rows.map(({ criterion }) => criterion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows[0]).toEqual({ criterion: 1, own: 10, previous: null, peers: 11 });
    expect(rows[8]).toEqual({ criterion: 9, own: 90, previous: 5, peers: 19 });
  });

  it('gives no peer number for a suppressed group or none', () => {
    expect(radarRows(criteria, { peerGroupId: 'g1', means, suppressionReason: 'NOT_PUBLISHED' }).every(({ peers }) => peers === null)).toBe(
      true,
    );
    expect(radarRows(criteria, { peerGroupId: 'g1', means: null }).every(({ peers }) => peers === null)).toBe(true);
    expect(radarRows(criteria, undefined).every(({ peers }) => peers === null)).toBe(true);
  });
});

describe('defaultPeerGroup', () => {
  it('prefers a released group', () => {
    const suppressed = { peerGroupId: 'a', means: null, suppressionReason: 'NOT_PUBLISHED' };
    const released = { peerGroupId: 'b', means };
    expect(defaultPeerGroup([suppressed, released])).toBe(released);
    expect(defaultPeerGroup([suppressed])).toBe(suppressed);
    expect(defaultPeerGroup([])).toBeUndefined();
  });
});

describe('suppressionReasonOf', () => {
  it('names a known reason, and reads anything else as not released', () => {
    expect(suppressionReasonOf({ peerGroupId: 'a', suppressionReason: 'NOT_PUBLISHED' })).toBe('NOT_PUBLISHED');
    expect(suppressionReasonOf({ peerGroupId: 'a', suppressionReason: 'SOMETHING_NEW' })).toBe('NOT_RELEASED');
    expect(suppressionReasonOf({ peerGroupId: 'a', means: null })).toBe('NOT_RELEASED');
  });
});
