import { hash } from 'node:crypto';
import { MerkleFrontier } from './merkle-frontier.js';
import { sha256Latin1, toHex } from './merkle-hash.js';

/** Milliseconds from an arbitrary origin; performance.now by default, injectable for tests. */
export type Stopwatch = () => number;

export interface ThroughputSample {
  readonly bytes: number;
  readonly seconds: number;
  /** bytes / seconds; Infinity when the clock did not advance. */
  readonly bytesPerSecond: number;
}

/**
 * Baseline for the benchmark: one plain SHA-256 per payload, through the fastest one-shot call
 * Node offers (sha256Latin1, which verify uses too). `checksum` keeps the work observable.
 *
 * @example const raw = measureRawSha256(payloads); console.log(`raw ${raw.bytesPerSecond / 1e6} MB/s`);
 */
export function measureRawSha256(payloads: readonly Uint8Array[], now: Stopwatch = () => performance.now()): ThroughputSample & { readonly checksum: number } {
  const start = now();
  let checksum = 0;
  let bytes = 0;
  for (const payload of payloads) {
    checksum ^= sha256Latin1(payload).charCodeAt(0);
    bytes += payload.length;
  }
  return { ...sample(bytes, now() - start), checksum };
}

/**
 * The Merkle side of the benchmark: leaf-hash every payload and fold it into
 * a streaming frontier, then take the root — what verify does per entry.
 *
 * @example const merkle = measureMerkleRoot(payloads); const ratio = merkle.bytesPerSecond / raw.bytesPerSecond;
 */
export function measureMerkleRoot(payloads: readonly Uint8Array[], now: Stopwatch = () => performance.now()): ThroughputSample & { readonly rootHash: string } {
  const start = now();
  const frontier = new MerkleFrontier();
  let bytes = 0;
  for (const payload of payloads) {
    frontier.appendLeafBytes(payload);
    bytes += payload.length;
  }
  const rootHash = toHex(frontier.root());
  return { ...sample(bytes, now() - start), rootHash };
}

function sample(bytes: number, elapsedMilliseconds: number): ThroughputSample {
  const seconds = elapsedMilliseconds / 1000;
  return { bytes, seconds, bytesPerSecond: seconds > 0 ? bytes / seconds : Number.POSITIVE_INFINITY };
}

/**
 * Every input SHA-256 sees when verify builds the RFC 9162 tree over `payloads`: one
 * leaf input (0x00 ‖ payload) per payload and one node input (0x01 ‖ left ‖ right) per
 * interior node — n − 1 of them, 65 bytes each. Hashing these with measureRawSha256 is
 * the honest cost floor of verify: the tree needs those node hashes, whatever the storage.
 *
 * @example const floor = measureRawSha256(merkleHashInputs(payloads)); // raw SHA-256 of what verify hashes
 */
export function merkleHashInputs(payloads: readonly Uint8Array[]): Buffer[] {
  const inputs: Buffer[] = [];
  const stack: { hash: Buffer; leaves: number }[] = [];
  const join = (left: Buffer, right: Buffer): Buffer => {
    const input = Buffer.concat([NODE_PREFIX, left, right]);
    inputs.push(input);
    return hash('sha256', input, 'buffer');
  };
  for (const payload of payloads) {
    const leafInput = Buffer.concat([LEAF_PREFIX, payload]);
    inputs.push(leafInput);
    let merged: { hash: Buffer; leaves: number } = { hash: hash('sha256', leafInput, 'buffer'), leaves: 1 };
    // Join equal-sized perfect subtrees as they complete, as MerkleFrontier.append does.
    for (let top = stack.at(-1); top !== undefined && top.leaves === merged.leaves; top = stack.at(-1)) {
      stack.pop();
      merged = { hash: join(top.hash, merged.hash), leaves: top.leaves * 2 };
    }
    stack.push(merged);
  }
  let root = stack.pop()?.hash;
  for (let left = stack.pop(); left !== undefined && root !== undefined; left = stack.pop()) root = join(left.hash, root);
  return inputs;
}

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);
