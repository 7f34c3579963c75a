import { appendAudit } from '../../audit/audit-log.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { planTransferStep } from '../../core/transfers/transfer-lifecycle.js';
import { listCaseSubjects } from '../../db/repositories/case-facts.repository.js';
import { applyCaseStateChanges, deactivateManifestEntries, listManifestCaseIds, lockCasesForUpdate, lockTransfer, setTransferStatus, type TransferRecord } from '../../db/repositories/transfer.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertVersion } from '../versioning.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';
import { auditCaseTransitions, planCaseStep } from './case-steps.js';

/**
 * Cancels a transfer before departure: its manifested cases go back to `cleared`
 * (`remove_from_manifest`) and are free for another transfer. The reason is stored on the
 * transfer, not in the audit log. Throws transfer_step_not_allowed after departure.
 *
 * @example await cancelTransfer(ctx, principal, id, 2, 'Flight withdrawn by the carrier')
 */
export async function cancelTransfer(ctx: ServiceContext, principal: Principal, transferId: string, expectedVersion: number, reason: string): Promise<TransferRecord> {
  await authorizeTransferAction(ctx, principal, transferId, 'transfer:write');
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  return runWrite(ctx, async (trx) => {
    const current = requireTransfer(await lockTransfer(trx, transferId), transferId);
    assertVersion('transfer', transferId, current.version, expectedVersion);
    const status = planTransferStep(current.status, 'cancel');
    const caseIds = await listManifestCaseIds(trx, transferId);
    await lockCasesForUpdate(trx, caseIds);
    const steps = (await listCaseSubjects(trx, caseIds)).filter((s) => s.state === 'manifested').map((s) => planCaseStep(s, 'remove_from_manifest'));
    await applyCaseStateChanges(trx, steps.map((s) => s.change), at);
    await deactivateManifestEntries(trx, transferId);
    await auditCaseTransitions(trx, steps, { actor, at, transferId, decisionIds: new Map() });
    const updated = await setTransferStatus(trx, transferId, { status, cancelledAt: at, cancelReason: reason }, at);
    await appendAudit(trx, { actor, action: 'transfer.cancel', resourceType: 'transfer', resourceId: transferId, details: { from: current.status, returnedToCleared: steps.length, version: updated.version }, at });
    return updated;
  });
}
