import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { merkleRootOfLeafHashes } from './merkle-frontier.js';
import { leafHash, nodeHash, toHex } from './merkle-hash.js';
import { measureMerkleRoot, measureRawSha256, merkleHashInputs, type Stopwatch } from './hash-throughput.js';
import { VECTOR_LEAF_INPUTS_HEX, VECTOR_ROOTS } from './rfc6962-vectors.test-data.js';

/** A clock that reads the given instants in turn: the tests measure nothing in real time. */
function scriptedClock(...readings: number[]): Stopwatch {
  let index = 0;
  return () => readings[index++] ?? Number.NaN;
}

const payloads = VECTOR_LEAF_INPUTS_HEX.map((hex) => Buffer.from(hex, 'hex'));
const totalBytes = 0 + 1 + 1 + 2 + 2 + 4 + 8 + 16;

describe('measureRawSha256', () => {
  it('counts the bytes hashed and divides by the elapsed time', () => {
    const checksum = payloads.reduce((acc, payload) => acc ^ (createHash('sha256').update(payload).digest()[0] ?? 0), 0);
    expect(measureRawSha256(payloads, scriptedClock(1000, 1250))).toEqual({ bytes: totalBytes, seconds: 0.25, bytesPerSecond: totalBytes * 4, checksum });
  });

  it('reports Infinity rather than dividing by zero when the clock did not move', () => {
    expect(measureRawSha256(payloads, scriptedClock(5, 5)).bytesPerSecond).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('measureMerkleRoot', () => {
  it('computes the real root while measuring the same bytes', () => {
    expect(measureMerkleRoot(payloads, scriptedClock(0, 2000))).toEqual({
      bytes: totalBytes,
      seconds: 2,
      bytesPerSecond: totalBytes / 2,
      rootHash: VECTOR_ROOTS[8],
    });
  });

  it('measures an empty input as the empty tree', () => {
    expect(measureMerkleRoot([], scriptedClock(0, 1))).toEqual({ bytes: 0, seconds: 0.001, bytesPerSecond: 0, rootHash: VECTOR_ROOTS[0] });
  });
});

describe('merkleHashInputs', () => {
  it('lists each leaf input and the n − 1 node inputs of the RFC 9162 tree, in hashing order', () => {
    const [a, b, c] = payloads.slice(1, 4) as [Buffer, Buffer, Buffer];
    const inputs = merkleHashInputs([a, b, c]);
    const ab = Buffer.concat([Buffer.of(1), leafHash(a), leafHash(b)]);
    const abc = Buffer.concat([Buffer.of(1), nodeHash(leafHash(a), leafHash(b)), leafHash(c)]);
    expect(inputs.map((input) => input.toString('hex'))).toEqual([Buffer.concat([Buffer.of(0), a]), Buffer.concat([Buffer.of(0), b]), ab, Buffer.concat([Buffer.of(0), c]), abc].map((input) => input.toString('hex')));
  });

  it('has 2n − 1 inputs for the 8 vector leaves, the last giving the RFC root', () => {
    const inputs = merkleHashInputs(payloads);
    expect(inputs).toHaveLength(15);
    expect(toHex(createHash('sha256').update(inputs.at(-1) ?? Buffer.alloc(0)).digest())).toBe(VECTOR_ROOTS[8]);
    expect(toHex(merkleRootOfLeafHashes(payloads.map(leafHash)))).toBe(VECTOR_ROOTS[8]);
  });
});
