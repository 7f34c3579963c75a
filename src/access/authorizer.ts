import './v8-workarounds.js';
import { statefulIsAuthorized, type Context, type EntityJson } from '@cedar-policy/cedar-wasm/nodejs';
import { ACTION_RESOURCE_TYPE, ACTIONS, actionsForResourceType, isWriteAction, type Action } from '../core/access/actions.js';
import { FIELD_GROUPS, type FieldGroup } from '../core/access/field-groups.js';
import type { AccessResource, CaseResource, ParagraphResource } from '../core/access/resources.js';
import { AppError } from '../core/errors.js';
import type { Principal } from '../core/principal.js';
import type { Clock } from '../core/time.js';
import { BREAK_GLASS_POLICY_ID, type Decision, type DecisionContext } from './decision.js';
import { DecisionMemo } from './decision-memo.js';
import { NAMESPACE, principalEntityId, resourceEntity, userEntity, withAttributes } from './entities.js';
import { readPolicySources, SHIPPED_POLICY_DIR } from './policy-files.js';
import { preparePolicySet, type PreparsedPolicySet } from './policy-set.js';

/**
 * The one policy decision point. API, exports, prints, search and the UI's
 * abilities all ask it; nothing re-derives policy.
 */
export interface Authorizer {
  /** Ids of every loaded policy, sorted. */
  readonly policyIds: readonly string[];
  /** Decides one request. Synchronous; throws only for a programming error (action on the wrong resource type). */
  decide(principal: Principal, action: Action, resource: AccessResource, context?: DecisionContext): Decision;
  /** The candidate actions (default: all that apply to the resource type) the principal may take now, in order. */
  allowedActions(
    principal: Principal,
    resource: AccessResource,
    candidateActions?: readonly Action[],
    context?: DecisionContext,
  ): Action[];
  /** The case field groups the principal may see (case:read-group per group). */
  allowedFieldGroups(principal: Principal, resource: CaseResource, context?: DecisionContext): Set<FieldGroup>;
  /** Whether a portion-marked paragraph may be shown to the principal (clearance and caveats). */
  canReadParagraph(principal: Principal, paragraph: ParagraphResource): boolean;
}

export interface AuthorizerOptions {
  /** Decision time for break-glass expiry. Default: the wall clock. */
  readonly clock?: Clock;
  /** Folder of `.cedar` files and `waypoint.cedarschema`. Default: the shipped policies. */
  readonly policyDir?: string;
  /**
   * How many decisions to remember by their exact inputs (DecisionMemo). Default 20,000
   * (a few MB); 0 evaluates every request in Cedar (the benchmark's cold baseline).
   */
  readonly decisionMemoSize?: number;
}

const DEFAULT_DECISION_MEMO_SIZE = 20_000;

const wallClock: Clock = { now: () => new Date() };

/** Each action as an entity, with the `write` group as parent for WRITE_ACTIONS (mirrors the schema). */
const ACTION_ENTITIES = Object.fromEntries(
  ACTIONS.map((action) => [
    action,
    {
      uid: { type: `${NAMESPACE}::Action`, id: action },
      attrs: {},
      parents: isWriteAction(action) ? [{ type: `${NAMESPACE}::Action`, id: 'write' }] : [],
    },
  ]),
) as Record<Action, EntityJson>;

/**
 * Loads, validates (strict) and pre-parses the policies once. Rejects with
 * AppError `policy_invalid` when a policy does not parse or validate, so the
 * server refuses to start rather than run with a broken policy.
 *
 * @example
 *   const authorizer = await createAuthorizer({ clock });
 *   const decision = authorizer.decide(principal, 'case:read', caseResource);
 *   if (!decision.allowed) throw new AppError('not_found', 'case not found');
 */
