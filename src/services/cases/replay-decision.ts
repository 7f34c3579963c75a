import { canonicalJson } from '../../core/canonical-json.js';
import { AppError } from '../../core/errors.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { caseFactsSchema } from '../../core/safeguards/case-facts.js';
import { evaluateTransition } from '../../core/safeguards/evaluate.js';
import { canonicalHash } from '../../audit/sha256.js';
import type { Decision } from '../../db/repositories/decision.repository.js';
import { findDecision, listDecisionsPage } from '../../db/repositories/decision.repository.js';
import type { Queryable } from '../../db/schema.js';
import { ruleSetHash } from './rule-set-hash.js';

export interface ReplayResult {
  readonly decisionId: string;
  /** Outcome and every finding are byte-identical (canonical JSON) to what was stored. */
  readonly identical: boolean;
  /** False when the code's rule set of that id no longer has the stored content hash. */
  readonly ruleSetHashMatches: boolean;
  /** False when the stored facts no longer hash to the stored facts hash (tampering or corruption). */
  readonly factsHashMatches: boolean;
  /** Readable differences; empty when identical and both hashes match. */
  readonly differences: readonly string[];
}

/**
 * Re-evaluates a stored decision from its own facts snapshot, rule-set id and instant, and compares
 * outcome and findings with what was stored. Throws not_found for an unknown decision.
 *
 * @example (await replayDecision(db, id)).identical === true
 */
export async function replayDecision(db: Queryable, decisionId: string): Promise<ReplayResult> {
  const decision = await findDecision(db, decisionId);
  if (!decision) throw new AppError('not_found', `decision ${decisionId} not found`, { decisionId });
  return replayStoredDecision(decision);
}

/** Replay of an already loaded decision (pure apart from hashing). */
export function replayStoredDecision(decision: Decision): ReplayResult {
  const differences: string[] = [];
  const factsHashMatches = canonicalHash(decision.facts) === decision.factsHash;
  if (!factsHashMatches) differences.push('stored facts do not match the stored facts hash');
  let ruleSet;
  try {
    ruleSet = resolveRuleSet(decision.ruleSetId);
  } catch (error) {
    if (error instanceof AppError) return { decisionId: decision.id, identical: false, ruleSetHashMatches: false, factsHashMatches, differences: [...differences, `rule set ${decision.ruleSetId} no longer exists: ${error.message}`] };
    throw error;
  }
  const ruleSetHashMatches = ruleSetHash(ruleSet) === decision.ruleSetHash;
  if (!ruleSetHashMatches) differences.push(`rule set ${decision.ruleSetId} changed since the decision: its content hash is no longer ${decision.ruleSetHash}`);
  const parsed = caseFactsSchema.safeParse(decision.facts);
  if (!parsed.success) return { decisionId: decision.id, identical: false, ruleSetHashMatches, factsHashMatches, differences: [...differences, 'stored facts no longer match the CaseFacts schema'] };
  const replayed = evaluateTransition({ ruleSet, facts: parsed.data, transition: decision.evaluatedTransition, at: decision.evaluatedAt });
  const identical = replayed.outcome === decision.outcome && canonicalJson(replayed.findings) === canonicalJson(decision.findings);
  if (replayed.outcome !== decision.outcome) differences.push(`outcome: stored ${decision.outcome}, replayed ${replayed.outcome}`);
  const storedById = new Map(decision.findings.map((f) => [f.safeguardId, canonicalJson(f)]));
  const replayedById = new Map(replayed.findings.map((f) => [f.safeguardId, canonicalJson(f)]));
  for (const id of new Set([...storedById.keys(), ...replayedById.keys()])) {
    const stored = storedById.get(id);
    const again = replayedById.get(id);
    if (stored !== again) differences.push(`finding ${id}: stored ${stored ?? 'absent'}, replayed ${again ?? 'absent'}`);
  }
  if (!identical && differences.length === 0) differences.push('findings are in a different order');
  return { decisionId: decision.id, identical, ruleSetHashMatches, factsHashMatches, differences };
}

export interface ReplayAllReport {
  readonly total: number;
  readonly identical: number;
  readonly failures: readonly ReplayResult[];
}

/**
 * Replays every stored decision, a page at a time.
 *
 * @example const report = await replayAllDecisions(db); report.failures.length === 0
 */
export async function replayAllDecisions(db: Queryable, pageSize = 500): Promise<ReplayAllReport> {
  let after: string | null = null;
  let total = 0;
  let identical = 0;
  const failures: ReplayResult[] = [];
  for (;;) {
    const page = await listDecisionsPage(db, after, pageSize);
    for (const decision of page) {
      const result = replayStoredDecision(decision);
      total += 1;
      if (result.identical && result.differences.length === 0) identical += 1;
      else failures.push(result);
    }
    const last = page.at(-1);
    if (last === undefined || page.length < pageSize) break;
    after = last.id;
  }
  return { total, identical, failures };
}
