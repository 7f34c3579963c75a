import type { KeyObject } from 'node:crypto';
import { canonicalHash } from '../../audit/sha256.js';
import { verifyCanonical } from '../../audit/signing/sign-canonical.js';
import { AppError } from '../../core/errors.js';
import { MANIFEST_SIGNATURE_PURPOSE, type ManifestSnapshotEntry } from '../../core/transfers/manifest-snapshot.js';
import { findDecision } from '../../db/repositories/decision.repository.js';
import { findManifestSnapshot } from '../../db/repositories/transfer.repository.js';
import type { Queryable } from '../../db/schema.js';
import { replayStoredDecision } from '../cases/replay-decision.js';

export interface ManifestVerification {
  readonly transferId: string;
  /** True only when every check below passed. */
  readonly valid: boolean;
  readonly signatureValid: boolean;
  readonly hashMatches: boolean;
  readonly keyMatches: boolean;
  readonly caseCount: number;
  readonly decisionsReplayed: number;
  /** Readable reasons; empty when valid. */
  readonly problems: readonly string[];
}

/**
 * Checks a locked manifest: the stored snapshot still hashes to its stored hash, the Ed25519
 * signature verifies under `publicKey` (key id `keyId`), and every decision it names exists, still
 * carries the snapshot's facts and rule-set hashes, and replays identically. Read-only.
 * Throws not_found when the transfer has no locked manifest.
 *
 * @example const report = await verifyManifest(db, transferId, key.publicKey, key.keyId); report.valid
 */
export async function verifyManifest(db: Queryable, transferId: string, publicKey: KeyObject, keyId: string): Promise<ManifestVerification> {
  const stored = await findManifestSnapshot(db, transferId);
  if (!stored) throw new AppError('not_found', `transfer ${transferId} has no locked manifest`, { transferId });
  const problems: string[] = [];
  const hashMatches = canonicalHash(stored.snapshot) === stored.snapshotHash;
  if (!hashMatches) problems.push('the snapshot does not hash to its stored hash (modified)');
  const keyMatches = stored.keyId === keyId;
  if (!keyMatches) problems.push(`the manifest was signed with key ${stored.keyId}, not ${keyId}`);
  const signatureValid = stored.purpose === MANIFEST_SIGNATURE_PURPOSE && verifyCanonical(MANIFEST_SIGNATURE_PURPOSE, stored.snapshot, stored.signature, publicKey);
  if (!signatureValid) problems.push('the signature does not verify over the stored snapshot');
  const listed: unknown = stored.snapshot.entries;
  const entries: readonly ManifestSnapshotEntry[] = Array.isArray(listed) ? (listed as ManifestSnapshotEntry[]) : [];
  if (entries.length !== stored.caseCount) problems.push(`the snapshot lists ${entries.length} cases, the row says ${stored.caseCount}`);
  let decisionsReplayed = 0;
  for (const entry of entries) {
    const decision = await findDecision(db, entry.decisionId);
    if (!decision) {
      problems.push(`decision ${entry.decisionId} of case ${entry.caseId} is missing`);
      continue;
    }
    if (decision.caseId !== entry.caseId || decision.factsHash !== entry.factsHash || decision.ruleSetHash !== entry.ruleSetHash) {
      problems.push(`decision ${entry.decisionId} no longer matches the snapshot (case, facts hash or rule-set hash)`);
    }
    const replay = replayStoredDecision(decision);
    if (replay.identical && replay.differences.length === 0) decisionsReplayed += 1;
    else problems.push(`decision ${entry.decisionId} does not replay: ${replay.differences.join('; ')}`);
  }
  return { transferId, valid: problems.length === 0, signatureValid, hashMatches, keyMatches, caseCount: entries.length, decisionsReplayed, problems };
}
