import { hash } from 'node:crypto';
import { MerkleFrontier } from './merkle-frontier.js';
import { toHex } from './merkle-hash.js';

/** Milliseconds from an arbitrary origin; performance.now by default, injectable for tests. */
export type Stopwatch = () => number;

export interface ThroughputSample {
  readonly bytes: number;
  readonly seconds: number;
  /** bytes / seconds; Infinity when the clock did not advance. */
  readonly bytesPerSecond: number;
}

/**
 * Baseline for the benchmark: one plain SHA-256 per payload, the same
 * one-shot API the tree uses. `checksum` keeps the work observable.
 *
 * @example const raw = measureRawSha256(payloads); console.log(`raw ${raw.bytesPerSecond / 1e6} MB/s`);
 */
export function measureRawSha256(payloads: readonly Uint8Array[], now: Stopwatch = () => performance.now()): ThroughputSample & { readonly checksum: number } {
  const start = now();
  let checksum = 0;
  let bytes = 0;
  for (const payload of payloads) {
    checksum ^= hash('sha256', payload, 'buffer')[0] ?? 0;
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
