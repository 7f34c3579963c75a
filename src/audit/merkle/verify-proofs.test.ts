import { describe, expect, it } from 'vitest';
import { consistencyProof, inclusionProof, subtreeHashesOf } from './build-proofs.js';
import { merkleRootOfLeafHashes } from './merkle-frontier.js';
import { emptyRootHash, fromHex, leafHash, type MerkleHash } from './merkle-hash.js';
import type { ProofFailure, ProofVerification } from './proof-verification.js';
import {
  VECTOR_CONSISTENCY_PROOFS,
  VECTOR_INCLUSION_PROOFS,
  VECTOR_LEAF_INPUTS_HEX,
  VECTOR_ROOTS,
} from './rfc6962-vectors.test-data.js';
import { verifyConsistency, type ConsistencyClaim } from './verify-consistency.js';
import { verifyInclusion, type InclusionClaim } from './verify-inclusion.js';

/*
 * Corruption suite in the style of transparency-dev/merkle proof/verify_test.go:
 * every valid proof must verify, and every mutation of it must not.
 */
const SOME_HASH = fromHex('abacaba000000000000000000000000000000000000000000060061e00123456');
const EMPTY_TREE_HASH = emptyRootHash();
const WRONG_LENGTH = Buffer.from('WrongLeaf', 'utf8');

const vectorLeaves = VECTOR_LEAF_INPUTS_HEX.map((hex) => leafHash(Buffer.from(hex, 'hex')));
const vectorRoot = (size: number): MerkleHash => fromHex(VECTOR_ROOTS[size] ?? '');

function flipBit(proof: readonly MerkleHash[], element: number, mask: number): MerkleHash[] {
  return proof.map((hash, index) => {
    if (index !== element) return hash;
    const copy = Uint8Array.from(hash);
    copy[0] = (copy[0] ?? 0) ^ mask;
    return copy;
  });
}

interface Probe<Claim> {
  readonly description: string;
  readonly claim: Claim;
}

function corruptInclusion(claim: InclusionClaim): Probe<InclusionClaim>[] {
  const { leafIndex, treeSize, rootHash, proof } = claim;
  const probes: Probe<InclusionClaim>[] = [
    { description: 'leafIndex - 1', claim: { ...claim, leafIndex: leafIndex - 1 } },
    { description: 'leafIndex + 1', claim: { ...claim, leafIndex: leafIndex + 1 } },
    { description: 'leafIndex ^ 2', claim: { ...claim, leafIndex: leafIndex ^ 2 } },
    { description: 'treeSize * 2', claim: { ...claim, treeSize: treeSize * 2 } },
    { description: 'treeSize / 2', claim: { ...claim, treeSize: Math.floor(treeSize / 2) } },
    { description: 'wrong leaf', claim: { ...claim, leafHash: WRONG_LENGTH } },
    { description: 'other leaf', claim: { ...claim, leafHash: SOME_HASH } },
    { description: 'empty root', claim: { ...claim, rootHash: EMPTY_TREE_HASH } },
    { description: 'random root', claim: { ...claim, rootHash: SOME_HASH } },
    { description: 'trailing garbage', claim: { ...claim, proof: [...proof, new Uint8Array(0)] } },
    { description: 'trailing root', claim: { ...claim, proof: [...proof, rootHash] } },
    { description: 'preceding garbage', claim: { ...claim, proof: [new Uint8Array(0), ...proof] } },
    { description: 'preceding root', claim: { ...claim, proof: [rootHash, ...proof] } },
  ];
  proof.forEach((_, element) => {
    probes.push({ description: `modified proof[${element}] bit 3`, claim: { ...claim, proof: flipBit(proof, element, 8) } });
  });
  if (proof.length > 0) {
    probes.push({ description: 'removed component', claim: { ...claim, proof: proof.slice(0, -1) } });
    probes.push({ description: 'truncated element', claim: { ...claim, proof: [...proof.slice(0, -1), (proof.at(-1) ?? SOME_HASH).subarray(0, 31)] } });
  }
  if (proof.length > 1) {
    probes.push({ description: 'inserted component', claim: { ...claim, proof: [proof[0] as MerkleHash, SOME_HASH, ...proof.slice(1)] } });
    probes.push({ description: 'swapped components', claim: { ...claim, proof: [proof[1] as MerkleHash, proof[0] as MerkleHash, ...proof.slice(2)] } });
  }
  return probes;
}

