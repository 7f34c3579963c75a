import { sql, type Kysely } from 'kysely';
import { canonicalJson } from '../core/canonical-json.js';
import { GENESIS_HASH, type AuditEntryContent } from '../core/hash.js';
import type { DB, Tx } from '../db/schema.js';
import { scanSealedChain, type ChainVerification } from './scan-sealed-chain.js';
import { entryContent } from './audit-entry-content.js';
import { sha256Hex } from './sha256.js';

export { entryContent } from './audit-entry-content.js';

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
    .insertInto('audit_log_rows')
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
    .insertInto('audit_log_rows')
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
  return auditLeafTextHash(canonicalJson(content));
}

/** SHA-256(0x00 ‖ UTF-8 of `leaf`): the chain hash of an entry whose canonical JSON is `leaf`. */
export function auditLeafTextHash(leaf: string): string {
  return sha256Hex(Buffer.concat([LEAF_PREFIX, Buffer.from(leaf, 'utf8')]));
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
        .selectFrom('audit_log_rows')
        .select(['seq', 'hash'])
        .where('seq', 'is not', null)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      // Unsealed rows always hold their columns (CHECK audit_log_sealed_derived); the view types them so.
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
      const hashes: string[] = [];
      const leaves: string[] = [];
      for (const row of pending) {
        seq += 1;
        // The leaf bytes are stored beside the hash so verify can stream and hash them (see scanSealedChain).
        const leaf = canonicalJson(entryContent(row, seq, prevHash));
        const hash = auditLeafTextHash(leaf);
        ids.push(row.id);
        seqs.push(seq);
        hashes.push(hash);
        leaves.push(leaf);
        prevHash = hash;
      }
      // From here on the entry *is* its bytes: the columns go, and the audit_log view parses the leaf
      // (migration 20261130T0110). The sealing trigger checks that the leaf says what the columns said.
      await sql`
        update audit_log_rows as a
           set seq = v.seq, hash = v.hash, leaf = v.leaf,
               at = null, actor = null, action = null, resource_type = null, resource_id = null, details = null
          from (select unnest(${ids}::bigint[]) as id, unnest(${seqs}::bigint[]) as seq,
                       unnest(${hashes}::text[]) as hash, unnest(${leaves}::text[]) as leaf) as v
         where a.id = v.id`.execute(trx);
      return pending.length;
    });
    total += sealed;
    if (sealed < SEAL_BATCH) return total;
  }
}

export type { ChainVerification } from './scan-sealed-chain.js';

/**
 * Walks the sealed chain in seq order and checks every entry: its stored leaf
 * bytes hash to its `hash`, the previous hash they name is the previous entry's
 * hash, they carry their own seq, and seq is gapless — after checking that the
 * `audit_log` view still derives what readers see of sealed entries from those
 * bytes (scanSealedChain). The first entry that fails is reported: an edit shows
 * at the edited seq, a rewritten entry (bytes and hash) at the next seq, a
 * deletion at the missing seq, a reorder at the first moved entry.
 * `onVerified` sees each entry's 32-byte hash (as a latin1 string) once it has checked out
 * (verifyAudit folds them into the Merkle tree without hashing twice).
 */
export async function verifyChain(db: Kysely<DB>, pageSize?: number, onVerified?: (seq: number, hash: string) => void): Promise<ChainVerification> {
  return scanSealedChain(db, { ...(pageSize === undefined ? {} : { pageSize }), ...(onVerified === undefined ? {} : { onVerified }) });
}
