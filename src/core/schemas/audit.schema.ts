import { z } from 'zod';
import { instantSchema } from './primitives.schema.js';

/** Request schemas of the audit routes (src/api/routes/audit.routes.ts) and the audit CLI. */

const treeSize = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const checkpointListQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0).meta({ description: 'Return checkpoints with id greater than this (0: from the first)' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100).meta({ description: 'Page size (1-1000)' }),
});

export const inclusionProofQuerySchema = z.strictObject({
  seq: treeSize.meta({ description: 'Audit entry seq (leaf index seq - 1)' }),
  treeSize: treeSize.optional().meta({ description: 'Tree size the proof is for; default: the latest checkpoint' }),
});

export const consistencyProofQuerySchema = z.strictObject({
  from: treeSize.meta({ description: 'Older tree size (e.g. the size a witness last saw)' }),
  to: treeSize.optional().meta({ description: 'Newer tree size; default: the latest checkpoint' }),
});

/** `case:<uuid>` style reference used by the CLI (`waypoint audit report --resource case:<id>`). */
export const resourceReferenceSchema = z
  .string()
  .regex(/^[a-z][a-z_]{0,39}:[A-Za-z0-9._:-]{1,200}$/, 'must be <type>:<id>, e.g. case:3f2c…')
  .transform((value) => {
    const separator = value.indexOf(':');
    return { resourceType: value.slice(0, separator), resourceId: value.slice(separator + 1) };
  });

export const accessReportQuerySchema = z
  .strictObject({
    resourceType: z.string().regex(/^[a-z][a-z_]{0,39}$/).meta({ description: 'e.g. case, person, document' }),
    resourceId: z.string().min(1).max(200),
    from: instantSchema.meta({ description: 'Inclusive start' }),
    to: instantSchema.meta({ description: 'Exclusive end' }),
    limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  })
  .refine((query) => Date.parse(query.from) <= Date.parse(query.to), { error: 'from must not be after to', path: ['to'] });
