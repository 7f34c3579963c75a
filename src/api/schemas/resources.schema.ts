import { z } from 'zod';
import { AGREEMENT_STATUSES } from '../../core/agreement.js';
import { CASE_STATES, CLOSE_OUTCOMES } from '../../core/case.js';
import { VULNERABILITIES } from '../../core/person.js';

/** Response shapes. They document the API and are enforced on every response. */
export const personSchema = z
  .object({
    id: z.uuid(),
    externalId: z.string().nullable(),
    givenNames: z.string(),
    familyName: z.string(),
    aliases: z.array(z.string()).readonly(),
    birthDate: z.string().nullable(),
    nationalities: z.array(z.string()).readonly(),
    languages: z.array(z.string()).readonly(),
    vulnerabilities: z.array(z.enum(VULNERABILITIES)).readonly(),
    isDemo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Person' });

export const caseSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    personId: z.uuid(),
    state: z.enum(CASE_STATES),
    heldFromState: z.enum(CASE_STATES).nullable(),
    holdReason: z.string().nullable(),
    destinationCountry: z.string().nullable(),
    agreementId: z.uuid().nullable(),
    ruleSetId: z.string(),
    officerId: z.uuid().nullable(),
    counselId: z.uuid().nullable(),
    closeOutcome: z.enum(CLOSE_OUTCOMES).nullable(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    externalId: z.string().nullable(),
    isDemo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Case' });

const moneyOut = z.object({ amountMinor: z.number().int(), currency: z.string() });

export const agreementTermsOutSchema = z.object({
  eligibility: z.object({ excludedNationalities: z.array(z.string()).readonly(), excludedCategories: z.array(z.string()).readonly(), regionalPreferences: z.array(z.string()).readonly() }),
  capacity: z.object({ total: z.number().int().nullable(), perTransfer: z.number().int().nullable() }),
  payments: z.object({ perPerson: moneyOut.nullable(), lumpSums: z.array(z.object({ dueOn: z.string(), amount: moneyOut, label: z.string() })).readonly() }),
  requiredAssurances: z.array(z.string()).readonly(),
  monitoring: z.object({ welfareCheckDays: z.array(z.number().int()).readonly() }),
});

const sourceOut = z.object({ label: z.string(), url: z.string().optional() });

export const agreementSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    title: z.string(),
    sendingCountry: z.string(),
    receivingCountry: z.string(),
    status: z.enum(AGREEMENT_STATUSES),
    statusChangedAt: z.string(),
    effectiveFrom: z.string().nullable(),
    effectiveTo: z.string().nullable(),
    summary: z.string(),
    confidence: z.string(),
    sources: z.array(sourceOut).readonly(),
    isDemo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Agreement' });

export const agreementDetailSchema = z
  .object({
    agreement: agreementSchema,
    terms: z.array(
      z.object({
        versionNo: z.number().int(),
        effectiveFrom: z.string(),
        changeSummary: z.string(),
        terms: agreementTermsOutSchema,
        sourceDocuments: z.array(sourceOut).readonly(),
        createdAt: z.string(),
      }),
    ).readonly(),
  })
  .meta({ id: 'AgreementDetail' });

export const countrySchema = z.object({ code: z.string(), name: z.string() }).meta({ id: 'Country' });
