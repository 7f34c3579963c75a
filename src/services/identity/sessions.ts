import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { principalOf, type User } from '../../core/user.js';
import type { Principal } from '../../core/principal.js';
import { findUserByUsername, toUser } from '../../db/repositories/user.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import type { LoginRateLimiter } from './login-rate-limiter.js';
import { verifyPassword } from './password-hashing.js';
import { constantTimeEquals, newSecret, secretHash } from './secret-tokens.js';

/** Idle and absolute session lifetimes (OWASP session management guidance for sensitive systems). */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 3_600_000;

export interface SignedIn {
  readonly user: User;
  /** The cookie value: shown once, stored only as a hash. */
  readonly sessionSecret: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/**
 * Signs a user in. Unknown user, wrong password and disabled account give the
 * same answer after the same argon2 work, so neither message nor timing tells
 * whether an account exists.
 */
export async function signIn(ctx: ServiceContext, limiter: LoginRateLimiter, input: { username: string; password: string; remoteAddress: string }): Promise<SignedIn> {
  const nowMs = ctx.clock.now().getTime();
  limiter.assertAllowed(input.username, input.remoteAddress, nowMs);
  const found = await findUserByUsername(ctx.db, input.username);
  const passwordOk = await verifyPassword(found?.passwordHash ?? null, input.password);
  const at = nowInstant(ctx);
  if (!found || !passwordOk || !found.user.active) {
    limiter.recordFailure(input.username, input.remoteAddress, nowMs);
    await runWrite(ctx, (trx) =>
      appendAudit(trx, { actor: 'anonymous', action: 'session.sign_in_failed', resourceType: 'user', resourceId: found?.user.id ?? null, details: { remoteAddress: input.remoteAddress }, at }),
    );
    throw new AppError('unauthenticated', 'invalid username or password', {});
  }
  limiter.recordSuccess(input.username);
  const sessionSecret = newSecret('wps_');
  const csrfToken = newSecret();
  const expiresAt = new Date(nowMs + SESSION_ABSOLUTE_MS).toISOString();
  await runWrite(ctx, async (trx) => {
    await trx
      .insertInto('sessions')
      .values({ id_hash: secretHash(sessionSecret), user_id: found.user.id, csrf_token: csrfToken, created_at: at, last_seen_at: at, expires_at: expiresAt, remote_address: input.remoteAddress })
      .execute();
    await appendAudit(trx, { actor: `user:${found.user.username}`, action: 'session.sign_in', resourceType: 'user', resourceId: found.user.id, details: { remoteAddress: input.remoteAddress }, at });
  });
  return { user: found.user, sessionSecret, csrfToken, expiresAt };
}

export interface ResolvedSession {
  readonly principal: Principal;
  readonly user: User;
  readonly csrfToken: string;
  readonly sessionIdHash: string;
}

/**
 * The principal behind a session cookie, or null when the session is unknown,
 * ended, idle too long, past its absolute expiry, or its user is disabled.
 * Touches last_seen_at at most once a minute to keep reads cheap.
 */
export async function resolveSession(ctx: ServiceContext, sessionSecret: string): Promise<ResolvedSession | null> {
  const idHash = secretHash(sessionSecret);
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.csrf_token', 'sessions.last_seen_at', 'sessions.expires_at', 'sessions.ended_at'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row || row.ended_at !== null || !row.active) return null;
  const nowMs = ctx.clock.now().getTime();
  if (nowMs >= Date.parse(row.expires_at) || nowMs - Date.parse(row.last_seen_at) > SESSION_IDLE_MS) return null;
  if (nowMs - Date.parse(row.last_seen_at) > 60_000) {
    await ctx.db.updateTable('sessions').set({ last_seen_at: new Date(nowMs).toISOString() }).where('id_hash', '=', idHash).execute();
  }
  const user = toUser(row);
  return { principal: principalOf(user), user, csrfToken: row.csrf_token, sessionIdHash: idHash };
}

export async function signOut(ctx: ServiceContext, session: ResolvedSession): Promise<void> {
  const at = nowInstant(ctx);
  await runWrite(ctx, async (trx) => {
    await trx.updateTable('sessions').set({ ended_at: at }).where('id_hash', '=', session.sessionIdHash).execute();
    await appendAudit(trx, { actor: `user:${session.user.username}`, action: 'session.sign_out', resourceType: 'user', resourceId: session.user.id, details: {}, at });
  });
}

export function csrfMatches(session: ResolvedSession, presented: string | undefined): boolean {
  return presented !== undefined && constantTimeEquals(session.csrfToken, presented);
}
