import { z } from 'zod';
import { createUserSchema, usernameSchema } from '../../core/schemas/user.schema.js';
import { USER_ADMIN } from '../../core/access/resources.js';
import { listUsers } from '../../db/repositories/user.repository.js';
import { requireAllowed } from '../../services/access/authorize.js';
import { createApiToken, revokeApiToken } from '../../services/identity/api-tokens.js';
import { createUser } from '../../services/identity/create-user.js';
import { disableUser } from '../../services/identity/disable-user.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses } from '../schemas/common.schema.js';
import { issuedTokenSchema, userSchema } from '../schemas/identity.schema.js';

export function registerUserRoutes(app: AppInstance): void {
  const tags = ['users'];

  app.get(
    '/api/users',
    { schema: { tags, summary: 'List accounts (admin)', response: { 200: z.object({ items: z.array(userSchema).readonly() }), ...errorResponses(401, 403) } } },
    async (request) => {
      await requireAllowed(app.services, request.principal, 'user:admin', USER_ADMIN);
      return { items: await listUsers(app.services.db) };
    },
  );

  app.post(
    '/api/users',
    { schema: { tags, summary: 'Create an account (admin)', body: createUserSchema, response: { 201: userSchema, ...errorResponses(400, 401, 403, 409) } } },
    async (request, reply) => {
      const user = await createUser(app.services, request.principal, request.body);
      void reply.status(201);
      return user;
    },
  );

  app.post(
    '/api/users/:username/disable',
    { schema: { tags, summary: 'Disable an account; ends its sessions and tokens (admin)', params: z.strictObject({ username: usernameSchema }), response: { 200: userSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request) => disableUser(app.services, request.principal, request.params.username),
  );

  app.post(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: 'Issue an API token acting as a user; the token is shown once (admin)',
        body: z.strictObject({ username: usernameSchema, name: z.string().max(100).default('') }),
        response: { 201: issuedTokenSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const issued = await createApiToken(app.services, request.principal, request.body.username, request.body.name);
      void reply.status(201);
      return issued;
    },
  );

  app.delete(
    '/api/tokens/:id',
    { schema: { tags, summary: 'Revoke an API token (admin)', params: z.strictObject({ id: z.uuid() }), response: { 204: z.undefined(), ...errorResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      await revokeApiToken(app.services, request.principal, request.params.id);
      return reply.status(204).send();
    },
  );
}
