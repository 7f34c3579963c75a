import type { Action } from '../../core/access/actions.js';
import type { TransferResource } from '../../core/access/resources.js';
import type { DecisionContext } from '../../access/decision.js';
import { AppError } from '../../core/errors.js';
import type { Principal } from '../../core/principal.js';
import { findTransfer, type TransferRecord } from '../../db/repositories/transfer.repository.js';
import { requireAllowed } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The policy's view of a transfer: the agency that runs it and the receiving state. */
export function transferResourceOf(record: Pick<TransferRecord, 'id' | 'agency' | 'agreementId' | 'receivingCountry'>): TransferResource {
  return { type: 'Transfer', id: record.id, agency: record.agency, agreementId: record.agreementId, receivingCountry: record.receivingCountry };
}

/**
 * Loads a transfer and checks one action on it before the use case opens its transaction
 * (404 when the caller may not know it exists, 403 otherwise).
 *
 * @example const transfer = await authorizeTransferAction(ctx, principal, id, 'transfer:depart');
 */
export async function authorizeTransferAction(ctx: ServiceContext, principal: Principal, transferId: string, action: Action, context?: DecisionContext): Promise<TransferRecord> {
  const found = await findTransfer(ctx.db, transferId);
  if (!found) throw new AppError('not_found', `transfer ${transferId} not found`, { id: transferId });
  await requireAllowed(ctx, principal, action, transferResourceOf(found), context);
  return found;
}

/** Refuses with not_found when the transfer vanished between the check and the lock. */
export function requireTransfer(record: TransferRecord | undefined, transferId: string): TransferRecord {
  if (!record) throw new AppError('not_found', `transfer ${transferId} not found`, { id: transferId });
  return record;
}
