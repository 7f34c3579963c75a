import { appendAudit } from '../../audit/audit-log.js';
import { TOKEN_ADMIN } from '../../core/access/resources.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { principalOf, type User } from '../../core/user.js';
import { toUser } from '../../db/repositories/user.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { newSecret, secretHash } from './secret-tokens.js';

export interface IssuedToken {
  readonly id: string;
  readonly username: string;
  /** Shown exactly once; only its SHA-256 is stored. */
  readonly token: string;
}

/** Issues an API token that acts as the named user (machine clients send `Authorization: Bearer <token>`). */
export async function createApiToken(ctx: ServiceContext, principal: Principal, username: string, name = ''): Promise<IssuedToken> {
  await requireAllowed(ctx, principal, 'token:admin', TOKEN_ADMIN);
  const token = newSecret('wpt_');
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'active']).where('username', '=', username).executeTakeFirst();
    if (!user) throw new AppError('not_found', `user ${username} not found`, { username });
    if (!user.active) throw new AppError('conflict', `user ${username} is disabled`, { username });
    const row = await trx.insertInto('api_tokens').values({ user_id: user.id, name, token_hash: secretHash(token), created_at: at }).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, { actor: actorRef(principal), action: 'token.create', resourceType: 'api_token', resourceId: row.id, details: { userId: user.id, name }, at });
    return { id: row.id, username, token };
  });
}

export async function revokeApiToken(ctx: ServiceContext, principal: Principal, tokenId: string): Promise<void> {
  await requireAllowed(ctx, principal, 'token:admin', TOKEN_ADMIN);
  const at = nowInstant(ctx);
  await runWrite(ctx, async (trx) => {
    const revoked = await trx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', tokenId).where('revoked_at', 'is', null).returning('id').executeTakeFirst();
    if (!revoked) throw new AppError('not_found', `token ${tokenId} not found or already revoked`, { tokenId });
    await appendAudit(trx, { actor: actorRef(principal), action: 'token.revoke', resourceType: 'api_token', resourceId: tokenId, details: {}, at });
  });
}

/** The principal behind a bearer token; null for an unknown or revoked token or a disabled user. */
export async function resolveApiToken(ctx: ServiceContext, token: string): Promise<{ principal: Principal; user: User } | null> {
  const row = await ctx.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.revoked_at'])
    .where('api_tokens.token_hash', '=', secretHash(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || !row.active) return null;
  const user = toUser(row);
  return { principal: principalOf(user), user };
}
