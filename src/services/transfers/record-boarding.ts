import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { boardingsNotOnManifest, reconcileBoarding, type BoardingReconciliation } from '../../core/transfers/boarding-reconciliation.js';
import { insertBoardingRecords, listBoardedCaseIds, listDepartureRemovals, listManifestCaseIds, lockTransfer } from '../../db/repositories/transfer.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';

/**
 * Records persons (by case) as boarded on a departed transfer and returns the reconciliation with
 * the manifest. Anyone not on the manifest after the departure gate is REFUSED: not_on_manifest
 * (409, details.caseIds; nothing written). Boarding someone twice is harmless (first record kept).
 * Throws transfer_step_not_allowed unless the transfer is `departed`.
 *
 * @example const reconciliation = await recordBoarding(ctx, officer, transferId, caseIds); reconciliation.notBoarded
 */
export async function recordBoarding(ctx: ServiceContext, principal: Principal, transferId: string, caseIds: readonly string[]): Promise<BoardingReconciliation> {
  await authorizeTransferAction(ctx, principal, transferId, 'transfer:depart');
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  return runWrite(ctx, async (trx) => {
    const transfer = requireTransfer(await lockTransfer(trx, transferId), transferId);
    if (transfer.status !== 'departed') {
      throw new AppError('transfer_step_not_allowed', `boarding is recorded on a departed transfer, not a ${transfer.status} one`, { status: transfer.status, step: 'board', allowedFrom: ['departed'] });
    }
    const [manifest, removals] = await Promise.all([listManifestCaseIds(trx, transferId), listDepartureRemovals(trx, transferId)]);
    const removed = removals.map((r) => r.caseId);
    const refused = boardingsNotOnManifest({ manifest, removedAtDeparture: removed, requested: caseIds });
    if (refused.length > 0) {
      throw new AppError('not_on_manifest', `${refused.length} boarded persons are not on manifest ${transfer.reference}`, { caseIds: refused }, 'Someone not on the manifest cannot board.');
    }
    const recorded = await insertBoardingRecords(trx, transferId, [...new Set(caseIds)].sort(), actor, at);
    const boarded = await listBoardedCaseIds(trx, transferId);
    await appendAudit(trx, { actor, action: 'transfer.boarding', resourceType: 'transfer', resourceId: transferId, details: { recorded, boarded: boarded.length }, at });
    return reconcileBoarding({ manifest: [...manifest, ...removed], removedAtDeparture: removed, boarded });
  });
}
