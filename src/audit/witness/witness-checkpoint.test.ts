import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consistencyProof, subtreeHashesOf } from '../merkle/build-proofs.js';
import { merkleRootOfLeafHashes } from '../merkle/merkle-frontier.js';
import { leafHash, toHex, type MerkleHash } from '../merkle/merkle-hash.js';
import { describePublicKey } from '../signing/signing-key.js';
import { signTreeHead, type SignedTreeHead } from '../signing/tree-head.js';
import { witnessCheckpoint } from './witness-checkpoint.js';
import { emptyWitnessState, WITNESS_HISTORY_LIMIT, type WitnessState } from './witness-state.js';

const logKey = generateKeyPairSync('ed25519');
const otherKey = generateKeyPairSync('ed25519');
const pinnedKey = describePublicKey(logKey.publicKey).rawBase64;

const entries = (labels: readonly string[]): MerkleHash[] => labels.map((label) => leafHash(Buffer.from(label, 'utf8')));
const honestLog = entries(Array.from({ length: 20 }, (_, index) => `entry ${index + 1}`));

function head(leaves: readonly MerkleHash[], size: number, timestamp = `2025-04-04T12:00:${String(size).padStart(2, '0')}.000Z`, key = logKey.privateKey): SignedTreeHead {
  return signTreeHead({ size, rootHash: toHex(merkleRootOfLeafHashes(leaves.slice(0, size))), timestamp }, key);
}

function proof(leaves: readonly MerkleHash[], size1: number, size2: number): MerkleHash[] {
  return consistencyProof(size1, size2, subtreeHashesOf(leaves.slice(0, size2)));
}

function stateHolding(...heads: SignedTreeHead[]): WitnessState {
  return { version: 1, logPublicKey: pinnedKey, checkpoints: heads };
}

describe('witnessCheckpoint accepts an append-only log', () => {
  it('trusts the first valid head and pins the key', () => {
    const first = head(honestLog, 5);
    expect(witnessCheckpoint(emptyWitnessState(), first, [], logKey.publicKey)).toEqual({
      kind: 'accepted',
      state: stateHolding(first),
      previous: null,
      presented: first,
    });
  });

  it('accepts growth proved consistent and appends the new head', () => {
    const seen = head(honestLog, 5);
    const grown = head(honestLog, 13);
    expect(witnessCheckpoint(stateHolding(seen), grown, proof(honestLog, 5, 13), logKey.publicKey)).toEqual({
      kind: 'accepted',
      state: stateHolding(seen, grown),
      previous: seen,
      presented: grown,
    });
  });

  it('accepts growth from the empty tree without a proof', () => {
    const empty = head(honestLog, 0);
    const grown = head(honestLog, 3);
    expect(witnessCheckpoint(stateHolding(empty), grown, [], logKey.publicKey).kind).toBe('accepted');
  });

  it('follows a log through many checkpoints', () => {
    let state = emptyWitnessState();
    let previousSize = 0;
    for (const size of [1, 2, 3, 4, 7, 8, 9, 16, 17, 20]) {
      const outcome = witnessCheckpoint(state, head(honestLog, size), previousSize === 0 ? [] : proof(honestLog, previousSize, size), logKey.publicKey);
      expect(outcome.kind, `to size ${size}`).toBe('accepted');
      if (outcome.kind === 'accepted') state = outcome.state;
      previousSize = size;
    }
    expect(state.checkpoints.map((checkpoint) => checkpoint.size)).toEqual([1, 2, 3, 4, 7, 8, 9, 16, 17, 20]);
  });

  it('reports the same head again as unchanged and keeps the later timestamp', () => {
    const seen = head(honestLog, 6, '2025-04-04T12:00:00.000Z');
    const resigned = head(honestLog, 6, '2025-04-04T12:05:00.000Z');
    const older = head(honestLog, 6, '2025-04-04T11:55:00.000Z');
    expect(witnessCheckpoint(stateHolding(seen), seen, [], logKey.publicKey)).toEqual({ kind: 'unchanged', state: stateHolding(seen), presented: seen });
    expect(witnessCheckpoint(stateHolding(seen), resigned, [], logKey.publicKey)).toEqual({ kind: 'unchanged', state: stateHolding(resigned), presented: resigned });
    expect(witnessCheckpoint(stateHolding(seen), older, [], logKey.publicKey)).toEqual({ kind: 'unchanged', state: stateHolding(seen), presented: older });
  });

  it(`keeps at most ${WITNESS_HISTORY_LIMIT} checkpoints, newest last`, () => {
    const seen = head(honestLog, 5);
    const history = Array.from({ length: WITNESS_HISTORY_LIMIT - 1 }, () => head(honestLog, 4)).concat(seen);
    const grown = head(honestLog, 9);
    const outcome = witnessCheckpoint(stateHolding(...history), grown, proof(honestLog, 5, 9), logKey.publicKey);
    expect(outcome.kind === 'accepted' ? [outcome.state.checkpoints.length, outcome.state.checkpoints.at(-1)] : outcome).toEqual([WITNESS_HISTORY_LIMIT, grown]);
  });

  it('does not modify the state it is given', () => {
    const state = stateHolding(head(honestLog, 5));
    const before = structuredClone(state);
    witnessCheckpoint(state, head(honestLog, 9), proof(honestLog, 5, 9), logKey.publicKey);
    expect(state).toEqual(before);
  });
});

