import { appendAudit } from '../../audit/audit-log.js';
import type { Agreement } from '../../core/agreement.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { UpdateAgreementInput } from '../../core/schemas/agreement.schema.js';
import { findAgreement, lockAgreement, updateAgreementRow } from '../../db/repositories/agreement.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { agreementResourceOf } from './read-agreements.js';
import { assertVersion } from '../versioning.js';

/** Descriptive fields only; terms change through amendments, status through its lifecycle. */
export async function updateAgreement(ctx: ServiceContext, principal: Principal, agreementId: string, expectedVersion: number, patch: UpdateAgreementInput): Promise<Agreement> {
  const before = await findAgreement(ctx.db, agreementId);
  if (!before) throw new AppError('not_found', `agreement ${agreementId} not found`, { agreementId });
  await requireAllowed(ctx, principal, 'agreement:write', agreementResourceOf(before));
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const current = await lockAgreement(trx, agreementId);
    if (!current) throw new AppError('not_found', `agreement ${agreementId} not found`, { agreementId });
    assertVersion('agreement', agreementId, current.version, expectedVersion);
    const updated = await updateAgreementRow(trx, agreementId, patch, at);
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'agreement.update',
      resourceType: 'agreement',
      resourceId: agreementId,
      details: { fields: Object.keys(patch).sort(), version: updated.version },
      at,
    });
    return updated;
  });
}
