import { describe, expect, it } from 'vitest';
import {
  consistencyProof,
  consistencyProofRanges,
  inclusionProof,
  inclusionProofRanges,
  subtreeHashesOf,
} from './build-proofs.js';
import { emptyRootHash, leafHash, nodeHash, toHex, type MerkleHash } from './merkle-hash.js';
import {
  VECTOR_CONSISTENCY_PROOFS,
  VECTOR_INCLUSION_PROOFS,
  VECTOR_LEAF_INPUTS_HEX,
} from './rfc6962-vectors.test-data.js';

/*
 * A literal, recursive transcription of RFC 9162 section 2.1 (MTH, PATH,
 * SUBPROOF), deliberately naive, as the oracle for the iterative code.
 */
function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function referenceRoot(leaves: readonly MerkleHash[]): MerkleHash {
  if (leaves.length === 0) return emptyRootHash();
  if (leaves.length === 1) return leaves[0] as MerkleHash;
  const k = largestPowerOfTwoBelow(leaves.length);
  return nodeHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

function referencePath(m: number, leaves: readonly MerkleHash[]): MerkleHash[] {
  if (leaves.length <= 1) return [];
  const k = largestPowerOfTwoBelow(leaves.length);
  if (m < k) return [...referencePath(m, leaves.slice(0, k)), referenceRoot(leaves.slice(k))];
  return [...referencePath(m - k, leaves.slice(k)), referenceRoot(leaves.slice(0, k))];
}

function referenceSubproof(m: number, leaves: readonly MerkleHash[], wholeOldTree: boolean): MerkleHash[] {
  const n = leaves.length;
  if (m === n) return wholeOldTree ? [] : [referenceRoot(leaves)];
  const k = largestPowerOfTwoBelow(n);
  if (m <= k) return [...referenceSubproof(m, leaves.slice(0, k), wholeOldTree), referenceRoot(leaves.slice(k))];
  return [...referenceSubproof(m - k, leaves.slice(k), false), referenceRoot(leaves.slice(0, k))];
}

const vectorLeaves = VECTOR_LEAF_INPUTS_HEX.map((hex) => leafHash(Buffer.from(hex, 'hex')));
const syntheticLeaves = Array.from({ length: 40 }, (_, index) => leafHash(Buffer.from(`entry ${index}`, 'utf8')));
const hexes = (hashes: readonly MerkleHash[]): string[] => hashes.map(toHex);

describe('inclusionProof', () => {
  it.each(VECTOR_INCLUSION_PROOFS)('reproduces the RFC 6962 vector for leaf $leafIndex of $treeSize', (vector) => {
    const source = subtreeHashesOf(vectorLeaves.slice(0, vector.treeSize));
    expect(hexes(inclusionProof(vector.leafIndex, vector.treeSize, source))).toEqual(vector.proof);
  });

  it('equals the recursive RFC 9162 PATH for every leaf of every tree up to 40 leaves', () => {
    for (let size = 1; size <= 40; size += 1) {
      const leaves = syntheticLeaves.slice(0, size);
      const source = subtreeHashesOf(leaves);
      for (let index = 0; index < size; index += 1) {
        expect(hexes(inclusionProof(index, size, source)), `leaf ${index} of ${size}`).toEqual(hexes(referencePath(index, leaves)));
      }
    }
  });

  it('names the ranges to fetch, lowest level first', () => {
    expect(inclusionProofRanges(5, 8)).toEqual([
      { start: 4, end: 5 },
      { start: 6, end: 8 },
      { start: 0, end: 4 },
    ]);
    expect(inclusionProofRanges(6, 7)).toEqual([
      { start: 4, end: 6 },
      { start: 0, end: 4 },
    ]);
    expect(inclusionProofRanges(0, 1)).toEqual([]);
  });

  it.each([
    [-1, 4],
    [4, 4],
    [0, 0],
    [1.5, 4],
    [0, -1],
  ])('refuses leaf %d of a tree of %d with validation_failed', (index, size) => {
    expect(() => inclusionProofRanges(index, size)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});

describe('consistencyProof', () => {
  it.each(VECTOR_CONSISTENCY_PROOFS)('reproduces the RFC 6962 vector from $size1 to $size2', (vector) => {
    const source = subtreeHashesOf(vectorLeaves.slice(0, vector.size2));
    expect(hexes(consistencyProof(vector.size1, vector.size2, source))).toEqual(vector.proof);
  });

  it('equals the recursive RFC 9162 SUBPROOF for every pair of sizes up to 40', () => {
    for (let size2 = 1; size2 <= 40; size2 += 1) {
      const leaves = syntheticLeaves.slice(0, size2);
      const source = subtreeHashesOf(leaves);
      for (let size1 = 1; size1 <= size2; size1 += 1) {
        expect(hexes(consistencyProof(size1, size2, source)), `${size1} to ${size2}`).toEqual(
          hexes(referenceSubproof(size1, leaves, true)),
        );
      }
    }
  });

  it('names the ranges to fetch', () => {
    expect(consistencyProofRanges(3, 4)).toEqual([
      { start: 2, end: 3 },
      { start: 3, end: 4 },
      { start: 0, end: 2 },
    ]);
    expect(consistencyProofRanges(4, 8)).toEqual([{ start: 4, end: 8 }]);
    expect(consistencyProofRanges(5, 5)).toEqual([]);
  });

  it.each([
    [0, 4],
    [5, 4],
    [-1, 4],
    [1, 2.5],
  ])('refuses sizes %d to %d with validation_failed', (size1, size2) => {
    expect(() => consistencyProofRanges(size1, size2)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});

describe('subtreeHashesOf', () => {
  it('hashes any range as its own tree', () => {
    const source = subtreeHashesOf(syntheticLeaves);
    expect(toHex(source({ start: 3, end: 10 }))).toBe(toHex(referenceRoot(syntheticLeaves.slice(3, 10))));
  });

  it.each([
    { start: 0, end: 41 },
    { start: 5, end: 5 },
    { start: -1, end: 2 },
  ])('refuses range %j outside the leaves', (range) => {
    expect(() => subtreeHashesOf(syntheticLeaves)(range)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});
