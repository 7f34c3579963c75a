import { preparsePolicySet, preparseSchema } from '@cedar-policy/cedar-wasm/nodejs';
import { ACTIONS, type Action } from '../core/access/actions.js';
import { AppError } from '../core/errors.js';
import { computePolicyAnalysis, policyAnalysisKey, shippedPolicyAnalysis, type PolicyAnalysis } from './policy-analysis.js';
import { unionOfAttributeUses, type AttributeUse } from './policy-attributes.js';
import type { PolicySources } from './policy-files.js';

/**
 * The pre-parsed policies for one action and one set of roles: only the
 * policies that can apply to such a request. Cedar evaluates every policy of
 * a set on each request, so the fewer, the faster; decisions are unchanged
 * because a left-out policy can neither match nor raise an error (scope
 * excludes the action, or its role guard excludes the principal).
 */
export interface PolicySlot {
  /** The action and the guard roles the principal holds: requests with equal keys use the same policies. */
  readonly key: string;
  readonly policySetId: string;
  /** Sorted ids of the policies in the set. */
  readonly policyIds: readonly string[];
  /** What those policies read of principal and resource (the authorizer passes only that). */
  readonly attributeUse: AttributeUse;
}

/** Handles of a policy set and schema parsed once into the Cedar engine's cache. */
export interface PreparsedPolicySet {
  readonly schemaName: string;
  readonly policyIds: readonly string[];
  /** action → ids of the policies whose scope admits it, for any role, sorted (for tests and diagnostics). */
  readonly policyIdsByAction: Readonly<Record<Action, readonly string[]>>;
  /** action → what those policies read of principal and resource, for any role. */
  readonly attributeUseByAction: Readonly<Record<Action, AttributeUse>>;
  /** The slot for a request; pre-parsed on first use (at most one per action and combination of guard roles). */
  slotFor(action: Action, roles: readonly string[]): PolicySlot;
}

let preparsedCount = 0;

/**
 * Checks the sources (schema parses, its actions equal ACTIONS, every policy
 * validates in strict mode) and pre-parses them into the engine. Throws
 * `policy_invalid` naming the policy, its file and Cedar's message: start-up
 * refuses to serve with a policy that does not validate. For the shipped
 * policies, byte for byte, the checks' committed outcome stands in for running
 * them again (see analyse and shippedPolicyAnalysis).
 *
 * @example
 *   const prepared = preparePolicySet(readPolicySources(SHIPPED_POLICY_DIR));
 */
export function preparePolicySet(sources: PolicySources): PreparsedPolicySet {
  const analysis = analyse(sources);
  // Ids are per process: the engine's cache is global, and tests build several authorizers.
  preparsedCount += 1;
  const prefix = `waypoint-${preparsedCount}`;
  const schemaName = `${prefix}-schema`;
  const schemaAnswer = preparseSchema(schemaName, sources.schema);
  if (schemaAnswer.type === 'failure') {
    throw new AppError('policy_invalid', `schema does not pre-parse: ${schemaAnswer.errors.map((e) => e.message).join('; ')}`);
  }
  return new RolePartitionedPolicySet(sources, prefix, schemaName, analysis);
}

/**
 * Sources already analysed in this process, by key (policyAnalysisKey). Analysis costs ~1–2.5 s on
 * this host and every test context and in-process CLI command builds an authorizer. Only sources
 * that passed are kept, so an invalid set fails every time.
 */
const analysedSources = new Map<string, PolicyAnalysis>();
const ANALYSED_SOURCES_KEPT = 16;

/**
 * The analysis of these sources: remembered in this process, else the committed analysis of the
 * shipped policies when its key matches (a server or CLI process then starts without re-validating
 * what the build's test validated), else computed — validation included — for any other folder.
 */
function analyse(sources: PolicySources): PolicyAnalysis {
  const key = policyAnalysisKey(sources);
  const known = analysedSources.get(key);
  if (known !== undefined) return known;
  const analysis = shippedPolicyAnalysis(key, sources) ?? computePolicyAnalysis(sources);
  if (analysedSources.size >= ANALYSED_SOURCES_KEPT) analysedSources.delete(analysedSources.keys().next().value as string);
  analysedSources.set(key, analysis);
  return analysis;
}

/** Per action: the policies every principal gets, and those only holders of a role get. */
interface ActionPolicies {
  readonly unguarded: readonly string[];
  readonly guardedBy: ReadonlyMap<string, readonly string[]>;
}

class RolePartitionedPolicySet implements PreparsedPolicySet {
  readonly policyIds: readonly string[];
  readonly policyIdsByAction: Readonly<Record<Action, readonly string[]>>;
  readonly attributeUseByAction: Record<Action, AttributeUse>;
  private readonly byAction: Record<Action, ActionPolicies>;
  private readonly slots = new Map<string, PolicySlot>();

  constructor(
    private readonly sources: PolicySources,
    private readonly prefix: string,
    readonly schemaName: string,
    private readonly analysis: PolicyAnalysis,
  ) {
    this.policyIds = Object.keys(sources.policies).sort();
    this.policyIdsByAction = analysis.policyIdsByAction;
    this.attributeUseByAction = {} as Record<Action, AttributeUse>;
    this.byAction = {} as Record<Action, ActionPolicies>;
    for (const action of ACTIONS) {
      this.attributeUseByAction[action] = this.attributeUseOf(analysis.policyIdsByAction[action]);
      const unguarded: string[] = [];
      const guardedBy = new Map<string, string[]>();
      for (const id of analysis.policyIdsByAction[action]) {
        const role = analysis.roleGuardOfPolicy[id] ?? null;
        if (role === null) unguarded.push(id);
        else guardedBy.set(role, [...(guardedBy.get(role) ?? []), id]);
      }
      this.byAction[action] = { unguarded, guardedBy };
    }
  }

  slotFor(action: Action, roles: readonly string[]): PolicySlot {
    const { unguarded, guardedBy } = this.byAction[action];
    const held = roles.filter((role) => guardedBy.has(role));
    if (held.length > 1) held.sort();
    const key = `${action}\u0001${held.join(',')}`;
    return this.slots.get(key) ?? this.prepareSlot(key, action, unguarded, held.flatMap((role) => guardedBy.get(role) ?? []));
  }

  private prepareSlot(key: string, action: Action, unguarded: readonly string[], guarded: readonly string[]): PolicySlot {
    const policyIds = [...new Set([...unguarded, ...guarded])].sort();
    const policySetId = `${this.prefix}-slot-${this.slots.size}`;
    const policies: Record<string, string> = {};
    for (const id of policyIds) policies[id] = this.sources.policies[id] ?? '';
    const answer = preparsePolicySet(policySetId, { staticPolicies: policies });
    if (answer.type === 'failure') {
      throw new AppError('policy_invalid', `policies do not pre-parse: ${answer.errors.map((e) => e.message).join('; ')}`);
    }
    const slot: PolicySlot = { key, policySetId, policyIds, attributeUse: this.attributeUseOf(policyIds) };
    this.slots.set(key, slot);
    return slot;
  }

  private attributeUseOf(policyIds: readonly string[]): AttributeUse {
    return unionOfAttributeUses(policyIds.map((id) => this.analysis.attributeUseOfPolicy[id] ?? WHOLE_ENTITIES));
  }
}

/** What an unanalysed policy is taken to read (never the case for analysed sources): everything. */
const WHOLE_ENTITIES: AttributeUse = { principal: null, resource: null, principalIdentity: true, resourceIdentity: true };
