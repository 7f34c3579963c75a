import { AppError } from '../errors.js';
import type { Instant } from '../time.js';
import { isBefore } from '../time.js';
import type { SafeguardId } from '../safeguards/safeguard-ids.js';
import { SAFEGUARD_IDS } from '../safeguards/safeguard-ids.js';
import type { RuleSetProfile } from './profiles.js';
import { RULE_SET_PROFILES } from './profiles.js';
import { moreProtective, resolveParameters } from './rule-set-parameters.js';

/**
 * A resolved rule set: one profile or a `+` combination, every parameter filled in.
 * Warning: its canonical JSON (ruleSetContent) is hashed into every decision; keep the shape stable.
 */
export interface RuleSet {
  readonly id: string;
  readonly title: string;
  readonly profiles: readonly { readonly id: string; readonly version: number }[];
  readonly effectiveFrom: Instant | null;
  readonly effectiveTo: Instant | null;
  /** In catalogue order, each with all its parameters resolved. */
  readonly safeguards: readonly { readonly id: SafeguardId; readonly parameters: Readonly<Record<string, number>> }[];
}

export function listRuleSetProfiles(): readonly RuleSetProfile[] {
  return RULE_SET_PROFILES;
}

/**
 * Resolves `us-ice-2025-07` or a combination such as `us-dvd-strict+unhcr-transfer-2013`.
 * A combination applies the union of safeguards; where two profiles set one parameter, the more
 * protective value wins. Throws AppError `unknown_rule_set`, or `parameter_out_of_range`.
 *
 * @example resolveRuleSet('us-dvd-strict+unhcr-transfer-2013').safeguards.length === 14
 */
export function resolveRuleSet(id: string): RuleSet {
  const parts = id.split('+');
  const profiles = parts.map((part) => {
    const profile = RULE_SET_PROFILES.find((p) => p.id === part);
    if (profile === undefined) {
      throw new AppError('unknown_rule_set', `unknown rule set ${part} in ${id}`, { ruleSetId: id, unknown: part, known: RULE_SET_PROFILES.map((p) => p.id) }, `There is no rule set called ${part}.`);
    }
    return profile;
  });
  if (new Set(parts).size !== parts.length) throw new AppError('unknown_rule_set', `rule set ${id} names a profile twice`, { ruleSetId: id });

  const merged = new Map<SafeguardId, Record<string, number>>();
  for (const profile of profiles) {
    for (const setting of profile.safeguards) {
      const values = resolveParameters(setting.id, setting.parameters);
      const existing = merged.get(setting.id);
      if (existing === undefined) merged.set(setting.id, values);
      else for (const [name, value] of Object.entries(values)) existing[name] = moreProtective(setting.id, name, existing[name] ?? value, value);
    }
  }
  return {
    id,
    title: profiles.map((p) => p.title).join(' + '),
    profiles: profiles.map((p) => ({ id: p.id, version: p.version })),
    effectiveFrom: latest(profiles.map((p) => p.effectiveFrom)),
    effectiveTo: earliest(profiles.map((p) => p.effectiveTo)),
    safeguards: SAFEGUARD_IDS.filter((sid) => merged.has(sid)).map((sid) => ({ id: sid, parameters: merged.get(sid) ?? {} })),
  };
}

/**
 * A copy of the rule set with some parameters changed (a legal reviewer's amendment), validated.
 * Throws `parameter_out_of_range`, or `unknown_rule_set` when the safeguard is not in the set.
 *
 * @example withParameters(resolveRuleSet('us-ice-2025-07'), 'US-NOTICE-ICE-2025', { noticeHours: 48 })
 */
export function withParameters(ruleSet: RuleSet, safeguardId: SafeguardId, values: Readonly<Record<string, number>>): RuleSet {
  if (!ruleSet.safeguards.some((s) => s.id === safeguardId)) {
    throw new AppError('unknown_rule_set', `${ruleSet.id} does not contain ${safeguardId}`, { ruleSetId: ruleSet.id, safeguardId });
  }
  return {
    ...ruleSet,
    safeguards: ruleSet.safeguards.map((s) => (s.id === safeguardId ? { id: s.id, parameters: resolveParameters(s.id, { ...s.parameters, ...values }) } : s)),
  };
}

function latest(instants: readonly (Instant | null)[]): Instant | null {
  return instants.reduce<Instant | null>((best, i) => (i === null ? best : best === null || isBefore(best, i) ? i : best), null);
}

function earliest(instants: readonly (Instant | null)[]): Instant | null {
  return instants.reduce<Instant | null>((best, i) => (i === null ? best : best === null || isBefore(i, best) ? i : best), null);
}
