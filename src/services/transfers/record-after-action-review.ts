import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { AfterActionReviewInput } from '../../core/schemas/transfer.schema.js';
import { findAfterActionReview, lockTransfer, upsertAfterActionReview, type AfterActionReview } from '../../db/repositories/transfer.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';

/**
 * Writes the after-action review of a transfer that departed (what happened, deviations, findings,
 * follow-ups, linked document ids); a later call replaces it as a new version (If-Match when one
 * exists). Throws transfer_step_not_allowed before departure, not_found (a linked document),
 * precondition_required/failed, forbidden.
 *
 * @example await recordAfterActionReview(ctx, officer, transferId, undefined, { summary: '...', deviations: [], findings: [], followUps: [], documentIds: [] })
 */
export async function recordAfterActionReview(ctx: ServiceContext, principal: Principal, transferId: string, expectedVersion: number | undefined, input: AfterActionReviewInput): Promise<AfterActionReview> {
  await authorizeTransferAction(ctx, principal, transferId, 'transfer:write');
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  return runWrite(ctx, async (trx) => {
    const transfer = requireTransfer(await lockTransfer(trx, transferId), transferId);
    if (!['departed', 'arrived', 'closed', 'cancelled'].includes(transfer.status)) {
      throw new AppError('transfer_step_not_allowed', `a ${transfer.status} transfer has no after-action review yet`, { status: transfer.status, step: 'review', allowedFrom: ['departed', 'arrived', 'closed', 'cancelled'] });
    }
    const existing = await findAfterActionReview(trx, transferId);
    if (existing && expectedVersion === undefined) throw new AppError('precondition_required', 'replacing a review needs If-Match', {});
    if (existing && expectedVersion !== existing.version) throw new AppError('precondition_failed', `review is at version ${existing.version}`, { expected: expectedVersion, actual: existing.version });
    const documentIds = [...new Set(input.documentIds)];
    if (documentIds.length > 0) {
      const found = await trx.selectFrom('documents').select('id').where('id', 'in', documentIds).execute();
      const missing = documentIds.filter((id) => !found.some((f) => f.id === id));
      if (missing.length > 0) throw new AppError('not_found', `${missing.length} linked documents do not exist`, { documentIds: missing });
    }
    const review = await upsertAfterActionReview(trx, transferId, { ...input, documentIds }, actor, at);
    await appendAudit(trx, {
      actor,
      action: 'transfer.after_action_review',
      resourceType: 'transfer',
      resourceId: transferId,
      details: { version: review.version, deviations: input.deviations.length, findings: input.findings.length, followUps: input.followUps.length, documentIds },
      at,
    });
    return review;
  });
}
