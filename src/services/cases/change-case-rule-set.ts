import { appendAudit } from '../../audit/audit-log.js';
import type { Case } from '../../core/case.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { findCase, lockCase } from '../../db/repositories/case.repository.js';
import { updateCaseRuleSet } from '../../db/repositories/case-workflow.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { authorizeCaseAction } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertVersion } from '../versioning.js';
import { ruleSetHash } from './rule-set-hash.js';
import { sweepAffectedCases, type SweepReport } from './sweep-affected-cases.js';

/**
 * Changes the rule set a case is judged by (a legal reviewer's audited act), then sweeps the case:
 * if it no longer passes the gate of its state under the new rules, it goes on hold.
 * Throws not_found, precondition_failed, unknown_rule_set (nothing written), parameter_out_of_range.
 *
 * @example await changeCaseRuleSet(ctx, principal, caseId, { ruleSetId: 'us-ice-2025-07' })
 */
export async function changeCaseRuleSet(
  ctx: ServiceContext,
  principal: Principal,
  caseId: string,
  input: { readonly ruleSetId: string; readonly expectedVersion?: number | undefined },
): Promise<{ case: Case; sweep: SweepReport }> {
  const ruleSet = resolveRuleSet(input.ruleSetId);
  await requireAllowed(ctx, principal, 'ruleset:write', { type: 'RuleSet', id: ruleSet.id });
  await authorizeCaseAction(ctx, principal, caseId, 'case:read');
  const at = nowInstant(ctx);
  const updated = await runWrite(ctx, async (trx) => {
    const current = await lockCase(trx, caseId);
    if (!current) throw new AppError('not_found', `case ${caseId} not found`, { caseId });
    if (input.expectedVersion !== undefined) assertVersion('case', caseId, current.version, input.expectedVersion);
    const changed = await updateCaseRuleSet(trx, caseId, ruleSet.id, at);
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'case.rule_set_change',
      resourceType: 'case',
      resourceId: caseId,
      details: { from: current.ruleSetId, to: ruleSet.id, ruleSetHash: ruleSetHash(ruleSet), version: changed.version },
      at,
    });
    return changed;
  });
  const sweep = await sweepAffectedCases(ctx, principal, { kind: 'case', caseId });
  // The sweep may have put the case on hold: return it as it is now.
  const now = await findCase(ctx.db, caseId);
  return { case: now ?? updated, sweep };
}
