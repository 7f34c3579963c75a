import { appendAudit } from '../../audit/audit-log.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { UpdateTransferInput } from '../../core/schemas/transfer.schema.js';
import { assertManifestEditable } from '../../core/transfers/transfer-lifecycle.js';
import { findTransfer, lockTransfer, updateTransferFields, type TransferRecord } from '../../db/repositories/transfer.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertVersion } from '../versioning.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';

/**
 * Changes the plan (departure time, carrier, flight, facility, escorts) while the transfer is
 * `planned`; a locked manifest was evaluated for its departure time and cannot move.
 * Throws not_found, forbidden, precondition_failed, transfer_step_not_allowed.
 *
 * @example await updateTransfer(ctx, principal, id, 3, { flight: 'GX2' })
 */
export async function updateTransfer(ctx: ServiceContext, principal: Principal, transferId: string, expectedVersion: number, patch: UpdateTransferInput): Promise<TransferRecord> {
  await authorizeTransferAction(ctx, principal, transferId, 'transfer:write');
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const current = requireTransfer(await lockTransfer(trx, transferId), transferId);
    assertVersion('transfer', transferId, current.version, expectedVersion);
    assertManifestEditable(current.status);
    const fields = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    await updateTransferFields(trx, transferId, fields, at);
    const updated = requireTransfer(await findTransfer(trx, transferId), transferId);
    await appendAudit(trx, { actor: actorRef(principal), action: 'transfer.update', resourceType: 'transfer', resourceId: transferId, details: { fields: Object.keys(fields).sort(), version: updated.version }, at });
    return updated;
  });
}
