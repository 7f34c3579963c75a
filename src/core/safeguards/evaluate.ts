import type { Instant } from '../time.js';
import { isBefore, maxInstant } from '../time.js';
import type { RuleSet } from '../rulesets/resolve-rule-set.js';
import type { TransitionName } from '../workflow/transitions.js';
import { TRANSITIONS, transitionsGatedBy } from '../workflow/transitions.js';
import type { CaseFacts } from './case-facts.js';
import { isActiveAt } from './case-fact-queries.js';
import { SAFEGUARDS } from './catalogue.js';
import type { Citation, Jurisdiction, SafeguardOutcome } from './safeguard.js';
import type { SafeguardId } from './safeguard-ids.js';

/**
 * One safeguard's conclusion, as stored in a decision.
 * Warning: persisted and compared byte for byte on replay; every member is always present (null, not absent).
 */
export interface Finding {
  readonly safeguardId: SafeguardId;
  readonly title: string;
  readonly outcome: SafeguardOutcome;
  readonly reason: string;
  readonly citations: readonly Citation[];
  readonly earliestPassAt: Instant | null;
  /** False when `at` lies outside the rule's effective dates; such a rule passes and says so. */
  readonly inForce: boolean;
  readonly parameters: Readonly<Record<string, number>>;
}

export interface TransitionEvaluation {
  readonly transition: TransitionName;
  readonly ruleSetId: string;
  readonly at: Instant;
  readonly outcome: 'allowed' | 'blocked';
  readonly findings: readonly Finding[];
  /** When no finding blocks: the instant the last time-bound finding passes (null if none is pending). */
  readonly earliestPassAt: Instant | null;
}

export interface EvaluateInput {
  readonly ruleSet: RuleSet;
  readonly facts: CaseFacts;
  readonly transition: TransitionName;
  readonly at: Instant;
}

/**
 * Evaluates every safeguard of the rule set that gates the transition. Pure and deterministic: the
 * same input gives byte-identical output, so a stored decision replays exactly. Rules combine by
 * conjunction only: no rule can lift another's block.
 *
 * `allowed` when nothing blocks and, for the physical move (`relocate`), nothing is still pending.
 *
 * @example evaluateTransition({ ruleSet: resolveRuleSet('us-ice-2025-07'), facts, transition: 'relocate', at: '2025-09-01T12:00:00.000Z' })
 */
export function evaluateTransition({ ruleSet, facts, transition, at }: EvaluateInput): TransitionEvaluation {
  const gates = TRANSITIONS[transition].safeguards;
  const findings = ruleSet.safeguards.filter((setting) => gates.includes(setting.id)).map((setting) => evaluateOne(setting, facts, transition, at));
  const blocking = findings.some((f) => f.outcome === 'block');
  const pending = findings.filter((f) => f.outcome === 'pending');
  const waitsBlock = pending.length > 0 && !TRANSITIONS[transition].allowsTimePending;
  return {
    transition,
    ruleSetId: ruleSet.id,
    at,
    outcome: blocking || waitsBlock ? 'blocked' : 'allowed',
    findings,
    earliestPassAt: blocking ? null : maxInstant(pending.map((f) => f.earliestPassAt ?? at)),
  };
}

/**
 * One safeguard with resolved parameters, honouring its effective dates (used by the vectors too).
 *
 * @example evaluateSafeguard('US-STAY', facts, {}, 'relocate', now).outcome
 */
export function evaluateSafeguard(id: SafeguardId, facts: CaseFacts, parameters: Readonly<Record<string, number>>, transition: TransitionName, at: Instant): Finding {
  return evaluateOne({ id, parameters }, facts, transition, at);
}

function evaluateOne(setting: RuleSet['safeguards'][number], facts: CaseFacts, transition: TransitionName, at: Instant): Finding {
  const rule = SAFEGUARDS[setting.id];
  const base = { safeguardId: rule.id, title: rule.title, citations: rule.citations, parameters: setting.parameters };
  if (!isActiveAt(rule.effectiveFrom, rule.effectiveTo, at)) {
    const window = `${rule.effectiveFrom ?? 'the beginning'} to ${rule.effectiveTo ?? 'now'}`;
    return { ...base, outcome: 'pass', reason: `Not in force on ${at} (in force ${window}).`, earliestPassAt: null, inForce: false };
  }
  const result = rule.evaluate({ facts, parameters: setting.parameters, at, transition });
  return { ...base, outcome: result.outcome, reason: result.reason, earliestPassAt: result.outcome === 'pending' ? result.earliestPassAt : null, inForce: true };
}

