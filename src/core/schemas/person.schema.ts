import { z } from 'zod';
import { VULNERABILITIES } from '../person.js';
import { calendarDateSchema, countryCodeSchema, languageCodeSchema, textSchema } from './primitives.schema.js';

export const createPersonSchema = z
  .strictObject({
    givenNames: textSchema(200).min(1),
    familyName: textSchema(200).min(1),
    aliases: z.array(textSchema(200).min(1)).max(20).default([]),
    birthDate: calendarDateSchema.nullable().default(null),
    nationalities: z.array(countryCodeSchema).max(5).default([]),
    languages: z.array(languageCodeSchema).max(10).default([]),
    vulnerabilities: z.array(z.enum(VULNERABILITIES)).max(VULNERABILITIES.length).default([]),
    externalId: textSchema(100).min(1).nullable().default(null),
  })
  .meta({ id: 'CreatePerson', description: 'A person facing removal. Fictional in demo data.' });
export type CreatePersonInput = z.infer<typeof createPersonSchema>;

/**
 * A patch: only the fields sent change. Declared without the create schema's defaults — `.partial()` keeps
 * them, so a patch of one field used to reset aliases, birth date and the lists to their defaults.
 */
export const updatePersonSchema = z
  .strictObject({
    givenNames: textSchema(200).min(1).optional(),
    familyName: textSchema(200).min(1).optional(),
    aliases: z.array(textSchema(200).min(1)).max(20).optional(),
    birthDate: calendarDateSchema.nullable().optional(),
    nationalities: z.array(countryCodeSchema).max(5).optional(),
    languages: z.array(languageCodeSchema).max(10).optional(),
    vulnerabilities: z.array(z.enum(VULNERABILITIES)).max(VULNERABILITIES.length).optional(),
  })
  .meta({ id: 'UpdatePerson' });
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;

/**
 * The legal grounds an erasure may cite, as codes (recorded in the `person.erase` audit entry, so never free text
 * about the person): `gdpr-art17` the right to erasure, `retention-expired` the retention period ended,
 * `court-order` a court ordered the data erased.
 */
export const ERASURE_LEGAL_BASES = ['gdpr-art17', 'retention-expired', 'court-order'] as const;
export type ErasureLegalBasis = (typeof ERASURE_LEGAL_BASES)[number];

export const erasePersonSchema = z
  .strictObject({ legalBasis: z.enum(ERASURE_LEGAL_BASES).meta({ description: 'The legal ground, as a code' }) })
  .meta({ id: 'ErasePerson', description: "Crypto-shreds a person: their data key is destroyed, their personal fields can never be read again." });
export type ErasePersonInput = z.infer<typeof erasePersonSchema>;
