import { AppError } from '../../core/errors.js';
import { merkleRootOfLeafHashes } from './merkle-frontier.js';
import type { MerkleHash } from './merkle-hash.js';

/** Leaves [start, end) of the log, zero-based. Its hash is MTH(D[start:end]) in RFC 9162 notation. */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/** Gives MTH(D[start:end]) for a range of the log: an array, a database query, a cache. */
export type SubtreeHashSource = (range: LeafRange) => MerkleHash;

/**
 * The ranges whose hashes form the RFC 9162 inclusion proof (PATH, 2.1.3.1)
 * of leaf `leafIndex` in a tree of `treeSize` leaves, in proof order (lowest
 * level first). Separate from hashing so that a database-backed caller can
 * fetch them in one batch:
 *
 * @example
 *   const proof = await Promise.all(inclusionProofRanges(5, 8).map((range) => repo.subtreeHash(range)));
 */
export function inclusionProofRanges(leafIndex: number, treeSize: number): LeafRange[] {
  requireSize(treeSize, 'treeSize');
  if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= treeSize) {
    throw new AppError('validation_failed', `leaf index ${leafIndex} is not within a tree of ${treeSize} leaves`, { leafIndex, treeSize });
  }
  const ranges: LeafRange[] = [];
  let offset = 0;
  let index = leafIndex;
  let size = treeSize;
  // PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) or PATH(m-k, D[k:n]) : MTH(D[0:k]); walked top-down, then reversed.
  while (size > 1) {
    const split = largestPowerOfTwoBelow(size);
    if (index < split) {
      ranges.push({ start: offset + split, end: offset + size });
      size = split;
    } else {
      ranges.push({ start: offset, end: offset + split });
      index -= split;
      offset += split;
      size -= split;
    }
  }
  return ranges.reverse();
}

/**
 * The ranges whose hashes form the RFC 9162 consistency proof (SUBPROOF,
 * 2.1.4.1) between tree sizes `size1` and `size2`, in proof order. Requires
 * 0 < size1 <= size2 (from the empty tree there is nothing to prove; equal
 * sizes give an empty proof).
 *
 * @example consistencyProofRanges(3, 4) // [{start:2,end:3},{start:3,end:4},{start:0,end:2}]
 */
export function consistencyProofRanges(size1: number, size2: number): LeafRange[] {
  requireSize(size2, 'size2');
  if (!Number.isSafeInteger(size1) || size1 < 1 || size1 > size2) {
    throw new AppError('validation_failed', `a consistency proof needs 0 < size1 <= size2, got ${size1} and ${size2}`, { size1, size2 });
  }
  const ranges: LeafRange[] = [];
  let offset = 0;
  let oldSize = size1;
  let size = size2;
  let oldTreeIsWholeSubtree = true;
  while (oldSize !== size) {
    const split = largestPowerOfTwoBelow(size);
    if (oldSize <= split) {
      ranges.push({ start: offset + split, end: offset + size });
      size = split;
    } else {
      ranges.push({ start: offset, end: offset + split });
      oldSize -= split;
      offset += split;
      size -= split;
      oldTreeIsWholeSubtree = false;
    }
  }
  // SUBPROOF(m, D[m], true) is empty: the verifier already holds that root as the old tree head.
  if (!oldTreeIsWholeSubtree) ranges.push({ start: offset, end: offset + size });
  return ranges.reverse();
}

/**
 * RFC 9162 inclusion proof, hashes fetched from `subtreeHash`.
 *
 * @example inclusionProof(2, 5, subtreeHashesOf(leafHashes)) // 3 hashes
 */
export function inclusionProof(leafIndex: number, treeSize: number, subtreeHash: SubtreeHashSource): MerkleHash[] {
  return inclusionProofRanges(leafIndex, treeSize).map(subtreeHash);
}

/**
 * RFC 9162 consistency proof, hashes fetched from `subtreeHash`.
 *
 * @example consistencyProof(6, 8, subtreeHashesOf(leafHashes)) // 3 hashes
 */
export function consistencyProof(size1: number, size2: number, subtreeHash: SubtreeHashSource): MerkleHash[] {
  return consistencyProofRanges(size1, size2).map(subtreeHash);
}

/**
 * A SubtreeHashSource over leaf hashes held in memory. Each range is hashed
 * from its leaves, so one proof costs O(n) node hashes: right for tests, the
 * verifier and modest logs; a large server should cache perfect-subtree roots.
 *
 * @example consistencyProof(2, 5, subtreeHashesOf(leafHashes))
 */
export function subtreeHashesOf(leafHashes: readonly MerkleHash[]): SubtreeHashSource {
  return (range) => {
    if (range.start < 0 || range.end > leafHashes.length || range.start >= range.end) {
      throw new AppError('validation_failed', `range [${range.start}, ${range.end}) is outside ${leafHashes.length} leaves`);
    }
    return merkleRootOfLeafHashes(leafHashes.slice(range.start, range.end));
  };
}

/** k in RFC 9162: the largest power of two strictly smaller than n (n >= 2). */
function largestPowerOfTwoBelow(size: number): number {
  let power = 1;
  while (power * 2 < size) power *= 2;
  return power;
}

function requireSize(size: number, name: string): void {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new AppError('validation_failed', `${name} ${size} is not a non-negative safe integer`);
  }
}
