import { z } from 'zod';
import { CASE_STATES, CLOSE_OUTCOMES } from '../case.js';
import { SAFEGUARD_IDS } from '../safeguards/safeguard-ids.js';
import { TRANSITION_NAMES } from '../workflow/transitions.js';
import { countryCodeSchema, textSchema, uuidSchema } from './primitives.schema.js';

/** Request schemas of the workflow and safeguard routes (transitions, what-if, sweeps). */
export const transitionCaseSchema = z
  .strictObject({
    transition: z.enum(TRANSITION_NAMES),
    closeOutcome: z.enum(CLOSE_OUTCOMES).optional().meta({ description: 'required for close' }),
    destinationCountry: countryCodeSchema.optional().meta({ description: 'required for propose_country' }),
    agreementId: uuidSchema.optional().meta({ description: 'propose_country: the agreement (program); defaults to the current one' }),
    reason: textSchema(500).min(1).optional().meta({ description: 'required for hold' }),
  })
  .meta({ id: 'TransitionCase', description: 'Moves a case along the workflow; safeguards of its rule set gate the step. If-Match is optional.' });

export const whatIfSchema = z
  .strictObject({
    ruleSetId: textSchema(200).min(1),
    parameters: z.partialRecord(z.enum(SAFEGUARD_IDS), z.record(z.string().max(100), z.number())).optional(),
    filter: z
      .strictObject({ state: z.enum(CASE_STATES).optional(), destinationCountry: countryCodeSchema.optional(), agreementId: uuidSchema.optional() })
      .optional(),
  })
  .meta({ id: 'WhatIf', description: 'Evaluates open cases under another rule set (optionally with amended parameters) without writing anything.' });

export const sweepRequestSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('case'), caseId: uuidSchema }),
    z.strictObject({ kind: z.literal('agreement'), agreementId: uuidSchema }),
    z.strictObject({ kind: z.literal('country_assessment'), country: countryCodeSchema }),
    z.strictObject({ kind: z.literal('rule_set'), ruleSetId: textSchema(200).min(1) }),
  ])
  .meta({ id: 'SweepRequest', description: 'Which open cases to re-evaluate.' });
