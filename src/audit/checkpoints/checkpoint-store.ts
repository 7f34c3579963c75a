import type { Kysely } from 'kysely';
import { toInstant } from '../../core/time.js';
import type { DB, Queryable } from '../../db/schema.js';
import type { MerkleFrontierJson } from '../merkle/merkle-frontier.js';
import type { SignedTreeHead } from '../signing/tree-head.js';

/** One stored checkpoint: a signed tree head plus the frontier to resume from. */
export interface StoredCheckpoint {
  readonly id: number;
  readonly head: SignedTreeHead;
  /** Fingerprint (SHA-256 of the raw public key, hex) of the key that signed it. */
  readonly keyId: string;
  readonly frontier: MerkleFrontierJson;
}

interface CheckpointRow {
  id: number;
  tree_size: number;
  root_hash: string;
  signed_at: string;
  signature: string;
  key_id: string;
  frontier: { size: number; hashes: string[] };
}

const COLUMNS = ['id', 'tree_size', 'root_hash', 'signed_at', 'signature', 'key_id', 'frontier'] as const;

/**
 * The newest checkpoint (largest tree), or null before the first.
 *
 * @example const latest = await latestStoredCheckpoint(db); latest?.head.size
 */
export async function latestStoredCheckpoint(db: Queryable): Promise<StoredCheckpoint | null> {
  const row = await db.selectFrom('audit_checkpoints').select(COLUMNS).orderBy('tree_size', 'desc').limit(1).executeTakeFirst();
  return row ? toStoredCheckpoint(row) : null;
}

/**
 * Checkpoints with id greater than `afterId`, oldest first (the API's `?after=` paging).
 *
 * @example const page = await storedCheckpointsAfter(db, 0, 100);
 */
export async function storedCheckpointsAfter(db: Queryable, afterId: number, limit: number): Promise<StoredCheckpoint[]> {
  const rows = await db.selectFrom('audit_checkpoints').select(COLUMNS).where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map(toStoredCheckpoint);
}

/** Every checkpoint in insertion (id) order, for verify. Checkpoints are few: one per N entries or T seconds. */
export async function allStoredCheckpoints(db: Kysely<DB>): Promise<StoredCheckpoint[]> {
  const rows = await db.selectFrom('audit_checkpoints').select(COLUMNS).orderBy('id').execute();
  return rows.map(toStoredCheckpoint);
}

/**
 * Stores a signed head. The caller holds the checkpoint lock (see Checkpointer).
 *
 * @example await insertCheckpoint(trx, signed, key.keyId, frontier.toJSON());
 */
export async function insertCheckpoint(db: Queryable, head: SignedTreeHead, keyId: string, frontier: MerkleFrontierJson): Promise<StoredCheckpoint> {
  const row = await db
    .insertInto('audit_checkpoints')
    .values({
      tree_size: head.size,
      root_hash: head.rootHash,
      signed_at: head.timestamp,
      signature: head.signature,
      key_id: keyId,
      frontier: JSON.stringify(frontier),
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toStoredCheckpoint(row);
}

function toStoredCheckpoint(row: CheckpointRow): StoredCheckpoint {
  return {
    id: row.id,
    // The timestamp column is timestamptz; normalising restores the exact signed string.
    head: { size: row.tree_size, rootHash: row.root_hash, timestamp: toInstant(row.signed_at), signature: row.signature },
    keyId: row.key_id,
    frontier: { size: row.frontier.size, hashes: [...row.frontier.hashes] },
  };
}
