import { AppError } from '../../core/errors.js';
import { consistencyProofRanges, inclusionProofRanges } from '../merkle/build-proofs.js';
import { toHex } from '../merkle/merkle-hash.js';
import type { AuditSubtreeHashes } from './audit-subtree-hashes.js';

/** An RFC 9162 inclusion proof of audit entry `seq` (leaf index seq − 1), hashes in hex. */
export interface AuditInclusionProof {
  readonly seq: number;
  readonly leafIndex: number;
  readonly treeSize: number;
  /** The entry's chain hash, which is its RFC 9162 leaf hash. */
  readonly leafHash: string;
  /** Sibling hashes, lowest level first. */
  readonly auditPath: readonly string[];
}

/** An RFC 9162 consistency proof between two tree sizes, hashes in hex. */
export interface AuditConsistencyProof {
  readonly from: number;
  readonly to: number;
  readonly proof: readonly string[];
}

/**
 * Builds the inclusion proof of entry `seq` in the tree of the first
 * `treeSize` sealed entries. Throws AppError `validation_failed` (HTTP 400)
 * unless 1 <= seq <= treeSize <= sealedSize.
 *
 * @example await auditInclusionProof(hashes, await sealedTreeSize(db), 5, latest.head.size)
 */
export async function auditInclusionProof(hashes: AuditSubtreeHashes, sealedSize: number, seq: number, treeSize: number): Promise<AuditInclusionProof> {
  requireTreeSize(treeSize, sealedSize, 'treeSize');
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > treeSize) {
    throw new AppError('validation_failed', `seq ${seq} is not within a tree of ${treeSize} entries`, { seq, treeSize });
  }
  const ranges = inclusionProofRanges(seq - 1, treeSize);
  const leafHash = await hashes.rangeHash({ start: seq - 1, end: seq });
  const auditPath: string[] = [];
  for (const range of ranges) auditPath.push(toHex(await hashes.rangeHash(range)));
  return { seq, leafIndex: seq - 1, treeSize, leafHash: toHex(leafHash), auditPath };
}

/**
 * Builds the consistency proof from tree size `from` to `to`. Throws AppError
 * `validation_failed` (HTTP 400) unless 1 <= from <= to <= sealedSize.
 *
 * @example await auditConsistencyProof(hashes, sealedSize, seen.size, latest.head.size)
 */
export async function auditConsistencyProof(hashes: AuditSubtreeHashes, sealedSize: number, from: number, to: number): Promise<AuditConsistencyProof> {
  requireTreeSize(to, sealedSize, 'to');
  if (!Number.isSafeInteger(from) || from < 1 || from > to) {
    throw new AppError('validation_failed', `a consistency proof needs 1 <= from <= to, got from ${from} and to ${to}`, { from, to });
  }
  const proof: string[] = [];
  for (const range of consistencyProofRanges(from, to)) proof.push(toHex(await hashes.rangeHash(range)));
  return { from, to, proof };
}

function requireTreeSize(size: number, sealedSize: number, name: string): void {
  if (!Number.isSafeInteger(size) || size < 1 || size > sealedSize) {
    throw new AppError('validation_failed', `${name} ${size} is not between 1 and the ${sealedSize} sealed entries`, { [name]: size, sealedSize });
  }
}
