import { newIdempotencyKey } from './idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('uses crypto.randomUUID where the browser has it', () => {
    expect(newIdempotencyKey({ randomUUID: () => '0b5c3a1e-1111-4222-8333-444455556666', getRandomValues: (array) => array })).toBe(
      '0b5c3a1e-1111-4222-8333-444455556666',
    );
  });

  it('makes a version 4 UUID from random bytes elsewhere (plain-HTTP sites)', () => {
    const ones = {
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => (array instanceof Uint8Array ? array.fill(0xff) : array) as T,
    };
    expect(newIdempotencyKey(ones)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newIdempotencyKey({ getRandomValues: (array) => crypto.getRandomValues(array) })).toMatch(UUID_V4);
  });

  it('differs each time', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
