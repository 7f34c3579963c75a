import { TRANSITIONS } from '../../core/workflow/transitions.js';
import type { CaseState, TransitionName } from '../api/api-types';

/**
 * The steps a person may offer on a case now: the workflow table (shared
 * with the server, src/core/workflow/transitions.ts) says which steps leave
 * this state; the server's `abilities` say whether this person may take them
 * ('clear' needs 'clearance:approve', every other step 'case:transition').
 * The UI decides no policy: a step it offers can still be refused, and the
 * safeguards are evaluated by the server only.
 *
 * @example offeredTransitions('intake', ['case:transition']) // ['begin_designation_review', 'hold', 'close']
 */
export function offeredTransitions(state: CaseState, abilities: readonly string[]): TransitionName[] {
  return (Object.values(TRANSITIONS) as { name: TransitionName; from: readonly string[] }[])
    .filter((definition) => definition.from.includes(state))
    .filter((definition) => abilities.includes(definition.name === 'clear' ? 'clearance:approve' : 'case:transition'))
    .map((definition) => definition.name);
}

/** The workflow's own description of a step, for the form. */
export function transitionDescription(name: TransitionName): string {
  return TRANSITIONS[name].description;
}

/** The inputs a step asks for (the server validates them again). */
export function transitionInputs(name: TransitionName): { destination: boolean; reason: boolean; closeOutcome: boolean } {
  return { destination: name === 'propose_country', reason: name === 'hold', closeOutcome: name === 'close' };
}