function corruptConsistency(claim: ConsistencyClaim): Probe<ConsistencyClaim>[] {
  const { size1, size2, root1, root2, proof } = claim;
  const probes: Probe<ConsistencyClaim>[] = [
    { description: 'size1 - 1', claim: { ...claim, size1: size1 - 1 } },
    { description: 'size1 + 1', claim: { ...claim, size1: size1 + 1 } },
    { description: 'size1 ^ 2', claim: { ...claim, size1: size1 ^ 2 } },
    { description: 'size2 * 2', claim: { ...claim, size2: size2 * 2 } },
    { description: 'size2 / 2', claim: { ...claim, size2: Math.floor(size2 / 2) } },
    { description: 'wrong root1', claim: { ...claim, root1: Buffer.from('WrongRoot', 'utf8') } },
    { description: 'wrong root2', claim: { ...claim, root2: Buffer.from('WrongRoot', 'utf8') } },
    { description: 'other root1', claim: { ...claim, root1: SOME_HASH } },
    { description: 'other root2', claim: { ...claim, root2: SOME_HASH } },
    { description: 'swapped roots', claim: { ...claim, root1: root2, root2: root1 } },
    { description: 'empty proof', claim: { ...claim, proof: [] } },
    { description: 'trailing garbage', claim: { ...claim, proof: [...proof, new Uint8Array(0)] } },
    { description: 'trailing root1', claim: { ...claim, proof: [...proof, root1] } },
    { description: 'trailing root2', claim: { ...claim, proof: [...proof, root2] } },
    { description: 'preceding garbage', claim: { ...claim, proof: [new Uint8Array(0), ...proof] } },
    { description: 'preceding root1', claim: { ...claim, proof: [root1, ...proof] } },
    { description: 'preceding root2', claim: { ...claim, proof: [root2, ...proof] } },
    { description: 'preceding proof[0]', claim: { ...claim, proof: [proof[0] ?? SOME_HASH, ...proof] } },
  ];
  if (proof.length > 0) {
    probes.push({ description: 'truncated proof', claim: { ...claim, proof: proof.slice(0, -1) } });
    probes.push({ description: 'truncated element', claim: { ...claim, proof: [...proof.slice(0, -1), (proof.at(-1) ?? SOME_HASH).subarray(0, 31)] } });
  }
  if (proof.length > 1) {
    probes.push({ description: 'swapped components', claim: { ...claim, proof: [proof[1] as MerkleHash, proof[0] as MerkleHash, ...proof.slice(2)] } });
  }
  proof.forEach((_, element) => {
    probes.push({ description: `modified proof[${element}] bit 4`, claim: { ...claim, proof: flipBit(proof, element, 16) } });
  });
  return probes;
}

/** Descriptions of the probes that were (wrongly) accepted. */
function acceptedProbes<Claim>(probes: readonly Probe<Claim>[], verify: (claim: Claim) => ProofVerification): string[] {
  return probes.filter((probe) => verify(probe.claim).ok).map((probe) => probe.description);
}

function failureOf(result: ProofVerification): ProofFailure | 'accepted' {
  return result.ok ? 'accepted' : result.failure;
}

describe('verifyInclusion with the RFC 6962 vectors', () => {
  it.each(VECTOR_INCLUSION_PROOFS)('accepts leaf $leafIndex of $treeSize and rejects every corruption', (vector) => {
    const claim: InclusionClaim = {
      leafIndex: vector.leafIndex,
      treeSize: vector.treeSize,
      leafHash: vectorLeaves[vector.leafIndex] as MerkleHash,
      proof: vector.proof.map(fromHex),
      rootHash: vectorRoot(vector.treeSize),
    };
    expect(verifyInclusion(claim)).toEqual({ ok: true });
    expect(acceptedProbes(corruptInclusion(claim), verifyInclusion)).toEqual([]);
  });
});

describe('verifyConsistency with the RFC 6962 vectors', () => {
  it.each(VECTOR_CONSISTENCY_PROOFS)('accepts $size1 to $size2 and rejects every corruption', (vector) => {
    const claim: ConsistencyClaim = {
      size1: vector.size1,
      size2: vector.size2,
      root1: vectorRoot(vector.size1),
      root2: vectorRoot(vector.size2),
      proof: vector.proof.map(fromHex),
    };
    expect(verifyConsistency(claim)).toEqual({ ok: true });
    if (vector.size1 !== vector.size2) expect(acceptedProbes(corruptConsistency(claim), verifyConsistency)).toEqual([]);
  });
});

