import { appendAudit } from '../../audit/audit-log.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { planTransferStep } from '../../core/transfers/transfer-lifecycle.js';
import { lockTransfer, setTransferStatus, type TransferRecord } from '../../db/repositories/transfer.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertVersion } from '../versioning.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';

/**
 * Closes an arrived transfer (monitoring continues per case). Throws transfer_step_not_allowed,
 * precondition_failed, not_found, forbidden.
 *
 * @example await closeTransfer(ctx, officer, transferId, 5)
 */
export async function closeTransfer(ctx: ServiceContext, principal: Principal, transferId: string, expectedVersion: number): Promise<TransferRecord> {
  await authorizeTransferAction(ctx, principal, transferId, 'transfer:write');
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const current = requireTransfer(await lockTransfer(trx, transferId), transferId);
    assertVersion('transfer', transferId, current.version, expectedVersion);
    const status = planTransferStep(current.status, 'close');
    const updated = await setTransferStatus(trx, transferId, { status, closedAt: at }, at);
    await appendAudit(trx, { actor: actorRef(principal), action: 'transfer.close', resourceType: 'transfer', resourceId: transferId, details: { version: updated.version }, at });
    return updated;
  });
}
