import { appendAudit, appendAuditBatch } from '../../audit/audit-log.js';
import { canonicalHash } from '../../audit/sha256.js';
import { signCanonical } from '../../audit/signing/sign-canonical.js';
import type { SigningKey } from '../../audit/signing/signing-key.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { buildManifestSnapshot, MANIFEST_SIGNATURE_PURPOSE, type ManifestSnapshot } from '../../core/transfers/manifest-snapshot.js';
import { planTransferStep } from '../../core/transfers/transfer-lifecycle.js';
import { insertDecisions } from '../../db/repositories/decision.repository.js';
import { findTransfer, insertManifestSnapshot, listManifestCaseIds, lockCasesForUpdate, lockTransfer, setTransferStatus, type TransferRecord } from '../../db/repositories/transfer.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { evaluateDeparture } from './evaluate-departure.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';

/** The part of the server key that signs manifests. */
export type ManifestSigner = Pick<SigningKey, 'privateKey' | 'keyId'>;

export interface LockedManifest {
  readonly transfer: TransferRecord;
  readonly snapshot: ManifestSnapshot;
  readonly snapshotHash: string;
  readonly signature: string;
  readonly keyId: string;
}

/**
 * Locks the manifest: a supervisor who did not prepare it (`manifest:lock` with preparedBy =
 * transfers.prepared_by) re-evaluates EVERY case for the physical move (`relocate`) AT the
 * scheduled departure instant, in one batch (one query per fact source, one multi-row decisions
 * insert). If every case passes, the decisions, the snapshot (case ids, decision ids, rule-set
 * hashes; SHA-256 of its canonical JSON; Ed25519 signature, purpose waypoint-transfer-manifest/v1)
 * and the new status are written in one transaction. If any case fails, nothing is written and
 * `manifest_not_ready` lists the blocking findings per case.
 *
 * Throws manifest_empty, manifest_not_ready, transfer_step_not_allowed, separation_of_duties,
 * forbidden, not_found, precondition_failed, manifest_signing_unavailable (signer null).
 *
 * @example const locked = await lockManifest(ctx, supervisor, transferId, version, signingKey)
 */
export async function lockManifest(ctx: ServiceContext, principal: Principal, transferId: string, expectedVersion: number | undefined, signer: ManifestSigner | null): Promise<LockedManifest> {
  const found = await findTransfer(ctx.db, transferId);
  if (!found) throw new AppError('not_found', `transfer ${transferId} not found`, { id: transferId });
  // A transfer nobody signed in prepared (created by the operator) still needs the context key for the policy.
  await authorizeTransferAction(ctx, principal, transferId, 'manifest:lock', { preparedBy: found.preparedBy ?? 'system' });
  if (signer === null) throw new AppError('manifest_signing_unavailable', 'no signing key is configured for manifests', {});
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  return runWrite(ctx, async (trx) => {
    const transfer = requireTransfer(await lockTransfer(trx, transferId), transferId);
    if (expectedVersion !== undefined && transfer.version !== expectedVersion) {
      throw new AppError('precondition_failed', `transfer ${transferId} is at version ${transfer.version}, not ${expectedVersion}`, { expected: expectedVersion, actual: transfer.version });
    }
    const status = planTransferStep(transfer.status, 'lock');
    const caseIds = await listManifestCaseIds(trx, transferId);
    if (caseIds.length === 0) throw new AppError('manifest_empty', `manifest ${transfer.reference} has no cases`, { transferId }, 'Add cases before locking the manifest.');
    await lockCasesForUpdate(trx, caseIds);
    const evaluations = await evaluateDeparture(trx, caseIds, { factsAt: at, evaluateAt: transfer.scheduledDeparture, requested: 'manifest', actor, personKeyEncryptionKey: ctx.personKeyEncryptionKey });
    const notReady = evaluations
      .filter((e) => e.blocking.length > 0 || e.subject.state !== 'manifested')
      .map((e) => ({ caseId: e.subject.caseId, state: e.subject.state, findings: e.blocking.map((f) => ({ safeguardId: f.safeguardId, outcome: f.outcome, reason: f.reason, earliestPassAt: f.earliestPassAt })) }));
    if (notReady.length > 0) {
      throw new AppError('manifest_not_ready', `${notReady.length} of ${caseIds.length} cases do not pass at ${transfer.scheduledDeparture}`, { evaluatedAt: transfer.scheduledDeparture, cases: notReady }, 'Some cases would not pass at the scheduled departure; see the findings.');
    }
    const decisions = evaluations.map((e) => e.decision);
    await insertDecisions(trx, decisions);
    const snapshot = buildManifestSnapshot({
      transferId,
      reference: transfer.reference,
      agreementId: transfer.agreementId,
      scheduledDeparture: transfer.scheduledDeparture,
      lockedAt: at,
      lockedBy: actor,
      entries: decisions.map((d) => ({ caseId: d.caseId, decisionId: d.id, ruleSetId: d.ruleSetId, ruleSetHash: d.ruleSetHash, factsHash: d.factsHash })),
    });
    const snapshotHash = canonicalHash(snapshot);
    const signature = signCanonical(MANIFEST_SIGNATURE_PURPOSE, snapshot, signer.privateKey);
    await insertManifestSnapshot(trx, { transferId, snapshot, snapshotHash, signature, keyId: signer.keyId, purpose: MANIFEST_SIGNATURE_PURPOSE, caseCount: caseIds.length, createdAt: at });
    const updated = await setTransferStatus(trx, transferId, { status, lockedAt: at, lockedBy: actor }, at);
    await appendAuditBatch(
      trx,
      decisions.map((d) => ({ actor, action: 'case.manifest_locked', resourceType: 'case', resourceId: d.caseId, details: { transferId, decisionId: d.id, ruleSetId: d.ruleSetId, ruleSetHash: d.ruleSetHash, factsHash: d.factsHash }, at })),
    );
    await appendAudit(trx, { actor, action: 'transfer.lock', resourceType: 'transfer', resourceId: transferId, details: { caseCount: caseIds.length, snapshotHash, keyId: signer.keyId, ruleSetHashes: [...snapshot.ruleSetHashes], version: updated.version }, at });
    return { transfer: updated, snapshot, snapshotHash, signature, keyId: signer.keyId };
  });
}
