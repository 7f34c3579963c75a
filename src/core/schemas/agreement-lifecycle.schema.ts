import { z } from 'zod';
import { AGREEMENT_STATUSES } from '../agreement.js';
import { agreementTermsSchema, sourceReferenceSchema } from './agreement.schema.js';
import { calendarDateSchema, textSchema } from './primitives.schema.js';

/** A dated status change; `effectiveOn` defaults to today. */
export const changeAgreementStatusSchema = z
  .strictObject({ status: z.enum(AGREEMENT_STATUSES), effectiveOn: calendarDateSchema.optional(), reason: textSchema(2000).min(1) })
  .meta({ id: 'ChangeAgreementStatus' });
export type ChangeAgreementStatusInput = z.infer<typeof changeAgreementStatusSchema>;

/**
 * An amendment: the FULL new terms (not a patch), so every version stands
 * on its own and can be read, hashed and compared without replaying history;
 * omitted sections take their empty defaults.
 */
export const amendAgreementSchema = z
  .strictObject({
    effectiveFrom: calendarDateSchema,
    changeSummary: textSchema(2000).min(1),
    terms: agreementTermsSchema,
    sourceDocuments: z.array(sourceReferenceSchema).max(50).default([]),
  })
  .meta({ id: 'AmendAgreement' });
export type AmendAgreementInput = z.infer<typeof amendAgreementSchema>;
