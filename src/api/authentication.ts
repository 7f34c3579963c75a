import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';
import { ANONYMOUS_PRINCIPAL } from '../core/principal.js';
import { resolveApiToken } from '../services/identity/api-tokens.js';
import { csrfMatches, resolveSession, type ResolvedSession } from '../services/identity/sessions.js';
import type { AppInstance } from './app-instance.js';
import type { PrincipalResolver } from './request-principal.js';

export const SESSION_COOKIE = 'wp_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The server-side session behind the cookie, when the caller signed in with one. */
    session: ResolvedSession | null;
  }
}

export interface AuthenticationOptions {
  /** Tests may fix the principal; production resolves sessions and tokens. */
  readonly resolvePrincipal?: PrincipalResolver | undefined;
  /** Sets `Secure` on the cookie (serve behind TLS). */
  readonly secureCookies: boolean;
}

/**
 * Who is calling: a bearer token (machine clients), else the session cookie,
 * else anonymous. Non-public routes refuse anonymous callers with 401;
 * state-changing requests authenticated by cookie must echo the session's
 * CSRF token in `x-csrf-token` (bearer tokens are not sent by browsers
 * automatically, so they need none).
 */
export async function registerAuthentication(app: AppInstance, options: AuthenticationOptions): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('session', null);

  app.addHook('preHandler', async (request) => {
    // Outside /api (health, docs, the UI's static files) nothing is personal; inside, routes opt in to being public.
    const isPublic = !request.url.startsWith('/api/') || request.routeOptions.config.public === true;
    if (options.resolvePrincipal) {
      request.principal = await options.resolvePrincipal(request);
      return;
    }
    request.principal = ANONYMOUS_PRINCIPAL;
    const bearer = bearerToken(request);
    if (bearer !== null) {
      const resolved = await resolveApiToken(app.services, bearer);
      if (!resolved) throw new AppError('unauthenticated', 'the API token is unknown, revoked, or its user is disabled', {});
      request.principal = resolved.principal;
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) {
      const session = await resolveSession(app.services, cookie);
      if (session) {
        request.session = session;
        request.principal = session.principal;
        if (!SAFE_METHODS.has(request.method) && !csrfMatches(session, headerValue(request, CSRF_HEADER))) {
          throw new AppError('csrf_failed', `this request needs the ${CSRF_HEADER} header from GET /api/session`, {});
        }
        return;
      }
    }
    if (!isPublic) throw new AppError('unauthenticated', cookie ? 'your session has expired; sign in again' : 'sign in first', { expired: Boolean(cookie) });
  });
}

export function setSessionCookie(reply: FastifyReply, secret: string, expiresAt: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'strict', secure, path: '/', expires: new Date(expiresAt) });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new AppError('unauthenticated', 'Authorization must be "Bearer <token>"', {});
  return match[1];
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
