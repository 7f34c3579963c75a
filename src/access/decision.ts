import type { FieldGroup } from '../core/access/field-groups.js';
import type { Instant } from '../core/time.js';

/**
 * Why a request was decided as it was. Audit entries store this; keep the
 * shape stable.
 * - `permitted`: at least one permit matched and no forbid (policyIds = the permits);
 * - `forbidden`: a forbid matched (policyIds = the forbids);
 * - `no_permit`: nothing matched, default deny (policyIds = []);
 * - `error`: a policy failed to evaluate; denied, fail closed (errors say which).
 */
export type DecisionReason = 'permitted' | 'forbidden' | 'no_permit' | 'error';

export interface Decision {
  readonly allowed: boolean;
  readonly reason: DecisionReason;
  /** Ids of the policies that decided (see DecisionReason), sorted. */
  readonly policyIds: readonly string[];
  /** Evaluation errors as `<policyId>: <message>`; any error denies. */
  readonly errors: readonly string[];
  /** True when a break-the-glass grant allowed this: the caller must flag it for oversight review. */
  readonly breakGlass: boolean;
}

/** A break-the-glass grant the caller holds for this principal and case. */
export interface BreakGlassGrant {
  readonly reason: string;
  readonly expiresAt: Instant;
}

/**
 * Request facts beyond principal, action and resource. The authorizer adds the
 * current time from its clock.
 */
export interface DecisionContext {
  readonly breakGlass?: BreakGlassGrant;
  /** users.id (or system id) of who prepared the work (clearance:approve, manifest:lock). */
  readonly preparedBy?: string;
  /** The field group asked for by case:read-group. */
  readonly group?: FieldGroup;
}

/** Id of the policy whose permits are break-the-glass reads (src/access/policies/break-glass.cedar). */
export const BREAK_GLASS_POLICY_ID = 'break-glass-officer-case-read';
