import { AppError } from '../../core/errors.js';
import { GENESIS_HASH } from '../../core/hash.js';
import type { Queryable } from '../../db/schema.js';
import { auditEntryHash, entryContent } from '../audit-log.js';
import { fromHex, type MerkleHash } from '../merkle/merkle-hash.js';

/** Number of sealed entries, i.e. the largest tree size the log can show (seq is gapless from 1). */
export async function sealedTreeSize(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max<number | null>('seq').as('size'))
    .executeTakeFirst();
  return row?.size ?? 0;
}

/**
 * Leaf hashes of leaves [start, end) — the `hash` column of seq start+1..end —
 * in batches. Throws AppError `audit_log_inconsistent` when a seq is missing,
 * which only deletion with the append-only triggers disabled can cause.
 *
 * @example for await (const batch of leafHashBatches(db, 0, 8)) for (const leaf of batch) frontier.append(leaf);
 */
export async function* leafHashBatches(db: Queryable, start: number, end: number, batchSize = 10_000): AsyncGenerator<MerkleHash[]> {
  for (let from = start; from < end; from += batchSize) {
    const to = Math.min(end, from + batchSize);
    const rows = await db
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('seq', '>', from)
      .where('seq', '<=', to)
      .orderBy('seq')
      .execute();
    const batch: MerkleHash[] = [];
    for (const [offset, row] of rows.entries()) {
      if (row.seq !== from + offset + 1 || row.hash === null) throw missingEntry(from + offset + 1);
      batch.push(fromHex(row.hash));
    }
    if (rows.length !== to - from) throw missingEntry(from + rows.length + 1);
    yield batch;
  }
}

/**
 * Leaf hashes of seq start+1..end after re-checking each entry's content hash
 * and chain link, so the checkpointer never signs entries altered after they
 * were sealed. Throws AppError `audit_log_inconsistent` at the first bad seq.
 */
export async function* verifiedLeafHashBatches(db: Queryable, start: number, end: number, batchSize = 5_000): AsyncGenerator<MerkleHash[]> {
  let prevHash = start === 0 ? GENESIS_HASH : await hashAt(db, start);
  for (let from = start; from < end; from += batchSize) {
    const to = Math.min(end, from + batchSize);
    const rows = await db
      .selectFrom('audit_log')
      .select(['seq', 'at', 'actor', 'action', 'resource_type', 'resource_id', 'details', 'prev_hash', 'hash'])
      .where('seq', '>', from)
      .where('seq', '<=', to)
      .orderBy('seq')
      .execute();
    const batch: MerkleHash[] = [];
    for (const [offset, row] of rows.entries()) {
      const seq = from + offset + 1;
      if (row.seq !== seq || row.hash === null) throw missingEntry(seq);
      if (row.prev_hash !== prevHash || auditEntryHash(entryContent(row, seq, prevHash)) !== row.hash) {
        throw new AppError('audit_log_inconsistent', `audit entry ${seq} does not match its hash or does not link to entry ${seq - 1}`, { seq });
      }
      prevHash = row.hash;
      batch.push(fromHex(row.hash));
    }
    if (rows.length !== to - from) throw missingEntry(from + rows.length + 1);
    yield batch;
  }
}

async function hashAt(db: Queryable, seq: number): Promise<string> {
  const row = await db.selectFrom('audit_log').select('hash').where('seq', '=', seq).executeTakeFirst();
  const hash = row?.hash ?? null;
  if (hash === null) throw missingEntry(seq);
  return hash;
}

function missingEntry(seq: number): AppError {
  return new AppError('audit_log_inconsistent', `sealed audit entry ${seq} is missing`, { seq });
}
