import { z } from 'zod';
import { signInSchema } from '../../core/schemas/user.schema.js';
import { AppError } from '../../core/errors.js';
import { principalOf } from '../../core/user.js';
import { LoginRateLimiter } from '../../services/identity/login-rate-limiter.js';
import { programAbilities } from '../../services/identity/program-abilities.js';
import { signIn, signOut } from '../../services/identity/sessions.js';
import type { AppInstance } from '../app-instance.js';
import { clearSessionCookie, setSessionCookie } from '../authentication.js';
import { errorResponses } from '../schemas/common.schema.js';
import { sessionSchema } from '../schemas/identity.schema.js';

export function registerSessionRoutes(app: AppInstance, options: { secureCookies: boolean; limiter?: LoginRateLimiter }): void {
  const tags = ['session'];
  const limiter = options.limiter ?? new LoginRateLimiter();

  app.post(
    '/api/session',
    {
      schema: { tags, summary: 'Sign in: sets an HTTP-only session cookie', body: signInSchema, response: { 200: sessionSchema, ...errorResponses(400, 401, 429) } },
      config: { public: true },
    },
    async (request, reply) => {
      const signedIn = await signIn(app.services, limiter, { ...request.body, remoteAddress: request.ip });
      setSessionCookie(reply, signedIn.sessionSecret, signedIn.expiresAt, options.secureCookies);
      return { user: signedIn.user, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt, abilities: programAbilities(app.services, principalOf(signedIn.user)) };
    },
  );

  app.get(
    '/api/session',
    { schema: { tags, summary: 'The current session and its CSRF token', response: { 200: sessionSchema, ...errorResponses(401) } } },
    (request) => {
      if (!request.session) throw new AppError('unauthenticated', 'not signed in with a session', {});
      return { user: request.session.user, csrfToken: request.session.csrfToken, abilities: programAbilities(app.services, request.principal) };
    },
  );

  app.delete(
    '/api/session',
    { schema: { tags, summary: 'Sign out', response: { 204: z.undefined(), ...errorResponses(401, 403) } } },
    async (request, reply) => {
      if (request.session) await signOut(app.services, request.session);
      clearSessionCookie(reply, options.secureCookies);
      return reply.status(204).send();
    },
  );
}