describe('every proof of trees with 1..8 vector leaves and 1..33 synthetic leaves', () => {
  const trees = [
    { name: 'vector', leaves: vectorLeaves },
    { name: 'synthetic', leaves: Array.from({ length: 33 }, (_, index) => leafHash(Buffer.from(`leaf ${index}`, 'utf8'))) },
  ];

  it.each(trees)('$name: inclusion proofs verify and all corruptions fail', ({ leaves }) => {
    for (let treeSize = 1; treeSize <= leaves.length; treeSize += 1) {
      const prefix = leaves.slice(0, treeSize);
      const source = subtreeHashesOf(prefix);
      const rootHash = merkleRootOfLeafHashes(prefix);
      for (let leafIndex = 0; leafIndex < treeSize; leafIndex += 1) {
        const claim: InclusionClaim = { leafIndex, treeSize, leafHash: prefix[leafIndex] as MerkleHash, proof: inclusionProof(leafIndex, treeSize, source), rootHash };
        expect(verifyInclusion(claim), `leaf ${leafIndex} of ${treeSize}`).toEqual({ ok: true });
        expect(acceptedProbes(corruptInclusion(claim), verifyInclusion), `leaf ${leafIndex} of ${treeSize}`).toEqual([]);
      }
    }
  });

  it.each(trees)('$name: consistency proofs verify and all corruptions fail', ({ leaves }) => {
    const roots = [emptyRootHash(), ...leaves.map((_, index) => merkleRootOfLeafHashes(leaves.slice(0, index + 1)))];
    for (let size2 = 2; size2 <= leaves.length; size2 += 1) {
      const source = subtreeHashesOf(leaves.slice(0, size2));
      for (let size1 = 1; size1 < size2; size1 += 1) {
        const claim: ConsistencyClaim = {
          size1,
          size2,
          root1: roots[size1] as MerkleHash,
          root2: roots[size2] as MerkleHash,
          proof: consistencyProof(size1, size2, source),
        };
        expect(verifyConsistency(claim), `${size1} to ${size2}`).toEqual({ ok: true });
        expect(acceptedProbes(corruptConsistency(claim), verifyConsistency), `${size1} to ${size2}`).toEqual([]);
      }
    }
  });
});

describe('what a proof alone cannot show', () => {
  it('a 6→8 consistency proof also passes as 6→7 against the root of 8: the size must be bound by a signature', () => {
    // The verifier never sees leaves, so a node hash can stand in for a leaf: RFC 9162 proofs bind roots,
    // not sizes. transparency-dev/merkle behaves the same; signed tree heads sign size and root together.
    const proof = (VECTOR_CONSISTENCY_PROOFS[2]?.proof ?? []).map(fromHex);
    expect(verifyConsistency({ size1: 6, size2: 7, root1: vectorRoot(6), root2: vectorRoot(8), proof })).toEqual({ ok: true });
  });
});

describe('verifyInclusion names why it rejects', () => {
  const claim: InclusionClaim = {
    leafIndex: 5,
    treeSize: 8,
    leafHash: vectorLeaves[5] as MerkleHash,
    proof: (VECTOR_INCLUSION_PROOFS[2]?.proof ?? []).map(fromHex),
    rootHash: vectorRoot(8),
  };

  it.each<[string, ProofFailure, Partial<InclusionClaim>]>([
    ['index equal to size', 'index_out_of_range', { leafIndex: 8 }],
    ['negative index', 'index_out_of_range', { leafIndex: -1 }],
    ['fractional index', 'index_out_of_range', { leafIndex: 0.5 }],
    ['negative size', 'size_out_of_range', { treeSize: -8 }],
    ['short leaf hash', 'wrong_hash_length', { leafHash: WRONG_LENGTH }],
    ['empty root', 'wrong_hash_length', { rootHash: new Uint8Array(0) }],
    ['trailing empty element', 'wrong_hash_length', { proof: [...claim.proof, new Uint8Array(0)] }],
    ['one hash too many', 'wrong_proof_length', { proof: [...claim.proof, SOME_HASH] }],
    ['one hash too few', 'wrong_proof_length', { proof: claim.proof.slice(0, 2) }],
    ['twice the size', 'wrong_proof_length', { treeSize: 16 }],
    ['wrong leaf', 'root_mismatch', { leafHash: SOME_HASH }],
    ['neighbouring index', 'root_mismatch', { leafIndex: 4 }],
    ['flipped bit', 'root_mismatch', { proof: flipBit(claim.proof, 1, 8) }],
  ])('%s → %s', (_description, failure, change) => {
    expect(failureOf(verifyInclusion({ ...claim, ...change }))).toBe(failure);
  });

  it('accepts the single-leaf tree whose root is the leaf hash, with an empty proof', () => {
    const hash = leafHash(Buffer.from('data', 'utf8'));
    expect(verifyInclusion({ leafIndex: 0, treeSize: 1, leafHash: hash, proof: [], rootHash: hash })).toEqual({ ok: true });
    expect(failureOf(verifyInclusion({ leafIndex: 0, treeSize: 1, leafHash: hash, proof: [], rootHash: new Uint8Array(0) }))).toBe('wrong_hash_length');
    expect(failureOf(verifyInclusion({ leafIndex: 0, treeSize: 1, leafHash: new Uint8Array(0), proof: [], rootHash: hash }))).toBe('wrong_hash_length');
  });

  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
  ])('never accepts leaf %d of a tree of %d', (leafIndex, treeSize) => {
    expect(failureOf(verifyInclusion({ leafIndex, treeSize, leafHash: SOME_HASH, proof: [], rootHash: EMPTY_TREE_HASH }))).toBe('index_out_of_range');
  });
});

