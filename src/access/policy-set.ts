import {
  getValidRequestEnvsPolicy,
  preparsePolicySet,
  preparseSchema,
  schemaToJson,
  validate,
} from '@cedar-policy/cedar-wasm/nodejs';
import { ACTIONS, type Action } from '../core/access/actions.js';
import { AppError } from '../core/errors.js';
import { sha256Hex } from '../audit/sha256.js';
import { NAMESPACE } from './entities.js';
import { attributeUseOf, roleGuardOf, type AttributeUse } from './policy-attributes.js';
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

/** Action ids that are groups, not requestable actions. */
const ACTION_GROUPS = new Set(['write']);

let preparsedCount = 0;

/**
 * Checks the sources (schema parses, its actions equal ACTIONS, every policy
 * validates in strict mode) and pre-parses them into the engine. Throws
 * `policy_invalid` naming the policy, its file and Cedar's message: start-up
 * refuses to serve with a policy that does not validate.
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
  const { policyIdsByAction, attributeUseByAction } = analysis;
  return new RolePartitionedPolicySet(sources, prefix, schemaName, policyIdsByAction, attributeUseByAction);
}

/** What validation and partition found for one set of sources: a pure function of their text. */
interface PolicyAnalysis {
  readonly policyIdsByAction: Readonly<Record<Action, readonly string[]>>;
  readonly attributeUseByAction: Readonly<Record<Action, AttributeUse>>;
}

/**
 * Sources already validated and partitioned in this process, by content hash. Both steps are
 * deterministic in the text of the schema and policies, and cost ~1 s each time on this host
 * (strict validation ~0.4 s; getValidRequestEnvsPolicy re-parses the schema for each of the 55
 * policies, ~0.6–1 s): every test context and in-process CLI command builds an authorizer. Only
 * sources that passed are kept, so an invalid set fails every time.
 */
const analysedSources = new Map<string, PolicyAnalysis>();
const ANALYSED_SOURCES_KEPT = 16;

function analyse(sources: PolicySources): PolicyAnalysis {
  const key = sha256Hex(JSON.stringify([sources.schema, Object.entries(sources.policies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]));
  const known = analysedSources.get(key);
  if (known !== undefined) return known;
  checkSchemaActions(sources.schema);
  const answer = validate({
    schema: sources.schema,
    policies: { staticPolicies: { ...sources.policies } },
    validationSettings: { mode: 'strict' },
  });
  if (answer.type === 'failure') {
    throw new AppError('policy_invalid', `policies do not validate: ${answer.errors.map((e) => e.message).join('; ')}`, {
      errors: answer.errors.map((e) => e.message),
    });
  }
  if (answer.validationErrors.length > 0) {
    const errors = answer.validationErrors.map((e) => ({
      policyId: e.policyId,
      file: sources.fileOf[e.policyId] ?? null,
      message: e.error.message,
    }));
    const summary = errors.map((e) => `${e.policyId} (${e.file ?? '?'}): ${e.message}`).join('; ');
    throw new AppError('policy_invalid', `policies do not validate against the schema in strict mode: ${summary}`, { errors });
  }

  const policyIdsByAction = partitionByAction(sources);
  const attributeUseByAction = {} as Record<Action, AttributeUse>;
  for (const action of ACTIONS) {
    attributeUseByAction[action] = attributeUseOf(policyIdsByAction[action].map((id) => sources.policies[id] ?? ''));
  }
  const analysis: PolicyAnalysis = { policyIdsByAction, attributeUseByAction };
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
  private readonly byAction: Record<Action, ActionPolicies>;
  private readonly slots = new Map<string, PolicySlot>();

  constructor(
    private readonly sources: PolicySources,
    private readonly prefix: string,
    readonly schemaName: string,
    readonly policyIdsByAction: Readonly<Record<Action, readonly string[]>>,
    readonly attributeUseByAction: Readonly<Record<Action, AttributeUse>>,
  ) {
    this.policyIds = Object.keys(sources.policies).sort();
    const guardOf = new Map(Object.entries(sources.policies).map(([id, text]) => [id, roleGuardOf(text)]));
    this.byAction = {} as Record<Action, ActionPolicies>;
    for (const action of ACTIONS) {
      const unguarded: string[] = [];
      const guardedBy = new Map<string, string[]>();
      for (const id of policyIdsByAction[action]) {
        const role = guardOf.get(id) ?? null;
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
    const slot: PolicySlot = { key, policySetId, policyIds, attributeUse: attributeUseOf(Object.values(policies)) };
    this.slots.set(key, slot);
    return slot;
  }
}

/** For each action, the policies whose valid request environments include it. */
function partitionByAction(sources: PolicySources): Record<Action, string[]> {
  const byAction = Object.fromEntries(ACTIONS.map((action) => [action, [] as string[]])) as Record<Action, string[]>;
  for (const [id, text] of Object.entries(sources.policies)) {
    const envs = getValidRequestEnvsPolicy(text, sources.schema);
    // A policy whose environments cannot be computed goes everywhere: slower, never wrong.
    const actions: readonly Action[] = envs.type === 'success' ? envs.actions.map(actionIdOf).filter(isKnownAction) : ACTIONS;
    for (const action of actions) byAction[action].push(id);
  }
  for (const action of ACTIONS) byAction[action].sort();
  return byAction;
}

/** `Waypoint::Action::"case:read"` → `case:read`. */
function actionIdOf(uid: string): string {
  const match = /::"((?:[^"\\]|\\.)*)"$/.exec(uid);
  return match?.[1] ?? uid;
}

function isKnownAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/** The schema must declare exactly the actions of src/core/access/actions.ts. */
function checkSchemaActions(schema: string): void {
  const json = schemaToJson(schema);
  if (json.type === 'failure') {
    throw new AppError('policy_invalid', `schema does not parse: ${json.errors.map((e) => e.message).join('; ')}`, {
      errors: json.errors.map((e) => e.message),
    });
  }
  const declared = Object.keys(json.json[NAMESPACE]?.actions ?? {}).filter((id) => !ACTION_GROUPS.has(id));
  const expected = new Set<string>(ACTIONS);
  const missing = ACTIONS.filter((action) => !declared.includes(action));
  const unknown = declared.filter((action) => !expected.has(action));
  if (missing.length > 0 || unknown.length > 0) {
    throw new AppError('policy_invalid', `schema actions differ from ACTIONS: missing [${missing.join(', ')}], unknown [${unknown.join(', ')}]`, {
      missing,
      unknown,
    });
  }
}
