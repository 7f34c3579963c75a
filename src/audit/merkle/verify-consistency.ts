import { hashesEqual, nodeHash, type MerkleHash } from './merkle-hash.js';
import { firstMalformedHash, isTreeSize, PROOF_VERIFIED, proofRejected, type ProofVerification } from './proof-verification.js';

export interface ConsistencyClaim {
  /** Size and root of the older tree head (the one a witness already holds). */
  readonly size1: number;
  readonly root1: MerkleHash;
  /** Size and root of the newer tree head. */
  readonly size2: number;
  readonly root2: MerkleHash;
  /** Proof hashes as consistencyProof returns them. */
  readonly proof: readonly MerkleHash[];
}

/**
 * Verifies that the tree of size2 extends the tree of size1 (append-only),
 * exactly as RFC 9162 section 2.1.4.2 describes, after the same preconditions
 * transparency-dev/merkle applies: equal sizes need an empty proof and equal
 * roots; a proof from the empty tree is refused (it would prove nothing).
 *
 * @example
 *   verifyConsistency({ size1: seen.size, root1: fromHex(seen.rootHash), size2: head.size,
 *                       root2: fromHex(head.rootHash), proof: proofHex.map(fromHex) }).ok
 */
export function verifyConsistency(claim: ConsistencyClaim): ProofVerification {
  const { size1, size2, root1, root2, proof } = claim;
  if (!isTreeSize(size1) || !isTreeSize(size2)) return proofRejected('size_out_of_range', `sizes ${size1} and ${size2} must be non-negative safe integers`);
  if (size2 < size1) return proofRejected('size_regression', `size2 ${size2} is smaller than size1 ${size1}`);
  const malformed = firstMalformedHash({ root1, root2 }, proof);
  if (malformed !== null) return proofRejected('wrong_hash_length', malformed);
  if (size1 === size2) {
    if (proof.length > 0) return proofRejected('unexpected_proof', `equal sizes ${size1} need an empty proof, got ${proof.length} hashes`);
    if (!hashesEqual(root1, root2)) return proofRejected('second_root_mismatch', `two trees of size ${size1} have different roots`);
    return PROOF_VERIFIED;
  }
  if (size1 === 0) return proofRejected('empty_tree', 'a consistency proof from the empty tree proves nothing');
  // RFC 9162 2.1.4.2 step 1.
  if (proof.length === 0) return proofRejected('empty_proof', `sizes ${size1} and ${size2} differ but the proof is empty`);

  // Step 2: when size1 is a power of two the old root is itself a node of the new tree, so the proof omits it.
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof;
  // Step 3.
  let fn = BigInt(size1 - 1);
  let sn = BigInt(size2 - 1);
  // Step 4.
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  // Step 5.
  const [seed, ...rest] = path;
  if (seed === undefined) return proofRejected('empty_proof', 'no hashes to start from');
  let firstRunning = seed;
  let secondRunning = seed;
  // Step 6.
  for (const element of rest) {
    if (sn === 0n) return proofRejected('wrong_proof_length', `proof has more than the needed hashes for sizes ${size1} and ${size2}`);
    if ((fn & 1n) === 1n || fn === sn) {
      firstRunning = nodeHash(element, firstRunning);
      secondRunning = nodeHash(element, secondRunning);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      secondRunning = nodeHash(secondRunning, element);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  // Step 7.
  if (sn !== 0n) return proofRejected('wrong_proof_length', `proof has fewer than the needed hashes for sizes ${size1} and ${size2}`);
  if (!hashesEqual(firstRunning, root1)) return proofRejected('first_root_mismatch', `proof does not lead to the root of size ${size1}`);
  if (!hashesEqual(secondRunning, root2)) return proofRejected('second_root_mismatch', `proof does not lead to the root of size ${size2}`);
  return PROOF_VERIFIED;
}

function isPowerOfTwo(value: number): boolean {
  let remaining = value;
  while (remaining % 2 === 0 && remaining > 1) remaining /= 2;
  return remaining === 1;
}
