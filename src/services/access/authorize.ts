import { appendAudit } from '../../audit/audit-log.js';
import type { Action } from '../../core/access/actions.js';
import type { AccessResource } from '../../core/access/resources.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { Decision, DecisionContext } from '../../access/decision.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

/**
 * The read action that reveals a resource exists. When it is denied the
 * caller gets 404, as if the record did not exist (another counsel's client,
 * a case outside need-to-know); when the caller may see it but not act, 403.
 */
const EXISTENCE_ACTION: Partial<Record<AccessResource['type'], Action>> = {
  Case: 'case:read',
  Person: 'person:read',
  Agreement: 'agreement:read',
  Transfer: 'transfer:read',
  Document: 'document:read',
};

/** The CLI operator (a system principal) has database access anyway; its acts are audited as such. */
const SYSTEM_DECISION: Decision = { allowed: true, reason: 'permitted', policyIds: ['system-operator'], errors: [], breakGlass: false };

export function decide(ctx: ServiceContext, principal: Principal, action: Action, resource: AccessResource, context?: DecisionContext): Decision {
  if (principal.kind === 'system') return SYSTEM_DECISION;
  return ctx.authorizer.decide(principal, action, resource, context);
}

/**
 * Call before opening the use case's transaction: a denial writes its audit
 * entry in a transaction of its own (on PGlite, nesting it inside an open
 * transaction would wait for the one connection forever).
 *
 * Decides one request; a denial is audited (who, what, which policies) in its
 * own transaction — it must be recorded even though the request fails — and
 * thrown as `not_found` (404) or `forbidden` / `separation_of_duties` (403).
 * Returns the allowing decision so callers can record its policy ids.
 *
 * @example const decision = await requireAllowed(ctx, principal, 'case:transition', caseResource);
 */
export async function requireAllowed(
  ctx: ServiceContext,
  principal: Principal,
  action: Action,
  resource: AccessResource,
  context?: DecisionContext,
): Promise<Decision> {
  if (principal.kind === 'anonymous') throw new AppError('unauthenticated', 'sign in first', {});
  const decision = decide(ctx, principal, action, resource, context);
  if (decision.allowed) return decision;

  const existenceAction = EXISTENCE_ACTION[resource.type];
  // A record being created ('new') has no existence to hide.
  const hidden = resource.id !== 'new' && existenceAction !== undefined && (existenceAction === action || !decide(ctx, principal, existenceAction, resource, context).allowed);
  await auditDenial(ctx, principal, action, resource, decision, hidden);
  if (hidden) throw new AppError('not_found', `${resource.type.toLowerCase()} ${resource.id} not found`, { id: resource.id });
  if (decision.policyIds.some((id) => id.startsWith('separation-of-duties'))) {
    throw new AppError('separation_of_duties', 'the person who prepared this work may not approve it', { action, policyIds: decision.policyIds });
  }
  throw new AppError('forbidden', `${action} is not permitted for you on this ${resource.type.toLowerCase()}`, { action, policyIds: decision.policyIds });
}

async function auditDenial(ctx: ServiceContext, principal: Principal, action: Action, resource: AccessResource, decision: Decision, hidden: boolean): Promise<void> {
  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, {
      actor: actorRef(principal),
      action: 'access.denied',
      resourceType: resource.type.toLowerCase(),
      resourceId: resource.id,
      details: { requested: action, reason: decision.reason, policyIds: [...decision.policyIds], errors: [...decision.errors], answeredAs: hidden ? 404 : 403 },
      at,
    }),
  );
}

/**
 * Re-checks, inside the use case's transaction, a decision already made by
 * requireAllowed before it (the locked row may have changed in between).
 * A denial here is a race, not an attempt: it is refused without an audit entry.
 */
export function assertStillAllowed(ctx: ServiceContext, principal: Principal, action: Action, resource: AccessResource, context?: DecisionContext): void {
  if (!decide(ctx, principal, action, resource, context).allowed) {
    throw new AppError('conflict', `the record changed while you worked on it; ${action} is no longer permitted`, { action });
  }
}

/**
 * The abilities the UI may offer: the server decides, the UI never re-derives policy.
 * Pass the same `context` the act itself is decided with (e.g. `preparedBy` for
 * approvals), or an ability is offered or withheld wrongly.
 */
export function abilitiesFor(ctx: ServiceContext, principal: Principal, resource: AccessResource, candidates?: readonly Action[], context?: DecisionContext): Action[] {
  if (principal.kind === 'system') return candidates ? [...candidates] : [];
  return ctx.authorizer.allowedActions(principal, resource, candidates, context);
}
