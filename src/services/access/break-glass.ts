import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { findCase } from '../../db/repositories/case.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { requireAllowed } from './authorize.js';
import { caseResourceOf } from './case-access.js';

/** How long a break-the-glass grant lasts: long enough to act in an emergency, short enough to need renewal. */
export const BREAK_GLASS_MINUTES = 60;

export interface BreakGlassGrantView {
  readonly id: string;
  readonly caseId: string;
  readonly reason: string;
  readonly grantedAt: string;
  readonly expiresAt: string;
}

/**
 * An officer opens a case outside their team with a stated reason. The grant
 * is time-limited, audited, and stays unreviewed until oversight reviews it.
 */
export async function grantBreakGlass(ctx: ServiceContext, principal: Principal, caseId: string, reason: string): Promise<BreakGlassGrantView> {
  const found = await findCase(ctx.db, caseId);
  if (!found) throw new AppError('not_found', `case ${caseId} not found`, { id: caseId });
  if (principal.userId === null) throw new AppError('forbidden', 'only a signed-in officer can break the glass', {});
  await requireAllowed(ctx, principal, 'case:break-glass', caseResourceOf(found));
  const at = nowInstant(ctx);
  const expiresAt = new Date(Date.parse(at) + BREAK_GLASS_MINUTES * 60_000).toISOString();
  const userId = principal.userId;
  return runWrite(ctx, async (trx) => {
    const row = await trx.insertInto('break_glass_grants').values({ user_id: userId, case_id: caseId, reason, granted_at: at, expires_at: expiresAt }).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'case.break_glass',
      resourceType: 'case',
      resourceId: caseId,
      details: { grantId: row.id, expiresAt, flaggedForOversight: true },
      at,
    });
    return { id: row.id, caseId, reason, grantedAt: at, expiresAt };
  });
}
