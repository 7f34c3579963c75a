import { appendAudit } from '../../audit/audit-log.js';
import { USER_ADMIN } from '../../core/access/resources.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { User } from '../../core/user.js';
import { toUser } from '../../db/repositories/user.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

/** Disables an account and ends its sessions and tokens in the same transaction. */
export async function disableUser(ctx: ServiceContext, principal: Principal, username: string): Promise<User> {
  await requireAllowed(ctx, principal, 'user:admin', USER_ADMIN);
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const existing = await trx.selectFrom('users').selectAll().where('username', '=', username).forUpdate().executeTakeFirst();
    if (!existing) throw new AppError('not_found', `user ${username} not found`, { username });
    const row = await trx
      .updateTable('users')
      .set((eb) => ({ active: false, updated_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('sessions').set({ ended_at: at }).where('user_id', '=', existing.id).where('ended_at', 'is', null).execute();
    await trx.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', existing.id).where('revoked_at', 'is', null).execute();
    await appendAudit(trx, { actor: actorRef(principal), action: 'user.disable', resourceType: 'user', resourceId: existing.id, details: { username }, at });
    return toUser(row);
  });
}
