import { hash as sha256Once } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { canonicalJson } from '../core/canonical-json.js';
import { GENESIS_HASH } from '../core/hash.js';
import type { DB } from '../db/schema.js';
import { entryContent } from './audit-entry-content.js';

export type ChainVerification =
  | { readonly ok: true; readonly entries: number; readonly head: string; readonly unsealed: number }
  | { readonly ok: false; readonly entries: number; readonly firstBadSeq: number; readonly reason: string };

export interface ChainScanOptions {
  /** Entries per page (one query each). */
  readonly pageSize?: number;
  /** Sees each entry's 32-byte chain hash (= Merkle leaf hash) once the entry has checked out, in seq order. */
  readonly onVerified?: (seq: number, hash: Uint8Array) => void;
}

interface Failure {
  readonly seq: number;
  readonly reason: string;
}

const NEWLINE = 0x0a;
const LEAF_PREFIX = 0x00;
const HASH_BYTES = 32;

/**
 * Verifies the sealed audit chain in two passes that together check exactly what
 * the old row-by-row walk checked, without rebuilding canonical JSON per entry:
 *
 * 1. Bytes (here, in Node): pages of entries arrive as one row each — the hashes,
 *    the prev hashes and the leaf bytes, each aggregated into one string by the
 *    database — so there is no per-row object mapping. For each entry:
 *    SHA-256(0x00 ‖ leaf) = hash, prev_hash = the previous entry's hash, seq gapless.
 * 2. Columns (in the database, concurrently on PostgreSQL): the leaf parsed as
 *    jsonb equals the entry's structured columns, seq and prev_hash. Without it an
 *    editor could change `actor` or `resource_id` (what the access report and UI
 *    show) and leave the hashed bytes alone.
 *
 * Together: the leaf of entry n names prev_hash(n) = hash(n−1) = SHA-256 of leaf
 * n−1, and says what the columns say. The first failing seq of either pass is
 * reported. Anything structurally odd in a page (a missing seq, a null leaf, a
 * bad hex hash, a raw newline in a leaf) is re-checked row by row for an exact seq.
 *
 * @example const chain = await scanSealedChain(db, { onVerified: (seq, hash) => frontier.append(hash) });
 */
export async function scanSealedChain(db: Kysely<DB>, options: ChainScanOptions = {}): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 10_000;
  const onVerified = options.onVerified ?? (() => undefined);
  const size = await sealedSize(db);
  // Started first so that on PostgreSQL the server parses jsonb while this process hashes.
  const columnCheck = firstColumnMismatch(db).then(
    (seq) => ({ seq }),
    (error: unknown) => ({ error }),
  );

  let failure: Failure | null = null;
  let previous: Buffer = Buffer.from(GENESIS_HASH, 'hex');
  for (let after = 0; after < size && failure === null; after += pageSize) {
    const expected = Math.min(pageSize, size - after);
    const outcome = checkPage(await fetchPage(db, after, after + pageSize), after, expected, previous, onVerified) ?? (await checkRows(db, after, after + pageSize, expected, previous, onVerified));
    if ('reason' in outcome) failure = outcome;
    else previous = outcome.last;
  }

  const columns = await columnCheck;
  const columnSeq = 'error' in columns ? await firstColumnMismatchRowByRow(db, size, pageSize) : columns.seq;
  if (columnSeq !== null && (failure === null || columnSeq < failure.seq)) {
    failure = { seq: columnSeq, reason: `entry ${columnSeq} columns do not say what its sealed bytes say (edited after sealing)` };
  }
  if (failure !== null) return { ok: false, entries: failure.seq - 1, firstBadSeq: failure.seq, reason: failure.reason };

  const unsealed = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('seq', 'is', null)
    .executeTakeFirstOrThrow();
  return { ok: true, entries: size, head: previous.toString('hex'), unsealed: unsealed.n };
}

async function sealedSize(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ size: number | null }>`select max(seq) as size from audit_log`.execute(db);
  return rows[0]?.size ?? 0;
}

interface Page {
  readonly n: number;
  /** Non-null leaves: with it equal to n, the n newline separators frame the leaves exactly. */
  readonly leafCount: number;
  /** Every hash and prev hash is 64 characters, so the concatenated hex cannot hide a shifted or merged hash. */
  readonly fixedWidth: boolean;
  readonly first: number | null;
  readonly last: number | null;
  readonly hashes: string | null;
  readonly prevHashes: string | null;
  readonly leaves: string | null;
}

/** One round trip and one row per page: the database concatenates, Node never maps a row per entry. */
async function fetchPage(db: Kysely<DB>, after: number, upTo: number): Promise<Page> {
  const { rows } = await sql<Page>`
    select count(*)::int as n, min(seq) as first, max(seq) as last,
           count(leaf)::int as "leafCount",
           coalesce(bool_and(octet_length(hash) = 64 and octet_length(prev_hash) = 64), false) as "fixedWidth",
           string_agg(hash, '' order by seq) as "hashes",
           string_agg(prev_hash, '' order by seq) as "prevHashes",
           string_agg(E'\n' || leaf, '' order by seq) as leaves
      from audit_log
     where seq > ${after} and seq <= ${upTo}`.execute(db);
  // int8 arrives as a number on both databases (src/db/type-parsers.ts).
  return rows[0] ?? { n: 0, leafCount: 0, fixedWidth: false, first: null, last: null, hashes: null, prevHashes: null, leaves: null };
}

/**
 * Checks one aggregated page. Returns the last hash when every entry checks out, a
 * failure at an exact seq, or null when the page is not well formed (then the rows
 * are re-read one by one). Only whole, well-formed pages reach `onVerified`.
 */
