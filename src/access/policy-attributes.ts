import { policyToJson } from '@cedar-policy/cedar-wasm/nodejs';
import { AppError } from '../core/errors.js';

/**
 * What a group of policies can observe of the principal and the resource.
 * Parsing an entity's attributes is most of the cost of a Cedar decision in
 * WebAssembly (measured: ~50 µs of ~140 µs per entity with eight attributes),
 * so the authorizer passes only the attributes the action's policies read.
 * That is exact, not a heuristic: Cedar can only observe an attribute through
 * `var.attr` or `var has attr`, and the walk below finds every such use; any
 * other use of the variable (compared as an entity, passed to `in`, a scope
 * constraint on its identity) switches pruning off for it.
 */
export interface AttributeUse {
  /** Attributes read as `principal.x` / `principal has x`; null: the entity is used whole, pass every attribute. */
  readonly principal: ReadonlySet<string> | null;
  readonly resource: ReadonlySet<string> | null;
  /** Whether a decision can depend on the entity's id (not only on its attributes). */
  readonly principalIdentity: boolean;
  readonly resourceIdentity: boolean;
}

type EntityVar = 'principal' | 'resource';

interface Collector {
  readonly attributes: Record<EntityVar, Set<string>>;
  readonly whole: Record<EntityVar, boolean>;
}

/**
 * The union of what the given policies read of principal and resource.
 *
 * @example
 *   attributeUseOf(['permit (principal, action, resource) when { principal.active };']);
 *   // { principal: Set {'active'}, resource: Set {}, principalIdentity: false, resourceIdentity: false }
 */
export function attributeUseOf(policyTexts: readonly string[]): AttributeUse {
  const collector: Collector = {
    attributes: { principal: new Set(), resource: new Set() },
    whole: { principal: false, resource: false },
  };
  for (const text of policyTexts) {
    const answer = policyToJson(text);
    if (answer.type === 'failure') {
      throw new AppError('policy_invalid', `policy does not convert to JSON: ${answer.errors.map((e) => e.message).join('; ')}`);
    }
    const policy = answer.json as unknown as Record<string, unknown>;
    if (!scopeIgnoresIdentity(policy['principal'])) collector.whole.principal = true;
    if (!scopeIgnoresIdentity(policy['resource'])) collector.whole.resource = true;
    visit(policy['conditions'], collector);
  }
  return {
    principal: collector.whole.principal ? null : collector.attributes.principal,
    resource: collector.whole.resource ? null : collector.attributes.resource,
    principalIdentity: collector.whole.principal,
    resourceIdentity: collector.whole.resource,
  };
}

/**
 * The union of uses already computed one policy at a time: equal to attributeUseOf over the same
 * policies' texts (an entity used whole by one policy is passed whole), without parsing them again.
 *
 * @example unionOfAttributeUses([attributeUseOf([a]), attributeUseOf([b])]) // same as attributeUseOf([a, b])
 */
export function unionOfAttributeUses(uses: readonly AttributeUse[]): AttributeUse {
  const principal = new Set<string>();
  const resource = new Set<string>();
  let principalWhole = false;
  let resourceWhole = false;
  for (const use of uses) {
    if (use.principal === null) principalWhole = true;
    else for (const name of use.principal) principal.add(name);
    if (use.resource === null) resourceWhole = true;
    else for (const name of use.resource) resource.add(name);
  }
  return {
    principal: principalWhole ? null : principal,
    resource: resourceWhole ? null : resource,
    principalIdentity: principalWhole,
    resourceIdentity: resourceWhole,
  };
}

/** `principal` / `resource is T` constrain only the type; `==`, `in`, `is … in` name entities. */
function scopeIgnoresIdentity(scope: unknown): boolean {
  if (!isRecord(scope)) return false;
  if (scope['op'] === 'All') return true;
  return scope['op'] === 'is' && !('in' in scope);
}

function visit(node: unknown, collector: Collector): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, collector);
    return;
  }
  if (!isRecord(node)) return;
  const variable = node['Var'];
  if (variable === 'principal' || variable === 'resource') {
    // Reached only when the variable is not the base of an attribute access.
    collector.whole[variable] = true;
    return;
  }
  for (const operator of ['.', 'has'] as const) {
    const access = node[operator];
    if (isRecord(access) && isRecord(access['left'])) {
      const base = access['left']['Var'];
      if ((base === 'principal' || base === 'resource') && typeof access['attr'] === 'string') {
        collector.attributes[base].add(access['attr']);
        return;
      }
    }
  }
  for (const value of Object.values(node)) visit(value, collector);
}

/**
 * The role a policy is guarded by, or null. A policy is guarded by role r when
 * its first condition clause is `when { principal.roles.contains("r") && … }`
 * with that test leftmost: Cedar evaluates clauses in order and `&&` from the
 * left, so for a principal without r the policy is false before anything else
 * in it runs — it can neither match nor raise an error, and leaving it out of
 * that principal's policy set cannot change a decision or its diagnostics.
 * Anything else (the test in second place, under `||`, in an `unless`) is not a
 * guard: the policy then goes to every principal.
 *
 * @example
 *   roleGuardOf('permit (principal, action, resource) when { principal.roles.contains("counsel") && resource.x };');
 *   // 'counsel'
 */
export function roleGuardOf(policyText: string): string | null {
  const answer = policyToJson(policyText);
  if (answer.type === 'failure') {
    throw new AppError('policy_invalid', `policy does not convert to JSON: ${answer.errors.map((e) => e.message).join('; ')}`);
  }
  const conditions = (answer.json as unknown as Record<string, unknown>)['conditions'];
  const first: unknown = Array.isArray(conditions) ? conditions[0] : undefined;
  if (!isRecord(first) || first['kind'] !== 'when') return null;
  let leftmost: unknown = first['body'];
  while (isRecord(leftmost) && isRecord(leftmost['&&'])) leftmost = leftmost['&&']['left'];
  if (!isRecord(leftmost)) return null;
  const contains = leftmost['contains'];
  if (!isRecord(contains) || !isRecord(contains['left']) || !isRecord(contains['right'])) return null;
  const roles = contains['left']['.'];
  if (!isRecord(roles) || roles['attr'] !== 'roles' || !isRecord(roles['left']) || roles['left']['Var'] !== 'principal') return null;
  const role = contains['right']['Value'];
  return typeof role === 'string' ? role : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
