import { waitMessage } from './wait-message';

describe('waitMessage', () => {
  it('counts seconds up to two minutes', () => {
    expect(waitMessage(1)).toEqual({ key: 'error.wait.seconds', params: { count: 1 } });
    expect(waitMessage(59.1)).toEqual({ key: 'error.wait.seconds', params: { count: 60 } });
    expect(waitMessage(119)).toEqual({ key: 'error.wait.seconds', params: { count: 119 } });
  });

  it('counts whole minutes, rounded up, from two minutes on', () => {
    expect(waitMessage(120)).toEqual({ key: 'error.wait.minutes', params: { count: 2 } });
    expect(waitMessage(900)).toEqual({ key: 'error.wait.minutes', params: { count: 15 } });
    expect(waitMessage(901)).toEqual({ key: 'error.wait.minutes', params: { count: 16 } });
  });

  it('never says zero seconds', () => {
    expect(waitMessage(0.2)).toEqual({ key: 'error.wait.seconds', params: { count: 1 } });
  });
});
