import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseKind } from '../db/database.js';
import type { ServiceContext } from '../services/context.js';

/** The Fastify instance every route module receives: typed by zod, carrying the services. */
export type AppInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

declare module 'fastify' {
  interface FastifyInstance {
    services: ServiceContext;
    databaseKind: DatabaseKind;
  }
  interface FastifyContextConfig {
    /** Routes reachable without sign-in (health, docs, public report, sign-in itself). */
    public?: boolean;
  }
}
