import { hashesEqual, nodeHash, type MerkleHash } from './merkle-hash.js';
import { firstMalformedHash, isTreeSize, PROOF_VERIFIED, proofRejected, type ProofVerification } from './proof-verification.js';

export interface InclusionClaim {
  /** Zero-based index of the leaf (audit seq − 1). */
  readonly leafIndex: number;
  readonly treeSize: number;
  /** RFC 9162 leaf hash, e.g. auditLeafHash(content). */
  readonly leafHash: MerkleHash;
  /** Proof hashes, lowest level first, as inclusionProof returns them. */
  readonly proof: readonly MerkleHash[];
  /** Root of the signed tree head the leaf is claimed to be in. */
  readonly rootHash: MerkleHash;
}

/**
 * Verifies an inclusion proof exactly as RFC 9162 section 2.1.3.2 describes:
 * walk fn = leaf index and sn = size − 1 up the tree, hashing the proof
 * element on the left when fn is a right child or sits on the right border,
 * and accept only if the walk ends at sn = 0 on the expected root.
 *
 * @example
 *   verifyInclusion({ leafIndex: seq - 1, treeSize: head.size, leafHash: auditLeafHash(content),
 *                     proof: proofHex.map(fromHex), rootHash: fromHex(head.rootHash) }).ok
 */
export function verifyInclusion(claim: InclusionClaim): ProofVerification {
  if (!isTreeSize(claim.treeSize)) return proofRejected('size_out_of_range', `tree size ${claim.treeSize} is not a non-negative safe integer`);
  if (!Number.isSafeInteger(claim.leafIndex) || claim.leafIndex < 0 || claim.leafIndex >= claim.treeSize) {
    return proofRejected('index_out_of_range', `leaf index ${claim.leafIndex} is not below tree size ${claim.treeSize}`);
  }
  const malformed = firstMalformedHash({ leafHash: claim.leafHash, rootHash: claim.rootHash }, claim.proof);
  if (malformed !== null) return proofRejected('wrong_hash_length', malformed);

  // BigInt keeps the bit walk exact for sizes above 2^32, where number bit operators truncate.
  let fn = BigInt(claim.leafIndex);
  let sn = BigInt(claim.treeSize - 1);
  let running = claim.leafHash;
  for (const element of claim.proof) {
    if (sn === 0n) return proofRejected('wrong_proof_length', `proof has more than the needed hashes for leaf ${claim.leafIndex} of ${claim.treeSize}`);
    if ((fn & 1n) === 1n || fn === sn) {
      running = nodeHash(element, running);
      // On the right border a left-child path skips the levels where it has no sibling.
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      running = nodeHash(running, element);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) return proofRejected('wrong_proof_length', `proof has fewer than the needed hashes for leaf ${claim.leafIndex} of ${claim.treeSize}`);
  if (!hashesEqual(running, claim.rootHash)) return proofRejected('root_mismatch', 'inclusion proof does not lead to the expected root');
  return PROOF_VERIFIED;
}
