import { AppError } from '../errors.js';
import type { CaseState, CloseOutcome, OpenState } from '../case.js';
import { isOpenState } from '../case.js';
import type { TransitionName } from './transitions.js';
import { TRANSITIONS, releaseGateFor } from './transitions.js';

/** The part of a safeguard evaluation that releasing a hold needs (see evaluateTransition). */
export interface ReleaseEvaluation {
  readonly transition: TransitionName;
  readonly outcome: 'allowed' | 'blocked';
}

export interface PlanOptions {
  /** Required for `close`. */
  readonly closeOutcome?: CloseOutcome;
  /**
   * Required for `release_hold` when the held state has a gate: the current evaluation of
   * `releaseGateFor(heldFromState)`. The hold's cause has cleared exactly when that evaluation
   * is `allowed`, so a stay, an unsafe finding or a suspended agreement keeps the hold in place.
   */
  readonly releaseEvaluation?: ReleaseEvaluation;
}

/** Outcomes that only make sense after the person has moved, and those that only make sense before. */
const AFTER_MOVE_STATES: readonly OpenState[] = ['relocated', 'monitoring'];

/**
 * Decides the target state of a transition, or throws why not. Pure; safeguards are evaluated
 * separately (evaluateTransition) and both must agree before a service writes anything.
 *
 * Throws AppError `transition_not_allowed` (details: state, heldFromState, transition, allowedFrom,
 * reason) or `hold_cause_not_cleared`.
 *
 * @example planTransition('intake', null, 'begin_designation_review') === 'designation_review'
 * @example planTransition('on_hold', 'cleared', 'release_hold', { releaseEvaluation: { transition: 'clear', outcome: 'allowed' } }) === 'cleared'
 */
export function planTransition(
  state: CaseState,
  heldFromState: OpenState | null,
  transition: TransitionName,
  options: PlanOptions = {},
): CaseState {
  const definition = TRANSITIONS[transition];
  const notAllowed = (reason: string, extra: Record<string, unknown> = {}): AppError =>
    new AppError(
      'transition_not_allowed',
      `${transition} is not allowed from ${state}: ${reason}`,
      { state, heldFromState, transition, allowedFrom: definition.from, reason, ...extra },
      `This step is not possible while the case is ${state.replace('_', ' ')}.`,
    );

  if (!definition.from.includes(state)) throw notAllowed('state_not_in_from_states');
  if (state === 'on_hold' && heldFromState === null) throw notAllowed('hold_without_origin_state');
  if (state !== 'on_hold' && heldFromState !== null) throw notAllowed('origin_state_without_hold');

  if (transition === 'close') return planClose(state, heldFromState, options.closeOutcome, notAllowed);
  if (transition === 'release_hold') {
    // definition.from is ['on_hold'], so heldFromState is set here.
    const origin = heldFromState as OpenState;
    const gate = releaseGateFor(origin);
    if (gate === null) return origin;
    const evaluation = options.releaseEvaluation;
    if (evaluation?.transition !== gate || evaluation.outcome !== 'allowed') {
      throw new AppError(
        'hold_cause_not_cleared',
        `hold on ${origin} cannot be released: ${gate} is not allowed by the safeguards`,
        { heldFromState: origin, requiredEvaluation: gate, given: evaluation ?? null },
        'The hold stays until the safeguards that caused it pass again.',
      );
    }
    return origin;
  }
  if (definition.to === 'held_from_state') throw notAllowed('target_unresolved');
  return definition.to;
}

function planClose(
  state: CaseState,
  heldFromState: OpenState | null,
  outcome: CloseOutcome | undefined,
  notAllowed: (reason: string, extra?: Record<string, unknown>) => AppError,
): CaseState {
  if (outcome === undefined) throw notAllowed('close_outcome_missing');
  const effective = state === 'on_hold' ? heldFromState : state;
  if (effective === null || !isOpenState(effective)) throw notAllowed('close_from_unknown_state');
  const moved = AFTER_MOVE_STATES.includes(effective);
  // A person who has moved can only be closed as relocated; one who has not, never as relocated.
  if (moved !== (outcome === 'relocated')) throw notAllowed('close_outcome_inconsistent_with_state', { closeOutcome: outcome });
  return 'closed';
}
