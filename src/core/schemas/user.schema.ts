import { z } from 'zod';
import { CLASSIFICATIONS, ROLES } from '../principal.js';
import { countryCodeSchema, textSchema } from './primitives.schema.js';

export const usernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, { error: 'lowercase letters, digits, dot, dash and underscore; 2-64 characters' });

/** NIST SP 800-63B: length over composition rules; 12 is the floor, 256 stops hashing abuse. */
export const passwordSchema = z.string().min(12, { error: 'at least 12 characters' }).max(256);

export const createUserSchema = z
  .strictObject({
    username: usernameSchema,
    displayName: textSchema(200).min(1).optional(),
    agency: textSchema(100).default(''),
    roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
    clearance: z.enum(CLASSIFICATIONS).default('UNCLASSIFIED'),
    country: countryCodeSchema.nullable().default(null),
    distribution: z.array(textSchema(100).min(1)).max(50).default([]),
    password: passwordSchema,
  })
  .refine((user) => !user.roles.includes('receiving_liaison') || user.country !== null, {
    error: 'a receiving liaison needs the country they work for',
    path: ['country'],
  })
  .meta({ id: 'CreateUser' });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const signInSchema = z.strictObject({ username: z.string().max(64), password: z.string().max(256) }).meta({ id: 'SignIn' });
