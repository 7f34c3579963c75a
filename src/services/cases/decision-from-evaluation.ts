import { randomUUID } from 'node:crypto';
import { canonicalHash } from '../../audit/sha256.js';
import type { RuleSet } from '../../core/rulesets/resolve-rule-set.js';
import type { CaseFacts } from '../../core/safeguards/case-facts.js';
import type { Finding, TransitionEvaluation } from '../../core/safeguards/evaluate.js';
import type { TransitionName } from '../../core/workflow/transitions.js';
import { TRANSITIONS } from '../../core/workflow/transitions.js';
import type { NewDecision } from '../../db/repositories/decision.repository.js';
import { ruleSetHash } from './rule-set-hash.js';

/**
 * The decision row for one evaluation: the facts snapshot and its hash, the rule set's id and
 * content hash, every finding. `requested` is the transition asked for; the evaluation may be of a
 * gate (release_hold, sweep holds).
 *
 * @example insertDecision(trx, decisionFromEvaluation({ requested: 'clear', evaluation, facts, ruleSet, actor }))
 */
export function decisionFromEvaluation(input: {
  readonly requested: TransitionName;
  readonly evaluation: TransitionEvaluation;
  readonly facts: CaseFacts;
  readonly ruleSet: RuleSet;
  readonly actor: string;
  readonly ruleSetContentHash?: string;
  /** The facts' canonical hash when the caller already computed it (the sweep hashes the text it stores). */
  readonly factsHash?: string;
}): NewDecision {
  return {
    id: randomUUID(),
    caseId: input.facts.caseId,
    transition: input.requested,
    evaluatedTransition: input.evaluation.transition,
    ruleSetId: input.ruleSet.id,
    ruleSetHash: input.ruleSetContentHash ?? ruleSetHash(input.ruleSet),
    facts: input.facts,
    factsHash: input.factsHash ?? canonicalHash(input.facts),
    findings: input.evaluation.findings,
    outcome: input.evaluation.outcome,
    evaluatedAt: input.evaluation.at,
    actor: input.actor,
  };
}

/** The findings that stop the transition: blocks, and pending ones where the transition cannot wait. */
export function blockingFindings(evaluation: TransitionEvaluation): Finding[] {
  const waits = !TRANSITIONS[evaluation.transition].allowsTimePending;
  return evaluation.findings.filter((f) => f.outcome === 'block' || (waits && f.outcome === 'pending'));
}