describe('witnessCheckpoint reports rollback with both heads', () => {
  it('when the log shows fewer entries than seen (newest entries deleted)', () => {
    const seen = head(honestLog, 12);
    const truncated = head(honestLog, 10);
    expect(witnessCheckpoint(stateHolding(seen), truncated, [], logKey.publicKey)).toEqual({ kind: 'rollback', reason: 'smaller_size', seen, presented: truncated });
  });

  it('when the log shows as many entries as seen under another root (an entry edited)', () => {
    const seen = head(honestLog, 12);
    const edited = [...honestLog];
    edited[4] = leafHash(Buffer.from('entry 5, quietly changed', 'utf8'));
    const presented = head(edited, 12);
    expect(witnessCheckpoint(stateHolding(seen), presented, [], logKey.publicKey)).toEqual({
      kind: 'rollback',
      reason: 'same_size_different_root',
      seen,
      presented,
    });
  });
});

describe('witnessCheckpoint reports a fork with both heads', () => {
  const seen = head(honestLog, 8);

  it('when an old entry was rewritten and the log grew since', () => {
    const rewritten = [...honestLog];
    rewritten[2] = leafHash(Buffer.from('entry 3, rewritten', 'utf8'));
    const presented = head(rewritten, 15);
    expect(witnessCheckpoint(stateHolding(seen), presented, proof(rewritten, 8, 15), logKey.publicKey)).toEqual({
      kind: 'fork',
      // 8 is a power of two, so the old root is the proof's own start: the mismatch shows at the new root.
      failure: 'second_root_mismatch',
      message: 'proof does not lead to the root of size 15',
      seen,
      presented,
    });
  });

  it('when the newest entries were deleted and replaced by more new ones', () => {
    const replaced = [...honestLog.slice(0, 6), ...entries(['other 7', 'other 8', 'other 9', 'other 10'])];
    const presented = head(replaced, 10);
    const outcome = witnessCheckpoint(stateHolding(seen), presented, proof(replaced, 8, 10), logKey.publicKey);
    expect(outcome).toMatchObject({ kind: 'fork', seen, presented });
  });

  it('when entries were reordered', () => {
    const seenSix = head(honestLog, 6);
    const reordered = [...honestLog];
    [reordered[0], reordered[1]] = [honestLog[1] as MerkleHash, honestLog[0] as MerkleHash];
    const presented = head(reordered, 12);
    expect(witnessCheckpoint(stateHolding(seenSix), presented, proof(reordered, 6, 12), logKey.publicKey)).toEqual({
      kind: 'fork',
      failure: 'first_root_mismatch',
      message: 'proof does not lead to the root of size 6',
      seen: seenSix,
      presented,
    });
  });

  it('when the log offers no proof, or a proof for other sizes', () => {
    const presented = head(honestLog, 12);
    expect(witnessCheckpoint(stateHolding(seen), presented, [], logKey.publicKey)).toMatchObject({ kind: 'fork', failure: 'empty_proof', seen, presented });
    expect(witnessCheckpoint(stateHolding(seen), presented, proof(honestLog, 7, 12), logKey.publicKey)).toMatchObject({ kind: 'fork' });
  });
});

describe('witnessCheckpoint rejects heads it cannot judge', () => {
  it('a head whose signed fields were altered', () => {
    const forged = { ...head(honestLog, 9), size: 10 };
    expect(witnessCheckpoint(stateHolding(head(honestLog, 5)), forged, proof(honestLog, 5, 9), logKey.publicKey)).toMatchObject({
      kind: 'rejected',
      reason: 'bad_signature',
      presented: forged,
    });
  });

  it('a head signed by a key other than the pinned one, even if it verifies under that key', () => {
    const underNewKey = head(honestLog, 9, undefined, otherKey.privateKey);
    expect(witnessCheckpoint(stateHolding(head(honestLog, 5)), underNewKey, proof(honestLog, 5, 9), otherKey.publicKey)).toMatchObject({
      kind: 'rejected',
      reason: 'key_changed',
    });
  });

  it('a first head with a bad signature is not trusted', () => {
    const forged = { ...head(honestLog, 3), rootHash: toHex(honestLog[0] as MerkleHash) };
    expect(witnessCheckpoint(emptyWitnessState(), forged, [], logKey.publicKey)).toMatchObject({ kind: 'rejected', reason: 'bad_signature' });
  });
});
