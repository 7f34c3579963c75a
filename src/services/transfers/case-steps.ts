import { appendAuditBatch } from '../../audit/audit-log.js';
import type { CaseState } from '../../core/case.js';
import { planTransition } from '../../core/workflow/plan-transition.js';
import type { TransitionName } from '../../core/workflow/transitions.js';
import type { CaseSubjectRow } from '../../db/repositories/case-facts.repository.js';
import type { CaseStateChange } from '../../db/repositories/transfer.repository.js';
import type { Tx } from '../../db/schema.js';

/** One case's workflow step inside a transfer use case: what it was, the transition, the change. */
export interface PlannedCaseStep {
  readonly caseId: string;
  readonly from: CaseState;
  readonly transition: TransitionName;
  readonly change: CaseStateChange;
}

/**
 * Plans a workflow transition for a case the transfer moves in bulk (the same table the single-case
 * transitionCase uses: planTransition refuses a step the state does not allow with
 * transition_not_allowed). Earliest departure is kept while the case is cleared or manifested and
 * dropped once it is held or the person has moved.
 *
 * @example planCaseStep(subject, 'relocate').change.state === 'relocated'
 */
export function planCaseStep(subject: Pick<CaseSubjectRow, 'caseId' | 'state' | 'heldFromState'>, transition: TransitionName, options: { readonly holdReason?: string } = {}): PlannedCaseStep {
  const target = planTransition(subject.state, subject.heldFromState, transition);
  return {
    caseId: subject.caseId,
    from: subject.state,
    transition,
    change: {
      caseId: subject.caseId,
      state: target,
      heldFromState: target === 'on_hold' ? (subject.state === 'on_hold' ? subject.heldFromState : (subject.state as Exclude<CaseState, 'on_hold' | 'closed'>)) : null,
      holdReason: target === 'on_hold' ? (options.holdReason ?? null) : null,
      // Back to cleared: the case may still go on another flight from the instant computed at clearing.
      earliestDepartureAt: null,
      keepEarliestDeparture: target === 'cleared' || target === 'manifested',
    },
  };
}

/** One `case.transition` audit entry per case (ids and the transfer only), in one multi-row insert. */
export async function auditCaseTransitions(
  trx: Tx,
  steps: readonly PlannedCaseStep[],
  context: { readonly actor: string; readonly at: string; readonly transferId: string; readonly decisionIds: ReadonlyMap<string, string> },
): Promise<void> {
  await appendAuditBatch(
    trx,
    steps.map((step) => ({
      actor: context.actor,
      action: 'case.transition',
      resourceType: 'case',
      resourceId: step.caseId,
      details: { transition: step.transition, from: step.from, to: step.change.state, transferId: context.transferId, decisionId: context.decisionIds.get(step.caseId) ?? null },
      at: context.at,
    })),
  );
}
