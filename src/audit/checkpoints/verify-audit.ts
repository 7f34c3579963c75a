import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.js';
import type { DB } from '../../db/schema.js';
import { verifyChain } from '../audit-log.js';
import { MerkleFrontier } from '../merkle/merkle-frontier.js';
import { toHex } from '../merkle/merkle-hash.js';
import { describePublicKey } from '../signing/signing-key.js';
import { verifyTreeHead, type SignedTreeHead } from '../signing/tree-head.js';
import { latestCheckpoint, type WitnessState } from '../witness/witness-state.js';
import { allStoredCheckpoints, type StoredCheckpoint } from './checkpoint-store.js';

export interface AuditIntact {
  readonly ok: true;
  readonly entries: number;
  /** Chain hash of the newest entry (GENESIS_HASH for an empty log). */
  readonly head: string;
  readonly unsealed: number;
  readonly checkpoints: number;
  readonly latestCheckpoint: SignedTreeHead | null;
  /** Size of the witness head the log was checked against, or null without a witness. */
  readonly witnessedSize: number | null;
}

/**
 * Where the evidence of tampering was found:
 * - definition: the audit_log view or its CHECK is not the expected one, so what readers see of a
 *   sealed entry may not be what its hashed bytes say (firstBadSeq is null);
 * - chain: an entry does not match its hash or link (firstBadSeq names it);
 * - checkpoint: a stored checkpoint's signature, key, frontier or order fails,
 *   or its root is not the root recomputed from the chain, or it covers more
 *   entries than the chain now has (truncation: firstBadSeq is the first missing seq);
 * - witness: the witness's head is not the root recomputed at its size, or
 *   the log is now shorter than that head.
 */
export interface AuditTampered {
  readonly ok: false;
  readonly entries: number;
  readonly problem: 'definition' | 'chain' | 'checkpoint' | 'witness';
  readonly firstBadSeq: number | null;
  readonly checkpointId: number | null;
  readonly reason: string;
}

export type AuditVerification = AuditIntact | AuditTampered;

/** For a caller showing progress on a long verify (`waypoint audit verify` on a large log). */
export interface VerifyProgress {
  /** Called with the number of entries verified so far, every `every` entries, in seq order. */
  readonly onProgress?: (verified: number) => void;
  readonly every?: number;
}

/** 2^16 entries: 0.1–0.7 s of verify on this host, and one modulo per entry when nobody listens. */
const PROGRESS_EVERY = 65_536;

/**
 * Verifies everything the database holds about the audit log, in one pass
 * over the chain: every entry's hash and link, every checkpoint's signature
 * by `publicKey` and its root recomputed from the chain, and, when a witness
 * state is given, that the chain still has the witness's newest head at its
 * size. Each entry is hashed once: the chain hash is the Merkle leaf hash.
 *
 * Detects edits, deletions and reorders (chain), truncation of entries
 * covered by a checkpoint (checkpoint), a replaced or forged checkpoint
 * (signature), and truncation or rewriting together with the checkpoints
 * that covered it (witness). Entries after the newest checkpoint and not yet
 * seen by a witness can be truncated undetectably: that is the tamper window
 * (WAYPOINT_CHECKPOINT_ENTRIES / _SECONDS, see docs/AUDIT.md).
 *
 * Throws AppError `validation_failed` when checkpoints or a witness exist but no key is given.
 *
 * @example
 *   const result = await verifyAudit(db, parsePublicKey(pem), await readWitnessState(path));
 *   if (!result.ok) console.error(`TAMPERED (${result.problem}) at seq ${result.firstBadSeq}: ${result.reason}`);
 */
