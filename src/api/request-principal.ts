import type { FastifyRequest } from 'fastify';
import type { Principal } from '../core/principal.js';

/**
 * How a request becomes a Principal. The foundation resolves every request
 * to the configured operator actor; sign-in (sessions, tokens) replaces this
 * resolver without touching the routes.
 */
export type PrincipalResolver = (request: FastifyRequest) => Promise<Principal>;

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}
