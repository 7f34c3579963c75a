import { describe, expect, it } from 'vitest';
import { isWrappedPersonKey, newWrappedPersonDataKey, unwrapPersonDataKey, wrapPersonDataKey, WRAPPED_PERSON_KEY_BYTES } from './person-key-wrap.js';

const KEK = new Uint8Array(32).fill(11);
const PERSON = '5c3b2a1e-0000-4000-8000-000000000001';
const OTHER = '5c3b2a1e-0000-4000-8000-000000000002';

describe('wrapPersonDataKey and unwrapPersonDataKey', () => {
  it('round-trips, is version 1 with a fresh nonce each time, and never contains the data key', () => {
    const { dataKey, wrapped } = newWrappedPersonDataKey(KEK, PERSON);
    expect(wrapped.length).toBe(WRAPPED_PERSON_KEY_BYTES);
    expect(wrapped.length).toBe(61);
    expect(wrapped[0]).toBe(1);
    expect(isWrappedPersonKey(wrapped)).toBe(true);
    expect(wrapped.includes(Buffer.from(dataKey))).toBe(false);
    expect(Buffer.from(unwrapPersonDataKey(KEK, PERSON, wrapped)).equals(Buffer.from(dataKey))).toBe(true);
    const again = wrapPersonDataKey(KEK, PERSON, dataKey);
    expect(again.subarray(1, 13).equals(wrapped.subarray(1, 13))).toBe(false);
    expect(Buffer.from(unwrapPersonDataKey(KEK, PERSON, again)).equals(Buffer.from(dataKey))).toBe(true);
  });

  it.each([
    ['another KEK', (wrapped: Buffer) => unwrapPersonDataKey(new Uint8Array(32).fill(12), PERSON, wrapped)],
    ['another person', (wrapped: Buffer) => unwrapPersonDataKey(KEK, OTHER, wrapped)],
    ['a flipped ciphertext byte', (wrapped: Buffer) => unwrapPersonDataKey(KEK, PERSON, Buffer.from(wrapped.map((byte, index) => (index === 40 ? byte ^ 1 : byte))))],
  ])('refuses %s with signing_key_invalid and a one-line reason', (_name, unwrap) => {
    const { wrapped } = newWrappedPersonDataKey(KEK, PERSON);
    expect(() => unwrap(wrapped)).toThrow(expect.objectContaining({ code: 'signing_key_invalid' }));
    expect(() => unwrap(wrapped)).toThrow(/^the person key-encryption key does not open the data key of person [0-9a-f-]+ \(wrong keys\/person-keys\.kek\?\)$/);
  });

  it.each([
    ['a legacy unwrapped key', new Uint8Array(32).fill(1)],
    ['an unknown version', Buffer.concat([Buffer.of(2), Buffer.alloc(60)])],
    ['nothing', new Uint8Array(0)],
  ])('refuses %s rather than returning garbage', (_name, stored) => {
    expect(isWrappedPersonKey(stored)).toBe(false);
    expect(() => unwrapPersonDataKey(KEK, PERSON, stored)).toThrow(expect.objectContaining({ code: 'signing_key_invalid' }));
    expect(() => unwrapPersonDataKey(KEK, PERSON, stored)).toThrow(/is not a wrapped data key/);
  });

  it('refuses a KEK or data key of the wrong length', () => {
    expect(() => wrapPersonDataKey(new Uint8Array(16), PERSON, new Uint8Array(32))).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    expect(() => wrapPersonDataKey(KEK, PERSON, new Uint8Array(31))).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});
