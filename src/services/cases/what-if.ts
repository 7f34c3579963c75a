import type { Principal } from '../../core/principal.js';
import type { RuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { resolveRuleSet, withParameters } from '../../core/rulesets/resolve-rule-set.js';
import type { CaseState } from '../../core/case.js';
import type { SafeguardId } from '../../core/safeguards/safeguard-ids.js';
import { whatIf, type WhatIfReport } from '../../core/safeguards/evaluate.js';
import { listOpenCaseSubjectsPage, type OpenCaseFilter } from '../../db/repositories/case-facts.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, type ServiceContext } from '../context.js';
import { buildCaseFactsBatch } from './build-case-facts.js';

export interface WhatIfRequest {
  readonly ruleSetId: string;
  /** Amended parameters per safeguard (validated: parameter_out_of_range). */
  readonly parameters?: Readonly<Partial<Record<SafeguardId, Readonly<Record<string, number>>>>> | undefined;
  readonly filter?: { readonly state?: CaseState | undefined; readonly destinationCountry?: string | undefined; readonly agreementId?: string | undefined } | undefined;
}

/**
 * Evaluates departure for every open case (or those matching the filter) under another rule set,
 * writing nothing. Batched like the sweep: one query per fact source per 1000 cases.
 * Throws unknown_rule_set or parameter_out_of_range.
 *
 * @example (await whatIfRuleSet(ctx, principal, { ruleSetId: 'us-ice-2025-07' })).blockedBySafeguard
 */
export async function whatIfRuleSet(ctx: ServiceContext, principal: Principal, request: WhatIfRequest, options: { batchSize?: number } = {}): Promise<WhatIfReport> {
  let ruleSet: RuleSet = resolveRuleSet(request.ruleSetId);
  await requireAllowed(ctx, principal, 'whatif:run', { type: 'RuleSet', id: ruleSet.id });
  for (const [safeguardId, values] of Object.entries(request.parameters ?? {})) {
    if (values !== undefined) ruleSet = withParameters(ruleSet, safeguardId as SafeguardId, values);
  }
  const at = nowInstant(ctx);
  const batchSize = options.batchSize ?? 1000;
  const filter: OpenCaseFilter = {
    ...(request.filter?.state !== undefined && { states: [request.filter.state] }),
    ...(request.filter?.destinationCountry !== undefined && { destinationCountry: request.filter.destinationCountry }),
    ...(request.filter?.agreementId !== undefined && { agreementId: request.filter.agreementId }),
  };
  const total = { total: 0, allowed: 0, waiting: 0, blocked: 0 };
  const blockedBy: Partial<Record<SafeguardId, number>> = {};
  const waitingBy: Partial<Record<SafeguardId, number>> = {};
  let after: string | null = null;
  for (;;) {
    const subjects = await listOpenCaseSubjectsPage(ctx.db, filter, after, batchSize);
    if (subjects.length === 0) break;
    after = subjects.at(-1)?.caseId ?? null;
    const facts = await buildCaseFactsBatch(ctx.db, ctx.personKeyEncryptionKey, subjects, at);
    const part = whatIf(ruleSet, [...facts.values()], at);
    total.total += part.total;
    total.allowed += part.allowed;
    total.waiting += part.waiting;
    total.blocked += part.blocked;
    addCounts(blockedBy, part.blockedBySafeguard);
    addCounts(waitingBy, part.waitingBySafeguard);
    if (subjects.length < batchSize) break;
  }
  return { ruleSetId: ruleSet.id, at, ...total, blockedBySafeguard: blockedBy, waitingBySafeguard: waitingBy };
}

function addCounts(into: Partial<Record<SafeguardId, number>>, from: Readonly<Partial<Record<SafeguardId, number>>>): void {
  for (const [id, count] of Object.entries(from) as [SafeguardId, number][]) into[id] = (into[id] ?? 0) + count;
}
