import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { assertManifestEditable } from '../../core/transfers/transfer-lifecycle.js';
import { listCaseSubjects } from '../../db/repositories/case-facts.repository.js';
import { applyCaseStateChanges, deactivateManifestEntries, listManifestCaseIds, lockCasesForUpdate, lockTransfer, touchTransfer } from '../../db/repositories/transfer.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import type { ManifestChange } from './add-to-manifest.js';
import { auditCaseTransitions, planCaseStep } from './case-steps.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';

/**
 * Takes cases off a planned transfer's manifest; manifested ones go back to `cleared`
 * (`remove_from_manifest`; a case on hold stays on hold). Throws not_on_manifest (nothing
 * written), transfer_step_not_allowed, not_found, forbidden.
 *
 * @example await removeFromManifest(ctx, officer, transferId, [caseA])
 */
export async function removeFromManifest(ctx: ServiceContext, principal: Principal, transferId: string, caseIds: readonly string[]): Promise<ManifestChange> {
  await authorizeTransferAction(ctx, principal, transferId, 'transfer:write');
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  const requested = [...new Set(caseIds)].sort();
  return runWrite(ctx, async (trx) => {
    const transfer = requireTransfer(await lockTransfer(trx, transferId), transferId);
    assertManifestEditable(transfer.status);
    const onManifest = new Set(await listManifestCaseIds(trx, transferId));
    const missing = requested.filter((id) => !onManifest.has(id));
    if (missing.length > 0) throw new AppError('not_on_manifest', `${missing.length} cases are not on manifest ${transfer.reference}`, { caseIds: missing });
    await lockCasesForUpdate(trx, requested);
    const steps = (await listCaseSubjects(trx, requested)).filter((s) => s.state === 'manifested').map((s) => planCaseStep(s, 'remove_from_manifest'));
    await applyCaseStateChanges(trx, steps.map((s) => s.change), at);
    await deactivateManifestEntries(trx, transferId, requested);
    await touchTransfer(trx, transferId, principal.userId, at);
    await auditCaseTransitions(trx, steps, { actor, at, transferId, decisionIds: new Map() });
    await appendAudit(trx, { actor, action: 'transfer.manifest_remove', resourceType: 'transfer', resourceId: transferId, details: { caseIds: requested, count: requested.length }, at });
    return { transfer: requireTransfer(await lockTransfer(trx, transferId), transferId), caseIds: requested };
  });
}
