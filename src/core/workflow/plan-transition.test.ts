import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { CaseState, CloseOutcome, OpenState } from '../case.js';
import { CASE_STATES } from '../case.js';
import { planTransition } from './plan-transition.js';
import type { TransitionName } from './transitions.js';
import { OPEN_STATES, TRANSITION_NAMES, TRANSITIONS, releaseGateFor, transitionsGatedBy } from './transitions.js';

const X = 'transition_not_allowed';

/**
 * The whole matrix, written out by hand so that a change to the table must be made twice.
 * Rows: state (on_hold is held from `cleared`). Columns: TRANSITION_NAMES order.
 * `close` uses the outcome that fits the state (relocated after the move, withdrawn before).
 */
const EXPECTED: Record<CaseState, Record<TransitionName, CaseState | typeof X>> = {
  intake: row({ begin_designation_review: 'designation_review', hold: 'on_hold', close: 'closed' }),
  designation_review: row({ propose_country: 'country_proposed', hold: 'on_hold', close: 'closed' }),
  country_proposed: row({ serve_notice: 'notice_served', choose_another_destination: 'designation_review', hold: 'on_hold', close: 'closed' }),
  notice_served: row({ claim_fear: 'fear_screening', choose_another_destination: 'designation_review', clear: 'cleared', hold: 'on_hold', close: 'closed' }),
  fear_screening: row({ choose_another_destination: 'designation_review', clear: 'cleared', hold: 'on_hold', close: 'closed' }),
  cleared: row({ choose_another_destination: 'designation_review', manifest: 'manifested', hold: 'on_hold', close: 'closed' }),
  manifested: row({ remove_from_manifest: 'cleared', relocate: 'relocated', hold: 'on_hold', close: 'closed' }),
  relocated: row({ begin_monitoring: 'monitoring', hold: 'on_hold', close: 'closed' }),
  monitoring: row({ hold: 'on_hold', close: 'closed' }),
  closed: row({}),
  on_hold: row({ release_hold: 'cleared', close: 'closed' }),
};

/** The AppError a call throws (code and details), or a failure if it returns. */
function thrown(call: () => unknown): { code: string; details: Readonly<Record<string, unknown>> } {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected an AppError');
}

function row(allowed: Partial<Record<TransitionName, CaseState>>): Record<TransitionName, CaseState | typeof X> {
  return Object.fromEntries(TRANSITION_NAMES.map((name) => [name, allowed[name] ?? X])) as Record<TransitionName, CaseState | typeof X>;
}

function attempt(state: CaseState, transition: TransitionName): string {
  const heldFrom: OpenState | null = state === 'on_hold' ? 'cleared' : null;
  const effective = heldFrom ?? state;
  const closeOutcome: CloseOutcome = effective === 'relocated' || effective === 'monitoring' ? 'relocated' : 'withdrawn';
  try {
    return planTransition(state, heldFrom, transition, { closeOutcome, releaseEvaluation: { transition: 'clear', outcome: 'allowed' } });
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('planTransition: the whole matrix', () => {
  for (const state of CASE_STATES) {
    for (const transition of TRANSITION_NAMES) {
      it(`${state} × ${transition} → ${EXPECTED[state][transition]}`, () => {
        expect(attempt(state, transition)).toBe(EXPECTED[state][transition]);
      });
    }
  }
});

describe('planTransition: holds', () => {
  it('releases back to every open state it interrupted', () => {
    for (const origin of OPEN_STATES) {
      const gate = releaseGateFor(origin);
      const releaseEvaluation = gate === null ? undefined : { transition: gate, outcome: 'allowed' as const };
      expect(planTransition('on_hold', origin, 'release_hold', releaseEvaluation ? { releaseEvaluation } : {})).toBe(origin);
    }
  });

  it('refuses to release while the gate still blocks', () => {
    expect(thrown(() => planTransition('on_hold', 'manifested', 'release_hold', { releaseEvaluation: { transition: 'manifest', outcome: 'blocked' } }))).toMatchObject({ code: 'hold_cause_not_cleared', details: { requiredEvaluation: 'manifest' } });
  });

  it('refuses an evaluation of the wrong transition, or none', () => {
    expect(thrown(() => planTransition('on_hold', 'cleared', 'release_hold', { releaseEvaluation: { transition: 'relocate', outcome: 'allowed' } })).code).toBe('hold_cause_not_cleared');
    expect(thrown(() => planTransition('on_hold', 'cleared', 'release_hold')).code).toBe('hold_cause_not_cleared');
  });

  it('releases a hold at intake without an evaluation', () => {
    expect(planTransition('on_hold', 'intake', 'release_hold')).toBe('intake');
  });

  it('rejects inconsistent hold bookkeeping', () => {
    expect(thrown(() => planTransition('on_hold', null, 'release_hold'))).toMatchObject({ code: X, details: { reason: 'hold_without_origin_state' } });
    expect(thrown(() => planTransition('cleared', 'cleared', 'manifest'))).toMatchObject({ code: X, details: { reason: 'origin_state_without_hold' } });
  });
});

describe('planTransition: close outcomes', () => {
  it('needs an outcome', () => {
    expect(thrown(() => planTransition('intake', null, 'close'))).toMatchObject({ code: X, details: { reason: 'close_outcome_missing' } });
  });

  it('closes as relocated only after the move, and otherwise never', () => {
    expect(planTransition('monitoring', null, 'close', { closeOutcome: 'relocated' })).toBe('closed');
    expect(planTransition('fear_screening', null, 'close', { closeOutcome: 'protection_granted' })).toBe('closed');
    expect(planTransition('on_hold', 'relocated', 'close', { closeOutcome: 'relocated' })).toBe('closed');
    expect(thrown(() => planTransition('cleared', null, 'close', { closeOutcome: 'relocated' }))).toMatchObject({ code: X, details: { reason: 'close_outcome_inconsistent_with_state' } });
    expect(thrown(() => planTransition('relocated', null, 'close', { closeOutcome: 'released' })).code).toBe(X);
  });

  it('a positive fear finding can close the case with protection granted or return to designation', () => {
    expect(planTransition('fear_screening', null, 'choose_another_destination')).toBe('designation_review');
    expect(planTransition('fear_screening', null, 'close', { closeOutcome: 'protection_granted' })).toBe('closed');
  });
});

describe('transition table', () => {
  it('only the physical move refuses time-pending findings, besides opening designation review', () => {
    expect(TRANSITION_NAMES.filter((name) => !TRANSITIONS[name].allowsTimePending)).toEqual(['begin_designation_review', 'relocate']);
  });

  it('claiming fear is never gated', () => {
    expect(TRANSITIONS.claim_fear.safeguards).toEqual([]);
  });

  it('knows which transitions a safeguard gates', () => {
    expect(transitionsGatedBy('US-STAY')).toEqual(['propose_country', 'clear', 'manifest', 'relocate']);
    expect(transitionsGatedBy('MONITORING')).toEqual(['clear', 'manifest', 'relocate', 'begin_monitoring']);
  });
});
