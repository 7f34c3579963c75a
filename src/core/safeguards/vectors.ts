import { z } from 'zod';
import type { Instant } from '../time.js';
import { isRfc3339 } from '../time.js';
import { TRANSITION_NAMES } from '../workflow/transitions.js';
import { resolveParameters } from '../rulesets/rule-set-parameters.js';
import { caseFactsSchema } from './case-facts.js';
import { evaluateSafeguard } from './evaluate.js';
import type { SafeguardId } from './safeguard-ids.js';
import { SAFEGUARD_IDS } from './safeguard-ids.js';
import { VECTOR_BASE_FACTS } from './vector-base-facts.js';
import agreementActiveVectors from './rules/agreement-active.vectors.json' with { type: 'json' };
import agreementCapacityVectors from './rules/agreement-capacity.vectors.json' with { type: 'json' };
import intlTransferStandardsVectors from './rules/intl-transfer-standards.vectors.json' with { type: 'json' };
import intlVulnerableVectors from './rules/intl-vulnerable.vectors.json' with { type: 'json' };
import monitoringVectors from './rules/monitoring.vectors.json' with { type: 'json' };
import receivingConsentVectors from './rules/receiving-consent.vectors.json' with { type: 'json' };
import ukCountrySafetyVectors from './rules/uk-country-safety.vectors.json' with { type: 'json' };
import ukDeemedSafeVectors from './rules/uk-deemed-safe.vectors.json' with { type: 'json' };
import ukNonRefoulementVectors from './rules/uk-non-refoulement.vectors.json' with { type: 'json' };
import usAeaNoticeVectors from './rules/us-aea-notice.vectors.json' with { type: 'json' };
import usAssurancesVectors from './rules/us-assurances.vectors.json' with { type: 'json' };
import usDesignationSequenceVectors from './rules/us-designation-sequence.vectors.json' with { type: 'json' };
import usDvdStrictVectors from './rules/us-dvd-strict.vectors.json' with { type: 'json' };
import usNoticeIce2025Vectors from './rules/us-notice-ice-2025.vectors.json' with { type: 'json' };
import usOrderFinalVectors from './rules/us-order-final.vectors.json' with { type: 'json' };
import usProtectionCountrySpecificVectors from './rules/us-protection-country-specific.vectors.json' with { type: 'json' };
import usStayVectors from './rules/us-stay.vectors.json' with { type: 'json' };
import usThirdCountryFlagVectors from './rules/us-third-country-flag.vectors.json' with { type: 'json' };

/**
 * Test vectors: each rule's JSON file beside it holds cases written from the law, each a patch on
 * VECTOR_BASE_FACTS (objects merge, arrays replace) with the expected outcome. `waypoint rules test`
 * and the test suite run them all through runAllVectors().
 */
const instant = z.string().refine(isRfc3339);
const vectorFileSchema = z.object({
  safeguardId: z.enum(SAFEGUARD_IDS),
  base: z.literal('VECTOR_BASE_FACTS'),
  vectors: z
    .array(
      z.object({
        name: z.string().min(1),
        at: instant,
        transition: z.enum(TRANSITION_NAMES).optional(),
        parameters: z.record(z.string(), z.number()).optional(),
        facts: z.record(z.string(), z.unknown()).optional(),
        expect: z.object({
          outcome: z.enum(['pass', 'block', 'pending']),
          earliestPassAt: instant.optional(),
          inForce: z.boolean().optional(),
        }),
      }),
    )
    .min(4),
});
export type VectorFile = z.infer<typeof vectorFileSchema>;

const RAW_VECTOR_FILES: readonly unknown[] = [
  agreementActiveVectors,
  agreementCapacityVectors,
  intlTransferStandardsVectors,
  intlVulnerableVectors,
  monitoringVectors,
  receivingConsentVectors,
  ukCountrySafetyVectors,
  ukDeemedSafeVectors,
  ukNonRefoulementVectors,
  usAeaNoticeVectors,
  usAssurancesVectors,
  usDesignationSequenceVectors,
  usDvdStrictVectors,
  usNoticeIce2025Vectors,
  usOrderFinalVectors,
  usProtectionCountrySpecificVectors,
  usStayVectors,
  usThirdCountryFlagVectors,
];

/** Every vector file, validated; a malformed file throws at load, so a broken file cannot pass silently. */
export const VECTOR_FILES: readonly VectorFile[] = RAW_VECTOR_FILES.map((raw) => vectorFileSchema.parse(raw));

export interface VectorFailure {
  readonly name: string;
  readonly expected: { readonly outcome: string; readonly earliestPassAt: Instant | null; readonly inForce: boolean | null };
  readonly actual: { readonly outcome: string; readonly earliestPassAt: Instant | null; readonly inForce: boolean; readonly reason: string };
}

export interface VectorReport {
  readonly safeguardId: SafeguardId;
  readonly total: number;
  readonly passed: number;
  readonly failures: readonly VectorFailure[];
}

/** Objects merge recursively; arrays and scalars replace. */
export function applyPatch(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = key in base ? applyPatch(base[key], value) : value;
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Runs every vector of every rule; one report per safeguard in catalogue order.
 *
 * @example runAllVectors().every((r) => r.failures.length === 0)
 */
export function runAllVectors(): VectorReport[] {
  return SAFEGUARD_IDS.map((id) => runVectors(id, VECTOR_FILES.filter((file) => file.safeguardId === id).flatMap((file) => file.vectors)));
}

/** Runs the given vectors against one safeguard. */
export function runVectors(safeguardId: SafeguardId, vectors: VectorFile['vectors']): VectorReport {
  const failures: VectorFailure[] = [];
  for (const vector of vectors) {
    const facts = caseFactsSchema.parse(applyPatch(VECTOR_BASE_FACTS, vector.facts ?? {}));
    const finding = evaluateSafeguard(safeguardId, facts, resolveParameters(safeguardId, vector.parameters ?? {}), vector.transition ?? 'relocate', vector.at);
    const expected = { outcome: vector.expect.outcome, earliestPassAt: vector.expect.earliestPassAt ?? null, inForce: vector.expect.inForce ?? null };
    const matches =
      finding.outcome === expected.outcome &&
      finding.earliestPassAt === expected.earliestPassAt &&
      (expected.inForce === null || finding.inForce === expected.inForce);
    if (!matches) {
      failures.push({ name: vector.name, expected, actual: { outcome: finding.outcome, earliestPassAt: finding.earliestPassAt, inForce: finding.inForce, reason: finding.reason } });
    }
  }
  return { safeguardId, total: vectors.length, passed: vectors.length - failures.length, failures };
}