/** Re-evaluations earliestDeparture allows; each jump moves to a strictly later instant, so this only bounds bad rules. */
const MAX_DEPARTURE_STEPS = 16;

/**
 * The earliest instant (not before `at`) at which every safeguard for `relocate` passes, or null when
 * something time cannot cure blocks (or blocks by then: e.g. the agreement expires first).
 *
 * @example earliestDeparture(resolveRuleSet('us-ice-2025-07'), facts, '2025-09-01T12:00:00.000Z') // '2025-09-02T09:00:00.000Z'
 */
export function earliestDeparture(ruleSet: RuleSet, facts: CaseFacts, at: Instant): Instant | null {
  let candidate = at;
  for (let step = 0; step < MAX_DEPARTURE_STEPS; step += 1) {
    const evaluation = evaluateTransition({ ruleSet, facts, transition: 'relocate', at: candidate });
    if (evaluation.outcome === 'allowed') return candidate;
    if (evaluation.findings.some((f) => f.outcome === 'block') || evaluation.earliestPassAt === null) return null;
    if (!isBefore(candidate, evaluation.earliestPassAt)) return null;
    candidate = evaluation.earliestPassAt;
  }
  return null;
}

export interface ChecklistItem {
  readonly safeguardId: SafeguardId;
  readonly title: string;
  readonly jurisdiction: Jurisdiction;
  readonly transitionsGated: readonly TransitionName[];
  readonly finding: Finding;
}

export interface Checklist {
  readonly ruleSetId: string;
  readonly at: Instant;
  readonly items: readonly ChecklistItem[];
  readonly earliestDepartureAt: Instant | null;
}

/**
 * Every safeguard of the rule set, judged as for departure, for the case page.
 *
 * @example checklist(resolveRuleSet(DEFAULT_RULE_SET_ID), facts, now).items.filter((i) => i.finding.outcome !== 'pass')
 */
export function checklist(ruleSet: RuleSet, facts: CaseFacts, at: Instant): Checklist {
  const items = ruleSet.safeguards.map((setting) => {
    const rule = SAFEGUARDS[setting.id];
    return {
      safeguardId: rule.id,
      title: rule.title,
      jurisdiction: rule.jurisdiction,
      transitionsGated: transitionsGatedBy(rule.id),
      finding: evaluateOne(setting, facts, 'relocate', at),
    };
  });
  return { ruleSetId: ruleSet.id, at, items, earliestDepartureAt: earliestDeparture(ruleSet, facts, at) };
}

export interface WhatIfReport {
  readonly ruleSetId: string;
  readonly at: Instant;
  readonly total: number;
  /** Would pass departure now. */
  readonly allowed: number;
  /** Only time-bound safeguards are outstanding. */
  readonly waiting: number;
  /** At least one safeguard blocks. */
  readonly blocked: number;
  /** Cases with a `block` finding, per safeguard (a case may count under several). */
  readonly blockedBySafeguard: Readonly<Partial<Record<SafeguardId, number>>>;
  /** Cases with a `pending` finding, per safeguard. */
  readonly waitingBySafeguard: Readonly<Partial<Record<SafeguardId, number>>>;
}

/**
 * Evaluates departure for many cases under a rule set without changing anything.
 *
 * @example whatIf(resolveRuleSet('us-ice-2025-07'), openCaseFacts, now).blockedBySafeguard['US-STAY']
 */
export function whatIf(ruleSet: RuleSet, factsList: readonly CaseFacts[], at: Instant): WhatIfReport {
  const blockedBy: Partial<Record<SafeguardId, number>> = {};
  const waitingBy: Partial<Record<SafeguardId, number>> = {};
  let allowed = 0;
  let waiting = 0;
  let blocked = 0;
  for (const facts of factsList) {
    const evaluation = evaluateTransition({ ruleSet, facts, transition: 'relocate', at });
    let anyBlock = false;
    for (const finding of evaluation.findings) {
      if (finding.outcome === 'block') {
        anyBlock = true;
        blockedBy[finding.safeguardId] = (blockedBy[finding.safeguardId] ?? 0) + 1;
      } else if (finding.outcome === 'pending') {
        waitingBy[finding.safeguardId] = (waitingBy[finding.safeguardId] ?? 0) + 1;
      }
    }
    if (anyBlock) blocked += 1;
    else if (evaluation.outcome === 'blocked') waiting += 1;
    else allowed += 1;
  }
  return { ruleSetId: ruleSet.id, at, total: factsList.length, allowed, waiting, blocked, blockedBySafeguard: blockedBy, waitingBySafeguard: waitingBy };
}
