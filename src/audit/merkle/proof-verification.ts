import { MERKLE_HASH_BYTES } from './merkle-hash.js';

/**
 * Why a proof was rejected. Stable strings: the verify command and the
 * witness print them, and tests assert them.
 * - index_out_of_range: the leaf index is not below the tree size (or not an integer).
 * - size_out_of_range: a size is negative or not a safe integer.
 * - size_regression: the second tree is smaller than the first.
 * - empty_tree: a consistency proof from size 0 was asked for; it proves nothing.
 * - empty_proof: sizes differ but the consistency proof has no hashes.
 * - unexpected_proof: sizes are equal but the consistency proof is not empty.
 * - wrong_hash_length: a hash (leaf, root or proof element) is not 32 bytes.
 * - wrong_proof_length: the proof has too many or too few hashes for the sizes.
 * - root_mismatch: the inclusion proof leads to a different root.
 * - first_root_mismatch / second_root_mismatch: the consistency proof leads to a different old / new root.
 */
export type ProofFailure =
  | 'index_out_of_range'
  | 'size_out_of_range'
  | 'size_regression'
  | 'empty_tree'
  | 'empty_proof'
  | 'unexpected_proof'
  | 'wrong_hash_length'
  | 'wrong_proof_length'
  | 'root_mismatch'
  | 'first_root_mismatch'
  | 'second_root_mismatch';

export type ProofVerification =
  | { readonly ok: true }
  | { readonly ok: false; readonly failure: ProofFailure; readonly message: string };

export const PROOF_VERIFIED: ProofVerification = { ok: true };

export function proofRejected(failure: ProofFailure, message: string): ProofVerification {
  return { ok: false, failure, message };
}

/** The first argument that is not a 32-byte hash, described for the message, or null. */
export function firstMalformedHash(named: Readonly<Record<string, Uint8Array>>, proof: readonly Uint8Array[]): string | null {
  for (const [name, value] of Object.entries(named)) {
    if (value.length !== MERKLE_HASH_BYTES) return `${name} has ${value.length} bytes`;
  }
  const index = proof.findIndex((element) => element.length !== MERKLE_HASH_BYTES);
  return index === -1 ? null : `proof[${index}] has ${proof[index]?.length ?? 0} bytes`;
}

export function isTreeSize(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
