import { appendAudit } from '../../audit/audit-log.js';
import type { Case, CaseState, CloseOutcome, OpenState } from '../../core/case.js';
import { isOpenState } from '../../core/case.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { assertConsistentFacts } from '../../core/safeguards/case-facts-consistency.js';
import { earliestDeparture, evaluateTransition } from '../../core/safeguards/evaluate.js';
import { planTransition } from '../../core/workflow/plan-transition.js';
import type { TransitionName } from '../../core/workflow/transitions.js';
import { releaseGateFor } from '../../core/workflow/transitions.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import type { Tx } from '../../db/schema.js';
import { lockCase } from '../../db/repositories/case.repository.js';
import { updateCaseWorkflow } from '../../db/repositories/case-workflow.repository.js';
import type { Decision } from '../../db/repositories/decision.repository.js';
import { insertDecision } from '../../db/repositories/decision.repository.js';
import { authorizeCaseAction, preparerOf } from '../access/case-access.js';
import { consumePlace } from '../ledger/consume-place.js';
import { releasePlace } from '../ledger/release-place.js';
import { reservePlace } from '../ledger/reserve-place.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertVersion } from '../versioning.js';
import { assembleCaseFacts, loadOneCaseFacts, type FactOverrides } from './build-case-facts.js';
import { blockingFindings, decisionFromEvaluation } from './decision-from-evaluation.js';

export interface TransitionRequest {
  readonly transition: TransitionName;
  readonly expectedVersion?: number | undefined;
  /** Required for `close`. */
  readonly closeOutcome?: CloseOutcome | undefined;
  /** Required for `propose_country`. */
  readonly destinationCountry?: string | undefined;
  /** `propose_country`: the agreement (program) the case moves under; defaults to the current one. */
  readonly agreementId?: string | undefined;
  /** Required for `hold`: stored as the case's hold reason (free text: kept out of the audit log). */
  readonly reason?: string | undefined;
}

export interface TransitionResult {
  readonly case: Case;
  readonly decision: Decision;
}

/**
 * Moves a case along the workflow, gated by its rule set's safeguards, in the one order of a write:
 * lock the case → check the workflow (nothing is written for a transition the state does not allow)
 * → resolve the rule set → build and check the facts → evaluate at `ctx.clock.now()` → one
 * transaction writing the new state, the decision and the audit entry.
 *
 * A blocked evaluation is itself a decision: it is committed (decision + audit entry, state
 * unchanged) and then the call throws `safeguard_blocked` (or `hold_cause_not_cleared` for
 * release_hold) with the blocking findings and the decision id in details.
 * Other errors: not_found, precondition_failed, transition_not_allowed, unknown_rule_set,
 * contradictory_facts, validation_failed (a required input is missing).
 *
 * @example await transitionCase(ctx, principal, caseId, { transition: 'propose_country', destinationCountry: 'RW', agreementId })
 */
