import { z } from 'zod';
import { AGREEMENT_STATUSES } from '../../core/agreement.js';
import { CASE_STATES, CLOSE_OUTCOMES } from '../../core/case.js';
import { VULNERABILITIES } from '../../core/person.js';

/** A field the caller may not see: its value is replaced by this marker, naming the field group. */
export const redactedFieldSchema = z
  .object({ redacted: z.literal(true), group: z.string() })
  .meta({ id: 'RedactedField', description: 'The value is withheld by policy for this caller; `group` names the field group.' });

function personal<T extends z.ZodType>(schema: T) {
  return z.union([schema, redactedFieldSchema]);
}

/** Response shapes. They document the API and are enforced on every response. */
export const personSchema = z
  .object({
    id: z.uuid(),
    externalId: personal(z.string().nullable()),
    givenNames: personal(z.string()),
    familyName: personal(z.string()),
    aliases: personal(z.array(z.string()).readonly()),
    birthDate: personal(z.string().nullable()),
    nationalities: personal(z.array(z.string()).readonly()),
    languages: personal(z.array(z.string()).readonly()),
    vulnerabilities: personal(z.array(z.enum(VULNERABILITIES)).readonly()),
    erased: z.boolean().meta({ description: 'The person was erased by law (their data key destroyed): every sealed field reads `{ redacted: true, group: "erased" }`' }),
    isDemo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Person' });

export const personDetailSchema = personSchema.extend(viewFieldsForPerson()).meta({ id: 'PersonDetail' });

function viewFieldsForPerson() {
  return {
    abilities: z.array(z.string()).readonly().meta({ description: 'Actions the caller may take on this record now' }),
    fieldGroups: z.array(z.string()).readonly().meta({ description: 'Field groups shown to the caller; others are redacted' }),
  };
}

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
    teamIds: z.array(z.uuid()).readonly(),
    counselId: z.uuid().nullable(),
    agency: z.string(),
    closeOutcome: z.enum(CLOSE_OUTCOMES).nullable(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    externalId: personal(z.string().nullable()),
    isDemo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Case' });

/** Read-side additions: what the caller may do and see (the server decides; the UI never re-derives policy). */
const viewFields = {
  abilities: z.array(z.string()).readonly().meta({ description: 'Actions the caller may take on this record now' }),
  fieldGroups: z.array(z.string()).readonly().meta({ description: 'Field groups shown to the caller; others are redacted' }),
};

export const caseDetailSchema = caseSchema
  .extend({ ...viewFields, breakGlass: z.boolean().meta({ description: 'Read only through a break-the-glass grant (flagged for oversight)' }) })
  .meta({ id: 'CaseDetail', description: 'A case as the caller may see it, with the caller\'s abilities.' });

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
