import { z } from 'zod';
import { ERROR_CODES } from '../../core/errors.js';

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]]),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: 'Error', description: 'The one error shape of the API; `code` is stable, `message` is safe to show.' });

/** Declares the error responses a route may give, so the OpenAPI document lists them. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorResponseSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));
}

export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50).meta({ description: 'Page size (1-500)' }),
  cursor: z.string().max(400).optional().meta({ description: 'Opaque cursor from a previous page (keyset pagination)' }),
});

export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item).readonly(), nextCursor: z.string().nullable() }).meta({ id });
}

export const idParamsSchema = z.strictObject({ id: z.uuid() });

export const ifMatchHeadersSchema = z.object({
  'if-match': z.string().max(100).optional().meta({ description: 'ETag of the version the update is based on (required)' }),
});
