import { sql } from 'kysely';
import { z } from 'zod';
import type { AppInstance } from '../app-instance.js';
import { errorResponses } from '../schemas/common.schema.js';

export function registerHealthRoutes(app: AppInstance): void {
  app.get(
    '/healthz',
    { schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: z.object({ status: z.literal('ok') }) } }, config: { public: true } },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers and the schema is current',
        response: { 200: z.object({ status: z.literal('ready'), database: z.string() }), ...errorResponses(503) },
      },
      config: { public: true },
    },
    async () => {
      await sql`select 1`.execute(app.services.db);
      return { status: 'ready' as const, database: app.databaseKind };
    },
  );
}
