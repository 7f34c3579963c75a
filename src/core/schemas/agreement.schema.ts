import { z } from 'zod';
import { AGREEMENT_STATUSES } from '../agreement.js';
import { calendarDateSchema, countryCodeSchema, moneySchema, textSchema } from './primitives.schema.js';

export const sourceReferenceSchema = z.strictObject({ label: textSchema(300).min(1), url: textSchema(500).optional() });

export const agreementTermsSchema = z
  .strictObject({
    eligibility: z
      .strictObject({
        excludedNationalities: z.array(countryCodeSchema).default([]),
        excludedCategories: z.array(textSchema(100)).default([]),
        regionalPreferences: z.array(textSchema(100)).default([]),
      })
      .default({ excludedNationalities: [], excludedCategories: [], regionalPreferences: [] }),
    capacity: z
      .strictObject({ total: z.number().int().nonnegative().nullable().default(null), perTransfer: z.number().int().positive().nullable().default(null) })
      .default({ total: null, perTransfer: null }),
    payments: z
      .strictObject({
        perPerson: moneySchema.nullable().default(null),
        lumpSums: z.array(z.strictObject({ dueOn: calendarDateSchema, amount: moneySchema, label: textSchema(200) })).default([]),
      })
      .default({ perPerson: null, lumpSums: [] }),
    requiredAssurances: z.array(textSchema(200)).default([]),
    monitoring: z.strictObject({ welfareCheckDays: z.array(z.number().int().positive().max(3650)).default([]) }).default({ welfareCheckDays: [] }),
  })
  .meta({ id: 'AgreementTerms' });

export const createAgreementSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9-]{3,64}$/, { error: 'lowercase letters, digits and dashes, 3-64 characters' }),
    title: textSchema(300).min(1),
    sendingCountry: countryCodeSchema,
    receivingCountry: countryCodeSchema,
    status: z.enum(AGREEMENT_STATUSES).default('proposed'),
    effectiveFrom: calendarDateSchema.nullable().default(null),
    effectiveTo: calendarDateSchema.nullable().default(null),
    summary: textSchema(5000).default(''),
    confidence: textSchema(500).default(''),
    sources: z.array(sourceReferenceSchema).max(50).default([]),
    terms: agreementTermsSchema.optional(),
  })
  .meta({ id: 'CreateAgreement' });
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

export const updateAgreementSchema = z
  .strictObject({ title: textSchema(300).min(1), summary: textSchema(5000), confidence: textSchema(500), sources: z.array(sourceReferenceSchema).max(50) })
  .partial()
  .meta({ id: 'UpdateAgreement' });
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;
