import type { Action } from '../../core/access/actions.js';
import { AUDIT_LOG, DOCUMENT_INDEX, PROGRAM_REPORT, USER_ADMIN, type AccessResource } from '../../core/access/resources.js';
import type { Principal } from '../../core/principal.js';
import { abilitiesFor } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The program-wide resources (one of each) and the actions on them a screen may be built around. */
const PROGRAM_RESOURCES: readonly (readonly [AccessResource, readonly Action[]])[] = [
  [PROGRAM_REPORT, ['report:program']],
  [DOCUMENT_INDEX, ['document:search']],
  [{ type: 'RuleSet', id: 'catalogue' }, ['ruleset:read', 'whatif:run']],
  [AUDIT_LOG, ['audit:read', 'audit:verify']],
  [USER_ADMIN, ['user:admin']],
];

/**
 * What the signed-in person may do program-wide, decided by the policy
 * engine exactly as the routes behind each screen decide it: the UI builds
 * its navigation from this list and never from roles. Record-level actions
 * (a case, an agreement) stay with each record's own `abilities`.
 *
 * @example programAbilities(ctx, principal) // ['report:program', 'document:search', 'ruleset:read', 'whatif:run']
 */
export function programAbilities(ctx: ServiceContext, principal: Principal): Action[] {
  if (principal.kind === 'anonymous') return [];
  return PROGRAM_RESOURCES.flatMap(([resource, actions]) => abilitiesFor(ctx, principal, resource, actions));
}
