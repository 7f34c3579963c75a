import { AppError } from '../../core/errors.js';
import type { Principal } from '../../core/principal.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import type { CaseFacts } from '../../core/safeguards/case-facts.js';
import { checklist, type Checklist } from '../../core/safeguards/evaluate.js';
import { readEarliestDeparture } from '../../db/repositories/case-workflow.repository.js';
import type { Decision } from '../../db/repositories/decision.repository.js';
import { findDecision, listDecisionsForCase } from '../../db/repositories/decision.repository.js';
import { authorizeCaseAction } from '../access/case-access.js';
import { nowInstant, type ServiceContext } from '../context.js';
import { buildCaseFacts } from './build-case-facts.js';

export interface CaseSafeguards extends Checklist {
  readonly caseId: string;
  /** The value transitions and sweeps stored on the case (transfers query it); the checklist's is computed now. */
  readonly storedEarliestDepartureAt: string | null;
}

/**
 * The safeguard checklist of a case as for departure now: every safeguard of its rule set with
 * citations, finding and earliest pass time, and the earliest departure instant.
 * Throws not_found, unknown_rule_set.
 *
 * @example (await getCaseSafeguards(ctx, principal, caseId)).earliestDepartureAt
 */
export async function getCaseSafeguards(ctx: ServiceContext, principal: Principal, caseId: string): Promise<CaseSafeguards> {
  await authorizeCaseAction(ctx, principal, caseId, 'decision:read');
  const at = nowInstant(ctx);
  const facts = await getCaseFactsOrThrow(ctx, caseId, at);
  const list = checklist(resolveRuleSet(facts.case.ruleSetId), facts, at);
  return { caseId, ...list, storedEarliestDepartureAt: await readEarliestDeparture(ctx.db, caseId) };
}

/** The facts snapshot the safeguards would read now. Throws not_found. */
export async function getCaseFacts(ctx: ServiceContext, principal: Principal, caseId: string): Promise<CaseFacts> {
  // The snapshot carries immigration history and personal attributes: it needs that field group.
  await authorizeCaseAction(ctx, principal, caseId, 'case:read-group', { group: 'immigration_history' });
  return getCaseFactsOrThrow(ctx, caseId, nowInstant(ctx));
}

async function getCaseFactsOrThrow(ctx: ServiceContext, caseId: string, at: string): Promise<CaseFacts> {
  const facts = await buildCaseFacts(ctx.db, ctx.personKeyEncryptionKey, caseId, at);
  if (!facts) throw new AppError('not_found', `case ${caseId} not found`, { caseId });
  return facts;
}

export async function listCaseDecisions(ctx: ServiceContext, principal: Principal, caseId: string): Promise<Decision[]> {
  await authorizeCaseAction(ctx, principal, caseId, 'decision:read');
  return listDecisionsForCase(ctx.db, caseId);
}

export async function getDecision(ctx: ServiceContext, principal: Principal, decisionId: string): Promise<Decision> {
  const found = await findDecision(ctx.db, decisionId);
  if (!found) throw new AppError('not_found', `decision ${decisionId} not found`, { decisionId });
  await authorizeCaseAction(ctx, principal, found.caseId, 'decision:read');
  return found;
}
