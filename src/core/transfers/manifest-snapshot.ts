/**
 * The signed record of a locked manifest. Warning: this shape is hashed (canonical JSON, SHA-256)
 * and signed with purpose MANIFEST_SIGNATURE_PURPOSE as stored; a change of shape needs a new
 * `snapshotVersion` and a new purpose, never an edit of this one.
 */
export const MANIFEST_SIGNATURE_PURPOSE = 'waypoint-transfer-manifest/v1';

export interface ManifestSnapshotEntry {
  readonly caseId: string;
  readonly decisionId: string;
  readonly ruleSetId: string;
  readonly ruleSetHash: string;
  readonly factsHash: string;
}

export interface ManifestSnapshot {
  readonly snapshotVersion: 1;
  readonly transferId: string;
  readonly reference: string;
  readonly agreementId: string;
  readonly scheduledDeparture: string;
  /** The instant every case was evaluated at: the scheduled departure. */
  readonly evaluatedAt: string;
  readonly lockedAt: string;
  readonly lockedBy: string;
  /** Sorted by case id so the same manifest always hashes the same. */
  readonly entries: readonly ManifestSnapshotEntry[];
  /** Distinct rule-set content hashes the decisions used, sorted. */
  readonly ruleSetHashes: readonly string[];
}

/**
 * Builds the snapshot in its canonical order (entries by case id, rule-set hashes sorted, unique).
 *
 * @example buildManifestSnapshot({ transferId, reference, agreementId, scheduledDeparture, lockedAt, lockedBy, entries })
 */
export function buildManifestSnapshot(input: Omit<ManifestSnapshot, 'snapshotVersion' | 'ruleSetHashes' | 'evaluatedAt'>): ManifestSnapshot {
  const entries = [...input.entries].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  return {
    snapshotVersion: 1,
    transferId: input.transferId,
    reference: input.reference,
    agreementId: input.agreementId,
    scheduledDeparture: input.scheduledDeparture,
    evaluatedAt: input.scheduledDeparture,
    lockedAt: input.lockedAt,
    lockedBy: input.lockedBy,
    entries: entries.map((e) => ({ caseId: e.caseId, decisionId: e.decisionId, ruleSetId: e.ruleSetId, ruleSetHash: e.ruleSetHash, factsHash: e.factsHash })),
    ruleSetHashes: [...new Set(entries.map((e) => e.ruleSetHash))].sort(),
  };
}
