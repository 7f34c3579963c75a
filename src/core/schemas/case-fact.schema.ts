import { z } from 'zod';
import { COURT_ORDER_KINDS, FEAR_OUTCOMES, caseFactsSchema } from '../safeguards/case-facts.js';
import { countryCodeSchema, instantSchema, textSchema, uuidSchema } from './primitives.schema.js';

/**
 * Request schemas for recording case facts, one per kind, derived from the CaseFacts snapshot shape
 * (src/core/safeguards/case-facts.ts) so that a recorded payload always fits the snapshot the
 * safeguards read. Ids are assigned by the server (the fact row id), never sent.
 *
 * Warning: payloads are stored as jsonb in case_facts; keep kinds and fields backward compatible.
 */
const shape = caseFactsSchema.shape;
const fearClaimShape = shape.fearClaims.element.shape;

export const CASE_FACT_KINDS = [
  'removal_order',
  'designation_record',
  'fear_claim',
  'fear_outcome',
  'reasonable_fear_interview',
  'reopening',
  'protection',
  'notice',
  'assurance',
  'receiving_consent',
  'individual_assessment',
  'vulnerability_review',
  'exigent_circumstances',
  'monitoring_plan',
] as const;
export type CaseFactKind = (typeof CASE_FACT_KINDS)[number];

const fearClaimReference = { fearClaimId: uuidSchema.meta({ description: 'id of the fear_claim fact' }) };

export const CASE_FACT_PAYLOAD_SCHEMAS = {
  removal_order: z.strictObject(shape.removalOrder.unwrap().shape),
  designation_record: z.strictObject({ steps: z.array(z.strictObject(shape.designation.element.shape)).min(1).max(20) }),
  fear_claim: z.strictObject({ country: countryCodeSchema, claimedAt: instantSchema }),
  fear_outcome: z.strictObject({ ...fearClaimReference, outcome: z.enum(FEAR_OUTCOMES), decidedAt: instantSchema.nullable() }),
  reasonable_fear_interview: z.strictObject({ ...fearClaimReference, ...fearClaimShape.reasonableFearInterview.unwrap().shape }),
  reopening: z.strictObject({ ...fearClaimReference, ...fearClaimShape.reopening.unwrap().shape }),
  protection: z.strictObject(shape.protections.element.shape),
  notice: z.strictObject(shape.notices.element.omit({ id: true }).shape),
  assurance: z.strictObject(shape.assurances.element.omit({ id: true }).shape),
  receiving_consent: z.strictObject(shape.receivingConsent.unwrap().shape),
  individual_assessment: z.strictObject(shape.individualAssessments.element.shape),
  vulnerability_review: z.strictObject(shape.vulnerabilityReview.unwrap().shape),
  exigent_circumstances: z.strictObject(shape.exigentCircumstances.unwrap().shape),
  monitoring_plan: z.strictObject(shape.monitoringPlan.unwrap().shape),
} as const satisfies Record<CaseFactKind, z.ZodType>;

export type CaseFactPayload<K extends CaseFactKind> = z.infer<(typeof CASE_FACT_PAYLOAD_SCHEMAS)[K]>;

/** The body of POST /api/cases/{id}/facts/{kind}: the payload, optionally correcting an earlier fact. */
export function recordCaseFactBodySchema<K extends CaseFactKind>(kind: K) {
  return z.strictObject({
    payload: CASE_FACT_PAYLOAD_SCHEMAS[kind],
    supersedes: uuidSchema.nullable().default(null).meta({ description: 'id of an earlier fact of the same kind this one corrects' }),
  });
}

const courtOrderScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), personId: uuidSchema }),
  z.strictObject({ kind: z.literal('destination'), country: countryCodeSchema }),
  z.strictObject({ kind: z.literal('program'), programId: uuidSchema.meta({ description: 'the agreement id: a program is an agreement' }) }),
]);

export const recordCourtOrderSchema = z
  .strictObject({
    kind: z.enum(COURT_ORDER_KINDS),
    court: textSchema(300).min(1),
    docket: textSchema(200).default(''),
    scope: courtOrderScopeSchema,
    activeFrom: instantSchema,
    activeTo: instantSchema.nullable().default(null),
    supersedes: uuidSchema.nullable().default(null),
  })
  .meta({ id: 'RecordCourtOrder', description: 'A stay, injunction or TRO covering a person, a destination or a whole program.' });
export type RecordCourtOrderInput = z.infer<typeof recordCourtOrderSchema>;

export const changeRuleSetSchema = z.strictObject({ ruleSetId: textSchema(200).min(1) }).meta({ id: 'ChangeRuleSet' });