export async function transitionCase(ctx: ServiceContext, principal: Principal, caseId: string, request: TransitionRequest): Promise<TransitionResult> {
  // Clearing a case is a supervisor's approval of an officer's work: never by whoever prepared it.
  if (request.transition === 'clear') {
    const preparedBy = await preparerOf(ctx.db, caseId);
    await authorizeCaseAction(ctx, principal, caseId, 'clearance:approve', preparedBy === undefined ? {} : { preparedBy });
  } else {
    await authorizeCaseAction(ctx, principal, caseId, 'case:transition');
  }
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  let outcome: { kind: 'done'; result: TransitionResult } | { kind: 'blocked'; decision: Decision; error: AppError };
  try {
    outcome = await runWrite(ctx, async (trx) => {
      const current = await lockCase(trx, caseId);
      if (!current) throw new AppError('not_found', `case ${caseId} not found`, { caseId });
      if (request.expectedVersion !== undefined) assertVersion('case', caseId, current.version, request.expectedVersion);
      const { transition } = request;
      // Workflow first: a step the state does not allow is refused before anything is evaluated or written.
      const plannedTarget = transition === 'release_hold' && current.state === 'on_hold' ? null : planTransition(current.state, current.heldFromState, transition, optionalClose(request.closeOutcome));
      assertRequiredInputs(request);

      const ruleSet = resolveRuleSet(current.ruleSetId);
      const overrides: FactOverrides =
        transition === 'propose_country' ? { destinationCountry: request.destinationCountry ?? null, agreementId: request.agreementId ?? current.agreementId } : {};
      // One statement for the subject and every fact source (not one query per source).
      const loaded = await loadOneCaseFacts(trx, caseId, at, overrides);
      if (loaded === undefined) throw new AppError('not_found', `case ${caseId} not found`, { caseId });
      const facts = assembleCaseFacts(loaded.subject, loaded.sources, ctx.personKeyEncryptionKey, overrides);
      assertConsistentFacts(facts);

      const evaluated = transition === 'release_hold' ? (releaseGateFor(current.heldFromState as OpenState) ?? 'release_hold') : transition;
      const evaluation = evaluateTransition({ ruleSet, facts, transition: evaluated, at });
      const newDecision = decisionFromEvaluation({ requested: transition, evaluation, facts, ruleSet, actor });

      if (evaluation.outcome === 'blocked') {
        const decision = await insertDecision(trx, newDecision);
        const blocking = blockingFindings(evaluation);
        await appendAudit(trx, {
          actor,
          action: 'case.transition_blocked',
          resourceType: 'case',
          resourceId: caseId,
          details: { decisionId: decision.id, transition, evaluatedTransition: evaluated, ruleSetId: ruleSet.id, ruleSetHash: decision.ruleSetHash, factsHash: decision.factsHash, blockedBy: blocking.map((f) => f.safeguardId) },
          at,
        });
        const code = transition === 'release_hold' ? 'hold_cause_not_cleared' : 'safeguard_blocked';
        const error = new AppError(
          code,
          `${transition} of case ${caseId} is blocked by ${blocking.map((f) => f.safeguardId).join(', ')}`,
          { decisionId: decision.id, transition, evaluatedTransition: evaluated, ruleSetId: ruleSet.id, findings: blocking },
          'Safeguards do not pass for this step; see the findings.',
        );
        return { kind: 'blocked' as const, decision, error };
      }

      const target: CaseState =
        plannedTarget ?? planTransition(current.state, current.heldFromState, 'release_hold', { releaseEvaluation: { transition: evaluation.transition, outcome: evaluation.outcome } });
      const destinationCountry = transition === 'propose_country' ? (request.destinationCountry ?? null) : transition === 'choose_another_destination' ? null : current.destinationCountry;
      const agreementId = transition === 'propose_country' ? (overrides.agreementId ?? null) : transition === 'choose_another_destination' ? null : current.agreementId;
      const afterFacts = { ...facts, case: { ...facts.case, state: target, destinationCountry } };
      const departure = isOpenState(target) && !['relocated', 'monitoring'].includes(target) ? earliestDeparture(ruleSet, afterFacts, at) : null;
      const updated = await updateCaseWorkflow(
        trx,
        caseId,
        {
          state: target,
          heldFromState: target === 'on_hold' ? (current.state as OpenState) : null,
          holdReason: target === 'on_hold' ? (request.reason ?? null) : null,
          destinationCountry,
          agreementId,
          closeOutcome: target === 'closed' ? (request.closeOutcome ?? null) : null,
          closedAt: target === 'closed' ? at : null,
          earliestDepartureAt: departure,
        },
        at,
      );
      await moveCapacity(trx, { transition, target, closeOutcome: request.closeOutcome, before: current.agreementId, after: agreementId, caseId, at, actor });
      const decision = await insertDecision(trx, newDecision);
      await appendAudit(trx, {
        actor,
        action: 'case.transition',
        resourceType: 'case',
        resourceId: caseId,
        details: {
          decisionId: decision.id,
          transition,
          from: current.state,
          to: target,
          ruleSetId: ruleSet.id,
          ruleSetHash: decision.ruleSetHash,
          factsHash: decision.factsHash,
          version: updated.version,
          ...(transition === 'propose_country' && { destinationCountry, agreementId }),
          ...(request.closeOutcome !== undefined && transition === 'close' && { closeOutcome: request.closeOutcome }),
        },
        at,
      });
      return { kind: 'done' as const, result: { case: updated, decision } };
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'case' });
  }
  if (outcome.kind === 'blocked') throw outcome.error;
  return outcome.result;
}

/**
 * The capacity ledger follows the case (issue: a place is reserved when the case is proposed to
 * an agreement, consumed on relocation, released when the case leaves), inside the transition's
 * own transaction: a full agreement refuses the proposal with 409 capacity_exhausted and nothing
 * is written. The ledger calls are idempotent, so a transfer's arrival may consume again safely.
 */
async function moveCapacity(
  trx: Tx,
  move: { transition: TransitionName; target: CaseState; closeOutcome: CloseOutcome | undefined; before: string | null; after: string | null; caseId: string; at: string; actor: string },
): Promise<void> {
  const leaving = move.transition === 'choose_another_destination' || (move.target === 'closed' && move.closeOutcome !== 'relocated');
  if (move.before !== null && (leaving || (move.transition === 'propose_country' && move.after !== move.before))) {
    await releasePlace(trx, move.before, move.caseId, move.at, move.actor);
  }
  if (move.transition === 'propose_country' && move.after !== null) await reservePlace(trx, move.after, move.caseId, move.at, move.actor);
  if (move.transition === 'relocate' && move.after !== null) await consumePlace(trx, move.after, move.caseId, move.at, move.actor);
}

function optionalClose(closeOutcome: CloseOutcome | undefined): { closeOutcome?: CloseOutcome } {
  return closeOutcome === undefined ? {} : { closeOutcome };
}

function assertRequiredInputs(request: TransitionRequest): void {
  if (request.transition === 'propose_country' && request.destinationCountry === undefined) {
    throw new AppError('validation_failed', 'propose_country needs destinationCountry', { field: 'destinationCountry' });
  }
  if (request.transition === 'hold' && (request.reason === undefined || request.reason.trim() === '')) {
    throw new AppError('validation_failed', 'hold needs a reason', { field: 'reason' });
  }
}
