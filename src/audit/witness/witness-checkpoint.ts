import type { KeyObject } from 'node:crypto';
import { emptyRootHash, fromHex, isHashHex, toHex, type MerkleHash } from '../merkle/merkle-hash.js';
import type { ProofFailure } from '../merkle/proof-verification.js';
import { verifyConsistency } from '../merkle/verify-consistency.js';
import { describePublicKey } from '../signing/signing-key.js';
import { verifyTreeHead, type SignedTreeHead } from '../signing/tree-head.js';
import { latestCheckpoint, WITNESS_HISTORY_LIMIT, type WitnessState } from './witness-state.js';

/**
 * What the witness concluded about a new signed tree head.
 * - accepted: the head extends the last one seen (or is the first); `state` is the state to save.
 * - unchanged: same size and root as the last one seen; `state` keeps the later of the two timestamps.
 * - rollback: the log now shows fewer entries than already seen, or the same number with another root.
 * - fork: the log grew, but its new tree does not contain the old one (the consistency proof fails).
 * - rejected: the head cannot be judged — bad signature, or signed by a key other than the pinned one.
 *   Not evidence against the log's history, but worth reporting: someone is serving bad heads.
 * rollback and fork carry both heads, which together are portable evidence: both are signed by the log.
 */
export type WitnessOutcome =
  | { readonly kind: 'accepted'; readonly state: WitnessState; readonly previous: SignedTreeHead | null; readonly presented: SignedTreeHead }
  | { readonly kind: 'unchanged'; readonly state: WitnessState; readonly presented: SignedTreeHead }
  | {
      readonly kind: 'rollback';
      readonly reason: 'smaller_size' | 'same_size_different_root';
      readonly seen: SignedTreeHead;
      readonly presented: SignedTreeHead;
    }
  | {
      readonly kind: 'fork';
      readonly failure: ProofFailure | 'malformed_proof';
      readonly message: string;
      readonly seen: SignedTreeHead;
      readonly presented: SignedTreeHead;
    }
  | { readonly kind: 'rejected'; readonly reason: 'bad_signature' | 'key_changed'; readonly message: string; readonly presented: SignedTreeHead };

/**
 * Judges a newly fetched signed tree head against what the witness has seen.
 * Pure apart from signature verification: the caller reads and writes the
 * state file (readWitnessState / writeWitnessState) and saves `state` only
 * for accepted and unchanged.
 *
 * `consistencyProof` proves the last seen size extends to `presented.size`
 * (from GET /api/audit/proof/consistency?first=<seen.size>&second=<presented.size>);
 * pass [] for the first checkpoint or when the seen tree was empty.
 *
 * @example
 *   const outcome = witnessCheckpoint(state, head, proofHex.map(fromHex), parsePublicKey(keyText));
 *   if (outcome.kind === 'accepted' || outcome.kind === 'unchanged') await writeWitnessState(path, outcome.state);
 *   else report(outcome); // rollback, fork or rejected, with both heads where there are two
 */
export function witnessCheckpoint(
  state: WitnessState,
  presented: SignedTreeHead,
  consistencyProof: readonly MerkleHash[],
  publicKey: KeyObject,
): WitnessOutcome {
  const presentedKey = describePublicKey(publicKey).rawBase64;
  // A log that silently switches keys could re-sign a rewritten history; the witness pins the first key.
  if (state.logPublicKey !== null && state.logPublicKey !== presentedKey) {
    return { kind: 'rejected', reason: 'key_changed', message: `the log key changed from ${state.logPublicKey} to ${presentedKey}`, presented };
  }
  if (!verifyTreeHead(presented, publicKey)) {
    return { kind: 'rejected', reason: 'bad_signature', message: 'the tree head is malformed or its signature does not verify', presented };
  }

  const seen = latestCheckpoint(state);
  if (seen === null) {
    return { kind: 'accepted', state: { version: 1, logPublicKey: presentedKey, checkpoints: [presented] }, previous: null, presented };
  }
  if (presented.size < seen.size) return { kind: 'rollback', reason: 'smaller_size', seen, presented };
  if (presented.size === seen.size) {
    if (presented.rootHash !== seen.rootHash) return { kind: 'rollback', reason: 'same_size_different_root', seen, presented };
    const fresher = Date.parse(presented.timestamp) > Date.parse(seen.timestamp);
    const checkpoints = fresher ? [...state.checkpoints.slice(0, -1), presented] : state.checkpoints;
    return { kind: 'unchanged', state: { ...state, logPublicKey: presentedKey, checkpoints }, presented };
  }

  const failure = checkExtends(seen, presented, consistencyProof);
  if (failure !== null) return { kind: 'fork', ...failure, seen, presented };
  const checkpoints = [...state.checkpoints, presented].slice(-WITNESS_HISTORY_LIMIT);
  return { kind: 'accepted', state: { ...state, logPublicKey: presentedKey, checkpoints }, previous: seen, presented };
}

function checkExtends(
  seen: SignedTreeHead,
  presented: SignedTreeHead,
  proof: readonly MerkleHash[],
): { failure: ProofFailure | 'malformed_proof'; message: string } | null {
  if (seen.size === 0) {
    // Every tree extends the empty tree, provided what was seen really was the empty root.
    if (seen.rootHash === toHex(emptyRootHash())) return null;
    return { failure: 'first_root_mismatch', message: 'the seen tree of size 0 does not have the empty root' };
  }
  if (!isHashHex(seen.rootHash) || !isHashHex(presented.rootHash)) {
    return { failure: 'malformed_proof', message: 'a root is not 64 lowercase hex characters' };
  }
  const result = verifyConsistency({
    size1: seen.size,
    root1: fromHex(seen.rootHash),
    size2: presented.size,
    root2: fromHex(presented.rootHash),
    proof,
  });
  return result.ok ? null : { failure: result.failure, message: result.message };
}
