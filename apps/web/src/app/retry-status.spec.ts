import { createRetryStatus } from './retry-status';

describe('createRetryStatus', () => {
  it('is quiet until an operation waits, and again once every waiting operation is settled', () => {
    const status = createRetryStatus();
    const first = {};
    const second = {};
    expect(status.current()).toBeNull();
    status.waiting(first, 2);
    expect(status.current()).toEqual({ seconds: 2 });
    status.waiting(second, 5);
    expect(status.current()).toEqual({ seconds: 5 });
    status.settled(second);
    expect(status.current()).toEqual({ seconds: 2 });
    status.settled(first);
    expect(status.current()).toBeNull();
  });

  it('says the wait of the retry scheduled last', () => {
    const status = createRetryStatus();
    const operation = {};
    status.waiting(operation, 1);
    status.waiting({}, 4);
    status.waiting(operation, 2);
    expect(status.current()).toEqual({ seconds: 2 });
  });

  it('keeps the same snapshot and tells no one while what is shown stays the same', () => {
    const status = createRetryStatus();
    const listener = jest.fn();
    const unsubscribe = status.subscribe(listener);
    const operation = {};
    status.waiting(operation, 1);
    const shown = status.current();
    status.waiting(operation, 1);
    status.waiting({}, 1);
    status.settled({}); // never waited
    expect(status.current()).toBe(shown);
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    status.settled(operation);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
