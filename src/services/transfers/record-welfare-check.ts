import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { completeWelfareCheck, lockWelfareCheck, type WelfareCheck } from '../../db/repositories/transfer.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { authorizeTransferAction } from './transfer-access.js';

/**
 * Records the result of a scheduled welfare check (the notes stay out of the audit log).
 * Throws not_found, conflict (already recorded), forbidden.
 *
 * @example await recordWelfareCheck(ctx, officer, checkId, { result: 'well', notes: '' })
 */
export async function recordWelfareCheck(ctx: ServiceContext, principal: Principal, checkId: string, outcome: { readonly result: 'well' | 'concern' | 'unreachable'; readonly notes: string }): Promise<WelfareCheck> {
  const check = await ctx.db.selectFrom('welfare_checks').select(['transfer_id']).where('id', '=', checkId).executeTakeFirst();
  if (!check) throw new AppError('not_found', `welfare check ${checkId} not found`, { id: checkId });
  await authorizeTransferAction(ctx, principal, check.transfer_id, 'transfer:write');
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  return runWrite(ctx, async (trx) => {
    const current = await lockWelfareCheck(trx, checkId);
    if (!current) throw new AppError('not_found', `welfare check ${checkId} not found`, { id: checkId });
    if (current.status !== 'scheduled') throw new AppError('conflict', `welfare check ${checkId} is already ${current.status}`, { status: current.status });
    const updated = await completeWelfareCheck(trx, checkId, { ...outcome, recordedBy: actor }, at);
    await appendAudit(trx, { actor, action: 'transfer.welfare_check', resourceType: 'case', resourceId: current.caseId, details: { checkId, transferId: current.transferId, dayOffset: current.dayOffset, result: outcome.result }, at });
    return updated;
  });
}
