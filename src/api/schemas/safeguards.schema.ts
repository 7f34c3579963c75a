import { z } from 'zod';
import { SAFEGUARD_IDS } from '../../core/safeguards/safeguard-ids.js';
import { TRANSITION_NAMES } from '../../core/workflow/transitions.js';
import { CASE_FACT_KINDS } from '../../core/schemas/case-fact.schema.js';
import { caseSchema } from './resources.schema.js';

/** Response shapes of the safeguard, decision, fact and rule-set routes. */
export const citationSchema = z
  .object({ instrument: z.string(), pinpoint: z.string(), url: z.string().nullable(), verified: z.boolean(), note: z.string().nullable() })
  .meta({ id: 'Citation' });

export const findingSchema = z
  .object({
    safeguardId: z.enum(SAFEGUARD_IDS),
    title: z.string(),
    outcome: z.enum(['pass', 'block', 'pending']),
    reason: z.string(),
    citations: z.array(citationSchema).readonly(),
    earliestPassAt: z.string().nullable(),
    inForce: z.boolean(),
    parameters: z.record(z.string(), z.number()),
  })
  .meta({ id: 'Finding' });

export const decisionSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    transition: z.enum(TRANSITION_NAMES),
    evaluatedTransition: z.enum(TRANSITION_NAMES),
    ruleSetId: z.string(),
    ruleSetHash: z.string(),
    facts: z.record(z.string(), z.unknown()),
    factsHash: z.string(),
    findings: z.array(findingSchema).readonly(),
    outcome: z.enum(['allowed', 'blocked']),
    evaluatedAt: z.string(),
    actor: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Decision' });

export const transitionResultSchema = z.object({ case: caseSchema, decision: decisionSchema }).meta({ id: 'TransitionResult' });

export const caseSafeguardsSchema = z
  .object({
    caseId: z.uuid(),
    ruleSetId: z.string(),
    at: z.string(),
    earliestDepartureAt: z.string().nullable(),
    storedEarliestDepartureAt: z.string().nullable(),
    items: z
      .array(
        z.object({
          safeguardId: z.enum(SAFEGUARD_IDS),
          title: z.string(),
          jurisdiction: z.enum(['US', 'UK', 'INTL', 'PROGRAM']),
          transitionsGated: z.array(z.enum(TRANSITION_NAMES)).readonly(),
          finding: findingSchema,
        }),
      )
      .readonly(),
  })
  .meta({ id: 'CaseSafeguards' });

export const recordedFactSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: z.enum(CASE_FACT_KINDS),
    payload: z.record(z.string(), z.unknown()),
    recordedAt: z.string(),
    recordedBy: z.string(),
    supersedes: z.uuid().nullable(),
  })
  .meta({ id: 'CaseFact' });

export const sweepReportSchema = z
  .object({
    trigger: z.string(),
    at: z.string(),
    evaluated: z.number().int(),
    held: z.number().int(),
    skippedChanged: z.number().int(),
    skippedUnknownRuleSet: z.number().int(),
    alerts: z.number().int(),
    batches: z.number().int(),
  })
  .meta({ id: 'SweepReport' });

export const courtOrderRecordedSchema = z
  .object({
    courtOrder: z.object({
      id: z.uuid(),
      kind: z.enum(['stay', 'injunction', 'tro']),
      court: z.string(),
      docket: z.string(),
      scope: z.union([
        z.object({ kind: z.literal('person'), personId: z.string() }),
        z.object({ kind: z.literal('destination'), country: z.string() }),
        z.object({ kind: z.literal('program'), programId: z.string() }),
      ]),
      activeFrom: z.string(),
      activeTo: z.string().nullable(),
      recordedAt: z.string(),
      recordedBy: z.string(),
      supersedes: z.uuid().nullable(),
    }),
    sweep: sweepReportSchema,
  })
  .meta({ id: 'CourtOrderRecorded' });

const countsBySafeguard = z.partialRecord(z.enum(SAFEGUARD_IDS), z.number().int());

export const whatIfReportSchema = z
  .object({
    ruleSetId: z.string(),
    at: z.string(),
    total: z.number().int(),
    allowed: z.number().int(),
    waiting: z.number().int(),
    blocked: z.number().int(),
    blockedBySafeguard: countsBySafeguard,
    waitingBySafeguard: countsBySafeguard,
  })
  .meta({ id: 'WhatIfReport' });

const parameterSpecSchema = z.object({
  name: z.string(),
  description: z.string(),
  unit: z.enum(['hours', 'days', 'years']),
  default: z.number(),
  min: z.number(),
  max: z.number(),
  protective: z.enum(['higher', 'lower']),
});

export const ruleSetsSchema = z
  .object({
    defaultRuleSetId: z.string(),
    profiles: z
      .array(
        z.object({
          id: z.string(),
          version: z.number().int(),
          title: z.string(),
          description: z.string(),
          effectiveFrom: z.string().nullable(),
          effectiveTo: z.string().nullable(),
          contentHash: z.string(),
          safeguards: z.array(z.object({ id: z.enum(SAFEGUARD_IDS), parameters: z.record(z.string(), z.number()) })).readonly(),
        }),
      )
      .readonly(),
    safeguards: z
      .array(
        z.object({
          id: z.enum(SAFEGUARD_IDS),
          title: z.string(),
          jurisdiction: z.enum(['US', 'UK', 'INTL', 'PROGRAM']),
          citations: z.array(citationSchema).readonly(),
          verified: z.boolean(),
          effectiveFrom: z.string().nullable(),
          effectiveTo: z.string().nullable(),
          transitionsGated: z.array(z.enum(TRANSITION_NAMES)).readonly(),
          parameters: z.array(parameterSpecSchema).readonly(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'RuleSets' });

export const replayResultSchema = z
  .object({ decisionId: z.uuid(), identical: z.boolean(), ruleSetHashMatches: z.boolean(), factsHashMatches: z.boolean(), differences: z.array(z.string()).readonly() })
  .meta({ id: 'ReplayResult' });
