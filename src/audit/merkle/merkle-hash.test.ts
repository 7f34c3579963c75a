import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyRootHash, fromHex, hashesEqual, isHashHex, leafHash, nodeHash, toHex } from './merkle-hash.js';
import { VECTOR_LEAF_INPUTS_HEX, VECTOR_NODE_HASHES } from './rfc6962-vectors.test-data.js';

function sha256(...parts: Uint8Array[]): string {
  const hasher = createHash('sha256');
  for (const part of parts) hasher.update(part);
  return hasher.digest('hex');
}

describe('leafHash', () => {
  it('matches the RFC 6962 vectors for all eight test leaves', () => {
    const hashes = VECTOR_LEAF_INPUTS_HEX.map((hex) => toHex(leafHash(Buffer.from(hex, 'hex'))));
    expect(hashes).toEqual(VECTOR_NODE_HASHES[0]);
  });

  it('is SHA-256 over 0x00 followed by the leaf bytes', () => {
    const bytes = Buffer.from('waypoint', 'utf8');
    expect(toHex(leafHash(bytes))).toBe(sha256(Uint8Array.of(0), bytes));
  });
});

describe('nodeHash', () => {
  it('matches the RFC 6962 vector for the first pair of leaves', () => {
    const level0 = VECTOR_NODE_HASHES[0] ?? [];
    expect(toHex(nodeHash(fromHex(level0[0] ?? ''), fromHex(level0[1] ?? '')))).toBe(VECTOR_NODE_HASHES[1]?.[0]);
  });

  it('is SHA-256 over 0x01, left, right — and order matters', () => {
    const left = leafHash(Uint8Array.of(1));
    const right = leafHash(Uint8Array.of(2));
    expect(toHex(nodeHash(left, right))).toBe(sha256(Uint8Array.of(1), left, right));
    expect(hashesEqual(nodeHash(left, right), nodeHash(right, left))).toBe(false);
  });
});

describe('emptyRootHash', () => {
  it('is SHA-256 of the empty string', () => {
    expect(toHex(emptyRootHash())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('hex helpers', () => {
  it('round-trips a hash', () => {
    const hex = '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328';
    expect(toHex(fromHex(hex))).toBe(hex);
    expect(fromHex(hex).length).toBe(32);
  });

  it.each(['', 'abc', '5DC9DA79A70659A9AD559CB701DED9A2AB9D823AAD2F4960CFE370EFF4604328', `${'0'.repeat(63)}g`, '0'.repeat(66)])(
    'rejects %j with validation_failed',
    (value) => {
      expect(isHashHex(value)).toBe(false);
      expect(() => fromHex(value)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    },
  );

  it('hashesEqual compares length and bytes', () => {
    expect(hashesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(hashesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(hashesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 0))).toBe(false);
  });

  it('toHex respects a view into a larger buffer', () => {
    const backing = Uint8Array.of(9, 0xab, 0xcd, 9);
    expect(toHex(backing.subarray(1, 3))).toBe('abcd');
  });
});
