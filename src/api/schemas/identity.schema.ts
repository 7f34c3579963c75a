import { z } from 'zod';
import { CLASSIFICATIONS, ROLES } from '../../core/principal.js';

export const userSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    agency: z.string(),
    roles: z.array(z.enum(ROLES)).readonly(),
    clearance: z.enum(CLASSIFICATIONS),
    country: z.string().nullable(),
    distribution: z.array(z.string()).readonly(),
    active: z.boolean(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'User' });

export const sessionSchema = z
  .object({
    user: userSchema,
    csrfToken: z.string(),
    expiresAt: z.string().optional(),
    abilities: z.array(z.string()).readonly().meta({ description: 'Program-wide actions the user may take (reports, document search, rule sets, audit, user admin); the UI builds its navigation from these' }),
  })
  .meta({ id: 'Session', description: 'The signed-in user and the CSRF token to send as x-csrf-token on state-changing requests.' });

export const issuedTokenSchema = z.object({ id: z.uuid(), username: z.string(), token: z.string() }).meta({ id: 'IssuedToken' });
