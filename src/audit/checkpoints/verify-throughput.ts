import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../../core/canonical-json.js';
import type { DB } from '../../db/schema.js';
import { entryContent } from '../audit-log.js';
import { measureMerkleRoot, measureRawSha256, type Stopwatch } from '../merkle/hash-throughput.js';
import { verifyAudit } from './verify-audit.js';

export interface ThroughputFigures {
  readonly seconds: number;
  readonly entriesPerSecond: number;
  readonly bytesPerSecond: number;
}

export interface VerifyThroughput {
  readonly entries: number;
  /** Total canonical-JSON bytes of the sealed entries: the bytes every measure below hashes. */
  readonly bytes: number;
  /** One plain SHA-256 per entry over its canonical bytes: the baseline. */
  readonly rawSha256: ThroughputFigures;
  /** What verify hashes per entry, in memory: leaf hash (0x00 ‖ bytes) folded into the Merkle frontier. */
  readonly verifyHashing: ThroughputFigures;
  /** verifyAudit end to end: database reads, canonical JSON, chain, checkpoint roots and signatures. */
  readonly verifyEndToEnd: ThroughputFigures;
  /** verifyHashing.bytesPerSecond / rawSha256.bytesPerSecond (issue 10 asks for ≥ 0.6). */
  readonly hashingRatio: number;
  /** verifyEndToEnd.bytesPerSecond / rawSha256.bytesPerSecond. */
  readonly endToEndRatio: number;
}

/**
 * For the benchmark: how fast verify runs compared with raw SHA-256 over the
 * same canonical bytes of every sealed entry. Reads the log once into memory
 * to build the payloads (size the log accordingly), then times the three
 * measures. The caller prints; there is no pass/fail here.
 *
 * @example
 *   const figures = await measureVerifyThroughput(db, key.publicKey);
 *   console.log(`verify ${figures.verifyEndToEnd.bytesPerSecond / 1e6} MB/s, raw ${figures.rawSha256.bytesPerSecond / 1e6} MB/s`);
 */
export async function measureVerifyThroughput(db: Kysely<DB>, publicKey: KeyObject | null, now: Stopwatch = () => performance.now()): Promise<VerifyThroughput> {
  const payloads = await canonicalPayloads(db);
  const bytes = payloads.reduce((sum, payload) => sum + payload.length, 0);
  const raw = measureRawSha256(payloads, now);
  const hashing = measureMerkleRoot(payloads, now);
  const start = now();
  const result = await verifyAudit(db, publicKey);
  const endToEndSeconds = (now() - start) / 1000;
  const entries = result.entries;
  const rawFigures = figures(entries, bytes, raw.seconds);
  const hashingFigures = figures(entries, bytes, hashing.seconds);
  const endToEndFigures = figures(entries, bytes, endToEndSeconds);
  return {
    entries,
    bytes,
    rawSha256: rawFigures,
    verifyHashing: hashingFigures,
    verifyEndToEnd: endToEndFigures,
    hashingRatio: ratio(hashingFigures.bytesPerSecond, rawFigures.bytesPerSecond),
    endToEndRatio: ratio(endToEndFigures.bytesPerSecond, rawFigures.bytesPerSecond),
  };
}

async function canonicalPayloads(db: Kysely<DB>, batchSize = 10_000): Promise<Uint8Array[]> {
  const payloads: Uint8Array[] = [];
  for (let after = 0; ; after += batchSize) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['seq', 'at', 'actor', 'action', 'resource_type', 'resource_id', 'details', 'prev_hash'])
      .where('seq', '>', after)
      .where('seq', '<=', after + batchSize)
      .orderBy('seq')
      .execute();
    for (const row of rows) payloads.push(Buffer.from(canonicalJson(entryContent(row, row.seq ?? 0, row.prev_hash ?? '')), 'utf8'));
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
