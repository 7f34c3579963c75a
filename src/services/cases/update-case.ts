import { appendAudit } from '../../audit/audit-log.js';
import type { Case } from '../../core/case.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { UpdateCaseInput } from '../../core/schemas/case.schema.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import { findCase, lockCase, updateCaseAssignment } from '../../db/repositories/case.repository.js';
import { assertStillAllowed, requireAllowed } from '../access/authorize.js';
import { caseResourceOf } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertVersion } from '../versioning.js';

/** Changes who works a case (officer, counsel) under If-Match. */
export async function updateCase(ctx: ServiceContext, principal: Principal, caseId: string, expectedVersion: number, patch: UpdateCaseInput): Promise<Case> {
  const before = await findCase(ctx.db, caseId);
  if (!before) throw new AppError('not_found', `case ${caseId} not found`, { id: caseId });
  await requireAllowed(ctx, principal, 'case:update', caseResourceOf(before));
  const at = nowInstant(ctx);
  try {
    return await runWrite(ctx, async (trx) => {
      const current = await lockCase(trx, caseId);
      if (!current) throw new AppError('not_found', `case ${caseId} not found`, { id: caseId });
      assertStillAllowed(ctx, principal, 'case:update', caseResourceOf(current));
      assertVersion('case', caseId, current.version, expectedVersion);
      const updated = await updateCaseAssignment(trx, caseId, patch, at);
      await appendAudit(trx, {
        actor: actorRef(principal),
        action: 'case.update',
        resourceType: 'case',
        resourceId: caseId,
        details: { ...patch, version: updated.version },
        at,
      });
      return updated;
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'case' });
  }
}
