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

export const updatePersonSchema = createPersonSchema
  .omit({ externalId: true })
  .partial()
  .strict()
  .meta({ id: 'UpdatePerson' });
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;
