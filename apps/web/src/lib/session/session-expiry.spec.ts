import { createSessionExpiry } from './session-expiry';

describe('createSessionExpiry', () => {
  it('tells every subscriber, and no one after they unsubscribe', () => {
    const expiry = createSessionExpiry();
    const calls: string[] = [];
    const stopA = expiry.subscribe(() => calls.push('a'));
    expiry.subscribe(() => calls.push('b'));
    expiry.notify();
    stopA();
    expiry.notify();
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('does nothing without subscribers', () => {
    expect(() => createSessionExpiry().notify()).not.toThrow();
  });
});
