import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { manifestIneligibility, type Ineligibility } from '../../core/transfers/manifest-eligibility.js';
import { assertManifestEditable } from '../../core/transfers/transfer-lifecycle.js';
import type { CaseState } from '../../core/case.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import { listCaseSubjects } from '../../db/repositories/case-facts.repository.js';
import { insertDecisions, type NewDecision } from '../../db/repositories/decision.repository.js';
import {
  applyCaseStateChanges,
  findOpenManifestTransfers,
  insertManifestEntries,
  listManifestCandidates,
  lockCasesForUpdate,
  lockTransfer,
  touchTransfer,
  type TransferRecord,
} from '../../db/repositories/transfer.repository.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { earliestDeparture, evaluateTransition } from '../../core/safeguards/evaluate.js';
import { buildCaseFactsBatch } from '../cases/build-case-facts.js';
import { blockingFindings, decisionFromEvaluation } from '../cases/decision-from-evaluation.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { auditCaseTransitions, planCaseStep } from './case-steps.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';

export interface ManifestChange {
  readonly transfer: TransferRecord;
  readonly caseIds: readonly string[];
}

/**
 * Adds cases to a planned transfer's manifest, all or none. Each case must be `cleared`, under the
 * transfer's agreement, free to depart (earliest departure, recomputed now) at or before the scheduled
 * departure, and on no other open transfer (a unique partial index enforces it too). Adding MOVES
 * the case to `manifested` through the workflow's `manifest` transition, evaluated now with its
 * safeguards (time-pending findings allowed, as for any planning step); the decision is stored.
 * The adding user becomes the transfer's preparer (who may then not lock it).
 *
 * Throws manifest_case_ineligible (details.cases: reasons per case; nothing written),
 * transfer_step_not_allowed (manifest locked), not_found, forbidden.
 *
 * @example await addToManifest(ctx, officer, transferId, [caseA, caseB])
 */
export async function addToManifest(ctx: ServiceContext, principal: Principal, transferId: string, caseIds: readonly string[]): Promise<ManifestChange> {
  await authorizeTransferAction(ctx, principal, transferId, 'transfer:write');
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  const requested = [...new Set(caseIds)].sort();
  try {
    return await runWrite(ctx, async (trx) => {
      const transfer = requireTransfer(await lockTransfer(trx, transferId), transferId);
      assertManifestEditable(transfer.status);
      await lockCasesForUpdate(trx, requested);
      const [candidates, openTransfers, subjects] = await Promise.all([listManifestCandidates(trx, requested), findOpenManifestTransfers(trx, requested), listCaseSubjects(trx, requested)]);
      const factsByCase = await buildCaseFactsBatch(trx, ctx.personKeyEncryptionKey, subjects, at);
      // Earliest departure is recomputed from the facts as they stand now (the stored value may be stale).
      const departures = new Map<string, string | null>();
      const decisions = new Map<string, NewDecision>();
      const blocked = new Map<string, string[]>();
      for (const subject of subjects) {
        const facts = factsByCase.get(subject.caseId);
        if (facts === undefined) continue;
        const ruleSet = resolveRuleSet(subject.ruleSetId);
        departures.set(subject.caseId, earliestDeparture(ruleSet, facts, at));
        const evaluation = evaluateTransition({ ruleSet, facts, transition: 'manifest', at });
        if (evaluation.outcome === 'blocked') blocked.set(subject.caseId, blockingFindings(evaluation).map((f) => f.safeguardId));
        decisions.set(subject.caseId, decisionFromEvaluation({ requested: 'manifest', evaluation, facts, ruleSet, actor }));
      }
      const byId = new Map(candidates.map((c) => [c.id, c]));
      const ineligible: Ineligibility[] = [];
      for (const caseId of requested) {
        if (openTransfers.get(caseId) === transferId) continue;
        const candidate = byId.get(caseId);
        const reasons: string[] =
          candidate === undefined
            ? ['not_found']
            : manifestIneligibility(
                { caseId, state: candidate.state as CaseState, agreementId: candidate.agreement_id, earliestDepartureAt: departures.get(caseId) ?? null, openTransferId: openTransfers.get(caseId) ?? null },
                transfer,
              );
        const blockedBy = blocked.get(caseId);
        if (blockedBy !== undefined) reasons.push('safeguard_blocked');
        if (reasons.length > 0) ineligible.push({ caseId, reasons: reasons as Ineligibility['reasons'], ...(blockedBy !== undefined && { blockedBy }) });
      }
      if (ineligible.length > 0) {
        throw new AppError('manifest_case_ineligible', `${ineligible.length} of ${requested.length} cases cannot join manifest ${transfer.reference}`, { cases: ineligible }, 'Some cases cannot be added; see the reasons per case.');
      }
      const toAdd = requested.filter((id) => openTransfers.get(id) !== transferId);
      const adding = new Set(toAdd);
      const addedDecisions = [...decisions.values()].filter((d) => adding.has(d.caseId));
      const steps = subjects.filter((s) => adding.has(s.caseId)).map((s) => ({ ...planCaseStep(s, 'manifest'), change: { ...planCaseStep(s, 'manifest').change, earliestDepartureAt: departures.get(s.caseId) ?? null, keepEarliestDeparture: false } }));
      await applyCaseStateChanges(trx, steps.map((s) => s.change), at);
      await insertDecisions(trx, addedDecisions);
      await insertManifestEntries(trx, transferId, toAdd, actor, at);
      await touchTransfer(trx, transferId, principal.userId, at);
      await auditCaseTransitions(trx, steps, { actor, at, transferId, decisionIds: new Map(addedDecisions.map((d) => [d.caseId, d.id])) });
      await appendAudit(trx, { actor, action: 'transfer.manifest_add', resourceType: 'transfer', resourceId: transferId, details: { caseIds: toAdd, count: toAdd.length }, at });
      return { transfer: requireTransfer(await lockTransfer(trx, transferId), transferId), caseIds: toAdd };
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'manifest entry' });
  }
}
