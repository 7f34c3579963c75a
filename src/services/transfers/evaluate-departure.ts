import type { RuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import type { CaseFacts } from '../../core/safeguards/case-facts.js';
import type { Finding } from '../../core/safeguards/evaluate.js';
import { evaluateTransition } from '../../core/safeguards/evaluate.js';
import type { TransitionName } from '../../core/workflow/transitions.js';
import type { CaseSubjectRow } from '../../db/repositories/case-facts.repository.js';
import { listCaseSubjects } from '../../db/repositories/case-facts.repository.js';
import type { NewDecision } from '../../db/repositories/decision.repository.js';
import type { Tx } from '../../db/schema.js';
import { buildCaseFactsBatch } from '../cases/build-case-facts.js';
import { blockingFindings, decisionFromEvaluation } from '../cases/decision-from-evaluation.js';
import { ruleSetHash } from '../cases/rule-set-hash.js';

export interface DepartureEvaluation {
  readonly subject: CaseSubjectRow;
  readonly facts: CaseFacts;
  readonly decision: NewDecision;
  /** Empty when the case may depart at the evaluated instant. */
  readonly blocking: readonly Finding[];
}

/**
 * Evaluates the physical move (`relocate`, every finding must pass) of many cases at one instant,
 * in batch: one query per fact source for the whole manifest, one rule-set resolution and hash per
 * rule set. Facts are those recorded by `factsAt`; the evaluation instant is `evaluateAt` (the
 * scheduled departure when locking, so findings that cure by then pass; now at the gate).
 *
 * @example const evaluations = await evaluateDeparture(trx, caseIds, { factsAt: now, evaluateAt: scheduled, requested: 'manifest', actor, personKeyEncryptionKey: ctx.personKeyEncryptionKey });
 */
export async function evaluateDeparture(
  trx: Tx,
  caseIds: readonly string[],
  options: { readonly factsAt: string; readonly evaluateAt: string; readonly requested: TransitionName; readonly actor: string; readonly personKeyEncryptionKey: Uint8Array },
): Promise<DepartureEvaluation[]> {
  const subjects = await listCaseSubjects(trx, caseIds);
  const factsByCase = await buildCaseFactsBatch(trx, options.personKeyEncryptionKey, subjects, options.factsAt);
  const ruleSets = new Map<string, { ruleSet: RuleSet; hash: string }>();
  const evaluations: DepartureEvaluation[] = [];
  for (const subject of subjects) {
    const facts = factsByCase.get(subject.caseId);
    if (facts === undefined) continue;
    let resolved = ruleSets.get(subject.ruleSetId);
    if (resolved === undefined) {
      const ruleSet = resolveRuleSet(subject.ruleSetId);
      resolved = { ruleSet, hash: ruleSetHash(ruleSet) };
      ruleSets.set(subject.ruleSetId, resolved);
    }
    const evaluation = evaluateTransition({ ruleSet: resolved.ruleSet, facts, transition: 'relocate', at: options.evaluateAt });
    const decision = decisionFromEvaluation({ requested: options.requested, evaluation, facts, ruleSet: resolved.ruleSet, actor: options.actor, ruleSetContentHash: resolved.hash });
    evaluations.push({ subject, facts, decision, blocking: evaluation.outcome === 'blocked' ? blockingFindings(evaluation) : [] });
  }
  return evaluations;
}
