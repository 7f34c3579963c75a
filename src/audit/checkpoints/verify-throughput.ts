import type { KeyObject } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { measureMerkleRoot, measureRawSha256, merkleHashInputs, type Stopwatch } from '../merkle/hash-throughput.js';
import { verifyAudit } from './verify-audit.js';

export interface ThroughputFigures {
  readonly seconds: number;
  readonly entriesPerSecond: number;
  readonly bytesPerSecond: number;
}

export interface VerifyThroughput {
  readonly entries: number;
  /** Total stored leaf bytes (canonical JSON) of the sealed entries: the bytes verify hashes per entry. */
  readonly bytes: number;
  /** One plain SHA-256 per entry over its stored leaf bytes: the literal baseline. */
  readonly rawSha256: ThroughputFigures;
  /**
   * Plain SHA-256 over every input verify has to hash: each leaf input (0x00 ‖ bytes) and
   * each of the n − 1 RFC 9162 node inputs (0x01 ‖ left ‖ right). Figures are per entry
   * and per leaf byte, like the others, so the ratios compare time for the same log.
   */
  readonly rawSha256OfVerifyInputs: ThroughputFigures;
  /** What verify hashes per entry, in memory: leaf hash folded into the Merkle frontier. */
  readonly verifyHashing: ThroughputFigures;
  /** verifyAudit end to end: database reads, chain, column check, checkpoint roots and signatures. */
  readonly verifyEndToEnd: ThroughputFigures;
  /** verifyHashing / rawSha256 (bytes per second). */
  readonly hashingRatio: number;
  /** verifyEndToEnd / rawSha256 (bytes per second). */
  readonly endToEndRatio: number;
  /** verifyEndToEnd / rawSha256OfVerifyInputs: how close verify runs to the hashing it cannot avoid. */
  readonly endToEndRatioToVerifyInputs: number;
}

/**
 * For the benchmark: how fast verify runs compared with raw SHA-256 over the same
 * bytes — the stored leaf bytes verify streams and hashes. Reads the leaves once into
 * memory for the baselines (size the log accordingly), then times each measure in
 * `rounds` interleaved rounds and keeps each one's fastest time. The caller prints; there is no pass/fail here.
 *
 * @example
 *   const figures = await measureVerifyThroughput(db, key.publicKey);
 *   console.log(`verify ${figures.verifyEndToEnd.entriesPerSecond}/s, raw ${figures.rawSha256.entriesPerSecond}/s`);
 */
export async function measureVerifyThroughput(db: Kysely<DB>, publicKey: KeyObject | null, now: Stopwatch = () => performance.now(), rounds = 3): Promise<VerifyThroughput> {
  const payloads = await storedLeaves(db);
  const bytes = payloads.reduce((sum, payload) => sum + payload.length, 0);
  const inputs = merkleHashInputs(payloads);
  // Warm the JIT and the hash path untimed, so the baseline measured first is not the one paying for it.
  measureRawSha256(payloads.slice(0, 2_000));
  measureMerkleRoot(payloads.slice(0, 2_000));
  // Rounds interleave every measure and keep each one's fastest time: on a shared machine a single
  // 40 ms baseline and a 1 s verify would otherwise see different slices of the load.
  let rawSeconds = Number.POSITIVE_INFINITY;
  let rawInputsSeconds = Number.POSITIVE_INFINITY;
  let hashingSeconds = Number.POSITIVE_INFINITY;
  let endToEndSeconds = Number.POSITIVE_INFINITY;
  let entries = 0;
  for (let round = 0; round < Math.max(1, rounds); round += 1) {
    rawSeconds = Math.min(rawSeconds, measureRawSha256(payloads, now).seconds);
    rawInputsSeconds = Math.min(rawInputsSeconds, measureRawSha256(inputs, now).seconds);
    hashingSeconds = Math.min(hashingSeconds, measureMerkleRoot(payloads, now).seconds);
    const start = now();
    const result = await verifyAudit(db, publicKey);
    endToEndSeconds = Math.min(endToEndSeconds, (now() - start) / 1000);
    entries = result.entries;
  }
  const rawFigures = figures(entries, bytes, rawSeconds);
  const rawInputsFigures = figures(entries, bytes, rawInputsSeconds);
  const hashingFigures = figures(entries, bytes, hashingSeconds);
  const endToEndFigures = figures(entries, bytes, endToEndSeconds);
  return {
    entries,
    bytes,
    rawSha256: rawFigures,
    rawSha256OfVerifyInputs: rawInputsFigures,
    verifyHashing: hashingFigures,
    verifyEndToEnd: endToEndFigures,
    hashingRatio: ratio(hashingFigures.bytesPerSecond, rawFigures.bytesPerSecond),
    endToEndRatio: ratio(endToEndFigures.bytesPerSecond, rawFigures.bytesPerSecond),
    endToEndRatioToVerifyInputs: ratio(endToEndFigures.bytesPerSecond, rawInputsFigures.bytesPerSecond),
  };
}

async function storedLeaves(db: Kysely<DB>, batchSize = 10_000): Promise<Uint8Array[]> {
  const payloads: Uint8Array[] = [];
  for (let after = 0; ; after += batchSize) {
    const { rows } = await sql<{ leaf: string }>`
      select leaf from audit_log_rows where seq > ${after} and seq <= ${after + batchSize} order by seq`.execute(db);
    for (const row of rows) payloads.push(Buffer.from(row.leaf, 'utf8'));
    if (rows.length < batchSize) return payloads;
  }
}

function figures(entries: number, bytes: number, seconds: number): ThroughputFigures {
  return {
    seconds,
    entriesPerSecond: seconds > 0 ? entries / seconds : Number.POSITIVE_INFINITY,
    bytesPerSecond: seconds > 0 ? bytes / seconds : Number.POSITIVE_INFINITY,
  };
}

function ratio(numerator: number, denominator: number): number {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return Number.NaN;
  return numerator / denominator;
}