export async function verifyAudit(db: Kysely<DB>, publicKey: KeyObject | null, witness: WitnessState | null = null, progress: VerifyProgress = {}): Promise<AuditVerification> {
  const { onProgress, every = PROGRESS_EVERY } = progress;
  const checkpoints = await allStoredCheckpoints(db);
  const witnessHead = witness === null ? null : latestCheckpoint(witness);
  const wanted = new Set(checkpoints.map((checkpoint) => checkpoint.head.size));
  if (witnessHead !== null) wanted.add(witnessHead.size);

  const frontier = new MerkleFrontier();
  const rootsAtSize = new Map<number, string>();
  const chain = await verifyChain(db, undefined, (seq, hash) => {
    frontier.appendLatin1(hash);
    if (wanted.has(seq)) rootsAtSize.set(seq, toHex(frontier.root()));
    if (onProgress !== undefined && seq % every === 0) onProgress(seq);
  });
  if (!chain.ok) {
    return { ok: false, entries: chain.entries, problem: chain.firstBadSeq === null ? 'definition' : 'chain', firstBadSeq: chain.firstBadSeq, checkpointId: null, reason: chain.reason };
  }
  const entries = chain.entries;

  let previous: StoredCheckpoint | null = null;
  if (checkpoints.length > 0 || witnessHead !== null) {
    if (publicKey === null) {
      throw new AppError('validation_failed', 'the log public key is needed to verify checkpoints and witness heads (pass --key or keep <dataDir>/keys)');
    }
    const keyDescription = describePublicKey(publicKey);
    for (const checkpoint of checkpoints) {
      const failure = checkCheckpoint(checkpoint, previous, entries, rootsAtSize, publicKey, keyDescription.keyId);
      if (failure !== null) return { ok: false, entries, problem: 'checkpoint', checkpointId: checkpoint.id, ...failure };
      previous = checkpoint;
    }
    if (witness !== null && witnessHead !== null) {
      const failure = checkWitness(witness, witnessHead, entries, rootsAtSize, publicKey, keyDescription.rawBase64);
      if (failure !== null) return { ok: false, entries, problem: 'witness', checkpointId: null, ...failure };
    }
  }

  return {
    ok: true,
    entries,
    head: chain.head,
    unsealed: chain.unsealed,
    checkpoints: checkpoints.length,
    latestCheckpoint: previous?.head ?? null,
    witnessedSize: witnessHead?.size ?? null,
  };
}

type Failure = { readonly firstBadSeq: number | null; readonly reason: string } | null;

function checkCheckpoint(
  checkpoint: StoredCheckpoint,
  previous: StoredCheckpoint | null,
  entries: number,
  rootsAtSize: ReadonlyMap<number, string>,
  publicKey: KeyObject,
  keyId: string,
): Failure {
  const { head } = checkpoint;
  const name = `checkpoint ${checkpoint.id} (size ${head.size})`;
  if (checkpoint.keyId !== keyId) return { firstBadSeq: null, reason: `${name} names key ${checkpoint.keyId}, not this log's key ${keyId}` };
  if (!verifyTreeHead(head, publicKey)) return { firstBadSeq: null, reason: `${name} has a signature that does not verify` };
  if (previous !== null && head.size <= previous.head.size) {
    return { firstBadSeq: null, reason: `${name} is not larger than checkpoint ${previous.id} (size ${previous.head.size}) before it` };
  }
  if (head.size > entries) {
    return { firstBadSeq: entries + 1, reason: `${name} is signed over ${head.size} entries but the log has ${entries}: entries ${entries + 1}..${head.size} were removed` };
  }
  if (rootsAtSize.get(head.size) !== head.rootHash) return { firstBadSeq: null, reason: `${name} root differs from the root recomputed from entries 1..${head.size}` };
  if (!frontierGivesRoot(checkpoint)) return { firstBadSeq: null, reason: `${name} stored frontier does not give its signed root` };
  return null;
}

function checkWitness(
  witness: WitnessState,
  head: SignedTreeHead,
  entries: number,
  rootsAtSize: ReadonlyMap<number, string>,
  publicKey: KeyObject,
  rawKey: string,
): Failure {
  const name = `the witness head of size ${head.size} signed at ${head.timestamp}`;
  if (witness.logPublicKey !== null && witness.logPublicKey !== rawKey) {
    return { firstBadSeq: null, reason: `the witness pinned key ${witness.logPublicKey}, but this log's key is ${rawKey}` };
  }
  if (!verifyTreeHead(head, publicKey)) return { firstBadSeq: null, reason: `${name} is not signed by this log's key` };
  if (head.size > entries) {
    return { firstBadSeq: entries + 1, reason: `${name} covers ${head.size} entries but the log has ${entries}: entries ${entries + 1}..${head.size} were removed` };
  }
  if (rootsAtSize.get(head.size) !== head.rootHash) return { firstBadSeq: null, reason: `${name} is not the root of entries 1..${head.size}: history was rewritten` };
  return null;
}

function frontierGivesRoot(checkpoint: StoredCheckpoint): boolean {
  try {
    const frontier = MerkleFrontier.fromJSON(checkpoint.frontier);
    return frontier.size === checkpoint.head.size && toHex(frontier.root()) === checkpoint.head.rootHash;
  } catch {
    return false;
  }
}