describe('verifyConsistency names why it rejects', () => {
  const vector = VECTOR_CONSISTENCY_PROOFS[2];
  const claim: ConsistencyClaim = {
    size1: 6,
    size2: 8,
    root1: vectorRoot(6),
    root2: vectorRoot(8),
    proof: (vector?.proof ?? []).map(fromHex),
  };

  it.each<[string, ProofFailure, Partial<ConsistencyClaim>]>([
    ['time travel to the past', 'size_regression', { size1: 8, size2: 6 }],
    ['negative size', 'size_out_of_range', { size1: -1 }],
    ['from the empty tree', 'empty_tree', { size1: 0, root1: EMPTY_TREE_HASH }],
    ['empty proof', 'empty_proof', { proof: [] }],
    ['short root', 'wrong_hash_length', { root1: Buffer.from('WrongRoot', 'utf8') }],
    ['one hash too many', 'wrong_proof_length', { proof: [...claim.proof, SOME_HASH] }],
    ['one hash too few', 'wrong_proof_length', { proof: claim.proof.slice(0, 2) }],
    ['old root replaced', 'first_root_mismatch', { root1: SOME_HASH }],
    ['new root replaced', 'second_root_mismatch', { root2: SOME_HASH }],
    ['roots swapped', 'first_root_mismatch', { root1: vectorRoot(8), root2: vectorRoot(6) }],
  ])('%s → %s', (_description, failure, change) => {
    expect(failureOf(verifyConsistency({ ...claim, ...change }))).toBe(failure);
  });

  it.each<[string, ProofFailure | 'accepted', ConsistencyClaim]>([
    ['0 to 0 with equal roots', 'accepted', { size1: 0, size2: 0, root1: EMPTY_TREE_HASH, root2: EMPTY_TREE_HASH, proof: [] }],
    ['1 to 1 with equal roots', 'accepted', { size1: 1, size2: 1, root1: SOME_HASH, root2: SOME_HASH, proof: [] }],
    ['1 to 1 with different roots', 'second_root_mismatch', { size1: 1, size2: 1, root1: SOME_HASH, root2: EMPTY_TREE_HASH, proof: [] }],
    ['0 to 0 with a proof', 'unexpected_proof', { size1: 0, size2: 0, root1: EMPTY_TREE_HASH, root2: EMPTY_TREE_HASH, proof: [EMPTY_TREE_HASH] }],
    ['1 to 1 with a proof', 'unexpected_proof', { size1: 1, size2: 1, root1: SOME_HASH, root2: SOME_HASH, proof: [EMPTY_TREE_HASH] }],
    ['0 to 1', 'empty_tree', { size1: 0, size2: 1, root1: EMPTY_TREE_HASH, root2: SOME_HASH, proof: [] }],
    ['1 to 0', 'size_regression', { size1: 1, size2: 0, root1: SOME_HASH, root2: EMPTY_TREE_HASH, proof: [] }],
    ['1 to 2 with an empty proof', 'empty_proof', { size1: 1, size2: 2, root1: SOME_HASH, root2: EMPTY_TREE_HASH, proof: [] }],
  ])('%s → %s', (_description, outcome, edgeClaim) => {
    expect(failureOf(verifyConsistency(edgeClaim))).toBe(outcome);
  });
});
