import { sql, type Kysely } from 'kysely';
import { canonicalJson } from '../core/canonical-json.js';
import { GENESIS_HASH, type AuditEntryContent } from '../core/hash.js';
import type { DB, Tx } from '../db/schema.js';
import { sha256Hex } from './sha256.js';

/** What a use case says about itself. Details hold references and hashes, never raw personal data. */
export interface AuditEvent {
  readonly actor: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly at: string;
}

/**
 * Appends an audit entry inside the caller's transaction, so the entry exists
 * if and only if the write it describes commits. The entry is unsealed: the
 * sealer gives it its seq and chain hash shortly after commit (sealPending).
 */
export async function appendAudit(trx: Tx, event: AuditEvent): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: event.at,
      actor: event.actor,
      action: event.action,
      resource_type: event.resourceType,
      resource_id: event.resourceId,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

/** Appends many entries in one statement (bulk imports, read auditing of lists). */
export async function appendAuditBatch(trx: Tx, events: readonly AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto('audit_log')
    .values(
      events.map((event) => ({
        at: event.at,
        actor: event.actor,
        action: event.action,
        resource_type: event.resourceType,
        resource_id: event.resourceId,
        details: JSON.stringify(event.details ?? {}),
      })),
    )
    .execute();
}

/**
 * The chain hash of an entry is its RFC 9162 Merkle leaf hash,
 * SHA-256(0x00 ‖ canonical JSON), so verifying the chain and building the
 * Merkle tree over the log hash each entry once, not twice.
 * Warning: stored format; changing it invalidates every sealed entry.
 */
export function auditEntryHash(content: AuditEntryContent): string {
  return sha256Hex(Buffer.concat([LEAF_PREFIX, Buffer.from(canonicalJson(content), 'utf8')]));
}

const LEAF_PREFIX = Buffer.from([0x00]);

/** Advisory-lock key that makes sealing single-writer across processes. */
const SEAL_LOCK_KEY = 727_001;
const SEAL_BATCH = 5_000;

interface UnsealedRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  details: Record<string, unknown>;
}

/**
 * Seals every committed, unsealed entry: assigns the next gapless seq in
 * commit-visibility order and chains the hashes. Many writers therefore never
 * wait on one row; the cost is a tamper window — an entry written but not yet
 * sealed (normally well under a second) could be altered by someone with
 * database rights without the chain noticing. Returns the number sealed.
 */
export async function sealPending(db: Kysely<DB>): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${SEAL_LOCK_KEY})`.execute(trx);
      const head = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('seq', 'is not', null)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const pending: UnsealedRow[] = await trx
        .selectFrom('audit_log')
        .select(['id', 'at', 'actor', 'action', 'resource_type', 'resource_id', 'details'])
        .where('seq', 'is', null)
        .orderBy('id')
        .limit(SEAL_BATCH)
        .execute();
      if (pending.length === 0) return 0;
      let seq = head?.seq ?? 0;
      let prevHash = head?.hash ?? GENESIS_HASH;
      const ids: number[] = [];
      const seqs: number[] = [];
      const prevHashes: string[] = [];
      const hashes: string[] = [];
      for (const row of pending) {
        seq += 1;
        const hash = auditEntryHash(entryContent(row, seq, prevHash));
        ids.push(row.id);
        seqs.push(seq);
        prevHashes.push(prevHash);
        hashes.push(hash);
        prevHash = hash;
      }
      await sql`
        update audit_log as a
           set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
          from (select unnest(${ids}::bigint[]) as id, unnest(${seqs}::bigint[]) as seq,
                       unnest(${prevHashes}::text[]) as prev_hash, unnest(${hashes}::text[]) as hash) as v
         where a.id = v.id`.execute(trx);
      return pending.length;
    });
    total += sealed;
    if (sealed < SEAL_BATCH) return total;
  }
}

export function entryContent(
  row: Pick<UnsealedRow, 'at' | 'actor' | 'action' | 'resource_type' | 'resource_id' | 'details'>,
  seq: number,
  prevHash: string,
): AuditEntryContent {
  return {
    seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    resource: { type: row.resource_type, id: row.resource_id },
    details: row.details,
    prevHash,
  };
}

export type ChainVerification =
  | { readonly ok: true; readonly entries: number; readonly head: string; readonly unsealed: number }
  | { readonly ok: false; readonly entries: number; readonly firstBadSeq: number; readonly reason: string };

/**
 * Walks the sealed chain in seq order, recomputing each hash. The first
 * entry whose seq, prev hash or content does not match is reported: an edit
 * shows at the edited seq, a deletion at the missing seq, a reorder at the
 * first moved entry. `onVerified` sees each entry's hash once it has checked
 * out (verifyAudit folds them into the Merkle tree without hashing twice).
 */
export async function verifyChain(db: Kysely<DB>, batchSize = 10_000, onVerified?: (seq: number, hash: string) => void): Promise<ChainVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['seq', 'at', 'actor', 'action', 'resource_type', 'resource_id', 'details', 'prev_hash', 'hash'])
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      const seq = row.seq ?? 0;
      if (seq !== expectedSeq) {
        return { ok: false, entries: expectedSeq - 1, firstBadSeq: expectedSeq, reason: `entry ${expectedSeq} is missing (next present is ${seq})` };
      }
      if (row.prev_hash !== prevHash) {
        return { ok: false, entries: seq - 1, firstBadSeq: seq, reason: `entry ${seq} does not link to entry ${seq - 1}` };
      }
      const recomputed = auditEntryHash(entryContent(row, seq, prevHash));
      if (recomputed !== row.hash) {
        return { ok: false, entries: seq - 1, firstBadSeq: seq, reason: `entry ${seq} content does not match its hash` };
      }
      onVerified?.(seq, recomputed);
      prevHash = recomputed;
      expectedSeq += 1;
    }
    if (rows.length < batchSize) break;
  }
  const unsealed = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('seq', 'is', null)
    .executeTakeFirstOrThrow();
  return { ok: true, entries: expectedSeq - 1, head: prevHash, unsealed: unsealed.n };
}
