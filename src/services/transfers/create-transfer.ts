import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { CreateTransferInput } from '../../core/schemas/transfer.schema.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import { findAgreement } from '../../db/repositories/agreement.repository.js';
import { insertTransfer, type TransferRecord } from '../../db/repositories/transfer.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { transferResourceOf } from './transfer-access.js';

/**
 * Plans a transfer under an agreement (status `planned`), run by the caller's agency; the caller
 * is its preparer (a different supervisor must lock the manifest). Throws not_found (agreement),
 * forbidden, duplicate (reference).
 *
 * @example await createTransfer(ctx, officer, { reference: 'SV-2025-01', agreementId, scheduledDeparture, carrier: '', flight: 'GX1', facility: 'CECOT', escortCount: 20 })
 */
export async function createTransfer(ctx: ServiceContext, principal: Principal, input: CreateTransferInput): Promise<TransferRecord> {
  const agreement = await findAgreement(ctx.db, input.agreementId);
  if (!agreement) throw new AppError('not_found', `agreement ${input.agreementId} not found`, { agreementId: input.agreementId });
  const agency = principal.agency ?? '';
  await requireAllowed(ctx, principal, 'transfer:write', transferResourceOf({ id: 'new', agency, agreementId: agreement.id, receivingCountry: agreement.receivingCountry }));
  const at = nowInstant(ctx);
  try {
    return await runWrite(ctx, async (trx) => {
      const created = await insertTransfer(trx, { ...input, preparedBy: principal.userId, agency }, at);
      await appendAudit(trx, {
        actor: actorRef(principal),
        action: 'transfer.create',
        resourceType: 'transfer',
        resourceId: created.id,
        details: { reference: created.reference, agreementId: created.agreementId, scheduledDeparture: created.scheduledDeparture, version: created.version },
        at,
      });
      return created;
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'transfer' });
  }
}