function checkPage(page: Page, after: number, expected: number, previous: Buffer, onVerified: (seq: number, hash: Uint8Array) => void): { last: Buffer } | Failure | null {
  if (page.n !== expected || page.leafCount !== expected || !page.fixedWidth || page.first !== after + 1 || page.last !== after + expected) return null;
  if (page.hashes === null || page.prevHashes === null || page.leaves === null) return null;
  const hashes = Buffer.from(page.hashes, 'hex');
  const prevHashes = Buffer.from(page.prevHashes, 'hex');
  if (hashes.length !== expected * HASH_BYTES || prevHashes.length !== expected * HASH_BYTES) return null;
  const leaves = Buffer.from(page.leaves, 'utf8');
  // Canonical JSON never holds a raw newline (JSON escapes it), so with n non-null leaves the n newlines
  // split them exactly; a leaf with a raw newline leaves bytes over at the end and goes row by row.
  const starts = new Int32Array(expected + 1);
  let position = 0;
  for (let index = 0; index < expected; index += 1) {
    if (leaves[position] !== NEWLINE) return null;
    starts[index] = position;
    const next = leaves.indexOf(NEWLINE, position + 1);
    position = next === -1 ? leaves.length : next;
  }
  if (position !== leaves.length) return null;
  starts[expected] = leaves.length;

  let previousHash = previous;
  let previousOffset = 0;
  for (let index = 0; index < expected; index += 1) {
    const seq = after + index + 1;
    const offset = index * HASH_BYTES;
    if (prevHashes.compare(previousHash, previousOffset, previousOffset + HASH_BYTES, offset, offset + HASH_BYTES) !== 0) {
      return { seq, reason: `entry ${seq} does not link to entry ${seq - 1}` };
    }
    // The separator byte becomes the RFC 9162 leaf prefix: the leaf is hashed where it lies, without a copy.
    const start = starts[index] as number;
    leaves[start] = LEAF_PREFIX;
    const leafHash = sha256Once('sha256', leaves.subarray(start, starts[index + 1]), 'buffer');
    if (leafHash.compare(hashes, offset, offset + HASH_BYTES) !== 0) {
      return { seq, reason: `entry ${seq} content does not match its hash` };
    }
    onVerified(seq, leafHash);
    previousHash = hashes;
    previousOffset = offset;
  }
  return { last: Buffer.from(hashes.subarray((expected - 1) * HASH_BYTES)) };
}

/** The same checks row by row, for a page that is not well formed: finds the exact seq. */
async function checkRows(
  db: Kysely<DB>,
  after: number,
  upTo: number,
  expected: number,
  previous: Buffer,
  onVerified: (seq: number, hash: Uint8Array) => void,
): Promise<{ last: Buffer } | Failure> {
  const { rows } = await sql<{ seq: number; hash: string | null; prev_hash: string | null; leaf: string | null }>`
    select seq, hash, prev_hash, leaf from audit_log where seq > ${after} and seq <= ${upTo} order by seq`.execute(db);
  let previousHex = previous.toString('hex');
  let last = previous;
  for (let index = 0; index < expected; index += 1) {
    const seq = after + index + 1;
    const row = rows[index];
    if (row === undefined || row.seq !== seq) {
      return { seq, reason: row === undefined ? `entry ${seq} is missing` : `entry ${seq} is missing (next present is ${row.seq})` };
    }
    if (row.prev_hash !== previousHex) return { seq, reason: `entry ${seq} does not link to entry ${seq - 1}` };
    if (row.leaf === null) return { seq, reason: `entry ${seq} has no sealed bytes` };
    const leafHash = sha256Once('sha256', Buffer.concat([Buffer.of(LEAF_PREFIX), Buffer.from(row.leaf, 'utf8')]), 'buffer');
    if (row.hash !== leafHash.toString('hex')) return { seq, reason: `entry ${seq} content does not match its hash` };
    onVerified(seq, leafHash);
    previousHex = row.hash;
    last = leafHash;
  }
  if (rows.length > expected) {
    const seq = after + expected + 1;
    return { seq, reason: `entry ${seq} appears twice` };
  }
  return { last };
}

/**
 * The smallest seq whose structured columns differ from its leaf bytes, or null.
 * jsonb equality compares meaning, not bytes; the bytes themselves are pinned by
 * the hash. Throws when a leaf is not JSON at all (then the row-by-row check runs).
 */
async function firstColumnMismatch(db: Kysely<DB>): Promise<number | null> {
  const { rows } = await sql<{ seq: number | null }>`
    select min(seq) as seq from audit_log
     where seq is not null
       and (leaf is null or leaf::jsonb is distinct from jsonb_build_object(
             'seq', seq, 'at', to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'actor', actor, 'action', action,
             'resource', jsonb_build_object('type', resource_type, 'id', resource_id),
             'details', details, 'prevHash', prev_hash))`.execute(db);
  return rows[0]?.seq ?? null;
}

/** Exact byte comparison of every leaf with the canonical JSON of its columns: slow, used only when a leaf is not JSON. */
async function firstColumnMismatchRowByRow(db: Kysely<DB>, size: number, pageSize: number): Promise<number | null> {
  for (let after = 0; after < size; after += pageSize) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['seq', 'at', 'actor', 'action', 'resource_type', 'resource_id', 'details', 'prev_hash'])
      .select(sql<string | null>`leaf`.as('leaf'))
      .where('seq', '>', after)
      .where('seq', '<=', after + pageSize)
      .orderBy('seq')
      .execute();
    for (const row of rows) {
      const seq = row.seq ?? 0;
      if (row.leaf !== canonicalJson(entryContent(row, seq, row.prev_hash ?? ''))) return seq;
    }
  }
  return null;
}
