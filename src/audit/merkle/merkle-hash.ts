import { hash } from 'node:crypto';
import { AppError } from '../../core/errors.js';

/**
 * RFC 9162 section 2.1.1 hashing with SHA-256. Leaves and interior nodes get
 * different one-byte prefixes so that a leaf can never be passed off as a
 * node (second-preimage resistance of the tree).
 *
 * Warning: roots computed with these functions are signed and held by outside
 * witnesses; changing a prefix or the hash breaks every published checkpoint.
 */
export const MERKLE_HASH_BYTES = 32;

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** A Merkle tree hash: always 32 bytes (SHA-256). */
export type MerkleHash = Uint8Array;

/**
 * MTH({d}) = SHA-256(0x00 ‖ d).
 *
 * @example toHex(leafHash(new Uint8Array())) === '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'
 */
export function leafHash(leafBytes: Uint8Array): MerkleHash {
  return Buffer.from(leafHashLatin1(leafBytes), 'latin1');
}

/** leafHash as a 32-character latin1 string (see sha256Latin1). */
export function leafHashLatin1(leafBytes: Uint8Array): string {
  const input = Buffer.allocUnsafe(leafBytes.length + 1);
  input[0] = LEAF_PREFIX;
  input.set(leafBytes, 1);
  return sha256Latin1(input);
}

/**
 * Interior node: SHA-256(0x01 ‖ left ‖ right).
 *
 * @example nodeHash(leafHash(a), leafHash(b)) // root of the two-leaf tree [a, b]
 */
export function nodeHash(left: MerkleHash, right: MerkleHash): MerkleHash {
  if (left.length !== MERKLE_HASH_BYTES || right.length !== MERKLE_HASH_BYTES) {
    const input = Buffer.allocUnsafe(left.length + right.length + 1);
    input[0] = NODE_PREFIX;
    input.set(left, 1);
    input.set(right, 1 + left.length);
    return Buffer.from(sha256Latin1(input), 'latin1');
  }
  NODE_INPUT.set(left, 1);
  NODE_INPUT.set(right, 1 + MERKLE_HASH_BYTES);
  return Buffer.from(sha256Latin1(NODE_INPUT), 'latin1');
}

/**
 * SHA-256 of `data` as a 32-character latin1 string (one character per byte).
 *
 * Why a string: Node's one-shot `crypto.hash` returns a string ('binary' is latin1) about three times faster than a
 * Buffer (measured on this host with Node 20: 0.65 µs against 2.05 µs per 371-byte input; the digest
 * is 32 bytes either way, so the cost is in making the Buffer), and verify computes two hashes per entry.
 */
export function sha256Latin1(data: Uint8Array): string {
  return hash('sha256', data, 'binary');
}

/**
 * nodeHash over hashes held as latin1 strings (see sha256Latin1): SHA-256(0x01 ‖ left ‖ right)
 * written into one reused 65-byte input, so a node costs one hash call and no allocation.
 */
export function nodeHashLatin1(left: string, right: string): string {
  NODE_INPUT.write(left, 1, MERKLE_HASH_BYTES, 'latin1');
  NODE_INPUT.write(right, 1 + MERKLE_HASH_BYTES, MERKLE_HASH_BYTES, 'latin1');
  return hash('sha256', NODE_INPUT, 'binary');
}

// Hashing is synchronous, so the one input buffer is never shared between two calls.
const NODE_INPUT = Buffer.alloc(1 + 2 * MERKLE_HASH_BYTES, NODE_PREFIX);

/** MTH({}) = SHA-256 of the empty string, the root of a tree with no leaves. */
export function emptyRootHash(): MerkleHash {
  return hash('sha256', new Uint8Array(0), 'buffer');
}

/** Byte equality of two hashes (roots are public, so no constant-time compare is needed). */
export function hashesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Lowercase hex, the form in which Waypoint stores and publishes hashes. */
export function toHex(value: Uint8Array): string {
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex');
}

const HASH_HEX = /^[0-9a-f]{64}$/;

/** True for a 64-character lowercase hex string. */
export function isHashHex(value: string): boolean {
  return HASH_HEX.test(value);
}

/**
 * Parses a 64-character lowercase hex hash, as published in checkpoints and proofs.
 * Throws AppError `validation_failed` on anything else, so untrusted input fails loudly.
 *
 * @example fromHex('6e34…a01d').length === 32
 */
export function fromHex(value: string): MerkleHash {
  if (!isHashHex(value)) {
    throw new AppError('validation_failed', 'a Merkle hash must be 64 lowercase hex characters', { value: value.slice(0, 80) });
  }
  return Buffer.from(value, 'hex');
}