export function createAuthorizer(options: AuthorizerOptions = {}): Promise<Authorizer> {
  try {
    const prepared = preparePolicySet(readPolicySources(options.policyDir ?? SHIPPED_POLICY_DIR));
    const memo = new DecisionMemo(options.decisionMemoSize ?? DEFAULT_DECISION_MEMO_SIZE);
    return Promise.resolve(new CedarAuthorizer(prepared, options.clock ?? wallClock, memo));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

class CedarAuthorizer implements Authorizer {
  readonly policyIds: readonly string[];

  constructor(
    private readonly prepared: PreparsedPolicySet,
    private readonly clock: Clock,
    private readonly memo: DecisionMemo,
  ) {
    this.policyIds = prepared.policyIds;
  }

  decide(principal: Principal, action: Action, resource: AccessResource, context: DecisionContext = {}): Decision {
    const expectedType = ACTION_RESOURCE_TYPE[action];
    if (resource.type !== expectedType) {
      throw new AppError('internal', `action ${action} applies to ${expectedType}, not ${resource.type}`, {
        action,
        resourceType: resource.type,
      });
    }
    // Cedar sees only the attributes this action's policies read: parsing attributes is most of a
    // decision's cost, and an attribute no policy reads cannot change the answer.
    const slot = this.prepared.slotFor(action, principal.roles);
    const use = slot.attributeUse;
    const principalEntity = withAttributes(userEntity(principal), use.principal);
    const resourceEntityJson = withAttributes(resourceEntity(resource), use.resource);
    const cedarContext = this.cedarContext(context);
    // The key is every input Cedar receives, except ids the policies provably never look at.
    const memoKey =
      cedarContext['nowMs'] === undefined
        ? slot.key +
          '\u0001' +
          (use.principalIdentity ? principalEntityId(principal) : '') +
          '\u0001' +
          JSON.stringify(principalEntity.attrs) +
          '\u0001' +
          resource.type +
          '\u0001' +
          (use.resourceIdentity ? resource.id : '') +
          '\u0001' +
          JSON.stringify(resourceEntityJson.attrs) +
          '\u0001' +
          JSON.stringify(cedarContext)
        : null;
    const remembered = memoKey === null ? undefined : this.memo.get(memoKey);
    if (remembered !== undefined) return remembered;
    const decision = this.evaluate(action, slot.policySetId, principalEntity, resourceEntityJson, cedarContext);
    if (memoKey !== null) this.memo.set(memoKey, decision);
    return decision;
  }

  private evaluate(
    action: Action,
    policySetId: string,
    principalEntity: EntityJson,
    resourceEntityJson: EntityJson,
    context: Context,
  ): Decision {
    const answer = statefulIsAuthorized({
      principal: principalEntity.uid,
      action: ACTION_ENTITIES[action].uid,
      resource: resourceEntityJson.uid,
      context,
      preparsedPolicySetId: policySetId,
      // Request validation against the schema would cost ~40% of a decision and adds nothing here: the
      // policies were validated in strict mode at load, the entities and context come from typed
      // builders, the action/resource pairing is checked above, and any evaluation error denies.
      // Without the schema Cedar does not know action groups, so a write action's entity carries its
      // `write` membership itself (ACTION_ENTITIES). Other actions have no parents, and an entity
      // missing from the request has none either: leaving theirs out saves parsing one entity.
      entities: isWriteAction(action)
        ? [principalEntity, resourceEntityJson, ACTION_ENTITIES[action]]
        : [principalEntity, resourceEntityJson],
    });
    if (answer.type === 'failure') {
      return denyWithErrors(answer.errors.map((e) => `request: ${e.message}`));
    }
    const { decision, diagnostics } = answer.response;
    const errors = diagnostics.errors.map((e) => `${e.policyId}: ${e.error.message}`);
    // Cedar skips a policy that errors; a skipped forbid could turn into an allow, so any error denies.
    if (errors.length > 0) return denyWithErrors(errors);
    const policyIds = [...diagnostics.reason].sort();
    if (decision === 'allow') {
      const breakGlass = policyIds.length === 1 && policyIds[0] === BREAK_GLASS_POLICY_ID;
      return { allowed: true, reason: 'permitted', policyIds, errors: [], breakGlass };
    }
    return { allowed: false, reason: policyIds.length > 0 ? 'forbidden' : 'no_permit', policyIds, errors: [], breakGlass: false };
  }

  allowedActions(
    principal: Principal,
    resource: AccessResource,
    candidateActions: readonly Action[] = actionsForResourceType(resource.type),
    context: DecisionContext = {},
  ): Action[] {
    return candidateActions.filter(
      (action) => ACTION_RESOURCE_TYPE[action] === resource.type && this.decide(principal, action, resource, context).allowed,
    );
  }

  allowedFieldGroups(principal: Principal, resource: CaseResource, context: DecisionContext = {}): Set<FieldGroup> {
    return new Set(
      FIELD_GROUPS.filter((group) => this.decide(principal, 'case:read-group', resource, { ...context, group }).allowed),
    );
  }

  canReadParagraph(principal: Principal, paragraph: ParagraphResource): boolean {
    return this.decide(principal, 'paragraph:read', paragraph).allowed;
  }

  private cedarContext(context: DecisionContext): Context {
    const cedar: Context = {};
    if (context.breakGlass !== undefined) {
      // The time goes in only with a grant: it is what the grant's expiry is compared to, and a
      // context without it keeps every other decision independent of the clock (DecisionMemo).
      cedar['nowMs'] = this.clock.now().getTime();
      const expiresAtMs = Date.parse(context.breakGlass.expiresAt);
      // An unparseable expiry counts as already expired.
      cedar['breakGlass'] = {
        reason: context.breakGlass.reason.trim(),
        expiresAtMs: Number.isFinite(expiresAtMs) ? expiresAtMs : 0,
      };
    }
    if (context.preparedBy !== undefined) cedar['preparedBy'] = context.preparedBy;
    if (context.group !== undefined) cedar['group'] = context.group;
    return cedar;
  }
}

function denyWithErrors(errors: readonly string[]): Decision {
  return { allowed: false, reason: 'error', policyIds: [], errors, breakGlass: false };
}
