import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { planTransferStep } from '../../core/transfers/transfer-lifecycle.js';
import { planWelfareChecks } from '../../core/transfers/welfare-schedule.js';
import { listCaseSubjects } from '../../db/repositories/case-facts.repository.js';
import {
  applyCaseStateChanges,
  deactivateManifestEntries,
  insertWelfareChecks,
  listBoardedCaseIds,
  listManifestCaseIds,
  lockCasesForUpdate,
  lockTransfer,
  setTransferStatus,
  type TransferRecord,
} from '../../db/repositories/transfer.repository.js';
import { buildCaseFactsBatch } from '../cases/build-case-facts.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { consumePlace } from '../ledger/consume-place.js';
import { auditCaseTransitions, planCaseStep } from './case-steps.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';

export interface Arrival {
  readonly transfer: TransferRecord;
  readonly relocatedCaseIds: readonly string[];
  /** On the manifest but not boarded: back to `cleared` (remove_from_manifest). */
  readonly returnedCaseIds: readonly string[];
  readonly obligationsPosted: number;
  readonly welfareChecksScheduled: number;
}

/**
 * Confirms arrival (receiving liaison of that state, or an officer of the agency:
 * `transfer:confirm-arrival`). In ONE transaction: boarded cases → `relocated` (relocate: the
 * decision was taken at the departure gate), their places consumed and per-person payment
 * obligations posted through the ledger (consumePlace: exactly once per case), welfare checks
 * scheduled from the agreement's terms, the person's assurances and monitoring plan; manifest
 * cases that did not board go back to `cleared`. A second confirmation is refused with
 * transfer_step_not_allowed (the status is no longer `departed`); nothing is written.
 * Also conflict (nobody boarded), capacity_exhausted, not_found, forbidden.
 *
 * @example const arrival = await confirmArrival(ctx, liaison, transferId)
 */
export async function confirmArrival(ctx: ServiceContext, principal: Principal, transferId: string): Promise<Arrival> {
  await authorizeTransferAction(ctx, principal, transferId, 'transfer:confirm-arrival');
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  return runWrite(ctx, async (trx) => {
    const transfer = requireTransfer(await lockTransfer(trx, transferId), transferId);
    const status = planTransferStep(transfer.status, 'arrive');
    const [manifest, boardedIds] = await Promise.all([listManifestCaseIds(trx, transferId), listBoardedCaseIds(trx, transferId)]);
    if (boardedIds.length === 0) throw new AppError('conflict', `nobody is recorded as boarded on ${transfer.reference}`, { transferId }, 'Record boarding before confirming arrival.');
    await lockCasesForUpdate(trx, manifest);
    const subjects = await listCaseSubjects(trx, manifest);
    const boarded = new Set(boardedIds);
    const relocations = subjects.filter((s) => boarded.has(s.caseId)).map((s) => planCaseStep(s, 'relocate'));
    const returns = subjects.filter((s) => !boarded.has(s.caseId) && s.state === 'manifested').map((s) => planCaseStep(s, 'remove_from_manifest'));
    await applyCaseStateChanges(trx, [...relocations, ...returns].map((s) => s.change), at);

    let obligationsPosted = 0;
    for (const step of relocations) {
      const consumed = await consumePlace(trx, transfer.agreementId, step.caseId, at, actor);
      if (consumed.obligation !== null) obligationsPosted += 1;
    }

    const relocatedSubjects = subjects.filter((s) => boarded.has(s.caseId));
    const factsByCase = await buildCaseFactsBatch(trx, ctx.personKeyEncryptionKey, relocatedSubjects, at);
    const checks = relocatedSubjects.flatMap((subject) => {
      const facts = factsByCase.get(subject.caseId);
      if (facts === undefined) return [];
      const plan = planWelfareChecks(at, {
        agreement: facts.agreement?.welfareCheckDays ?? [],
        assurances: facts.assurances.filter((a) => a.monitoring !== null).map((a) => a.monitoring?.welfareCheckDays ?? []),
        monitoringPlan: facts.monitoringPlan?.welfareCheckDays ?? null,
      });
      return plan.map((p) => ({ transferId, caseId: subject.caseId, dayOffset: p.dayOffset, dueAt: p.dueAt, sources: p.sources }));
    });
    await insertWelfareChecks(trx, checks);
    await deactivateManifestEntries(trx, transferId);
    await auditCaseTransitions(trx, [...relocations, ...returns], { actor, at, transferId, decisionIds: new Map() });
    const updated = await setTransferStatus(trx, transferId, { status, arrivedAt: at, arrivalConfirmedBy: actor }, at);
    await appendAudit(trx, {
      actor,
      action: 'transfer.arrive',
      resourceType: 'transfer',
      resourceId: transferId,
      details: { relocated: relocations.length, returned: returns.length, obligationsPosted, welfareChecks: checks.length, version: updated.version },
      at,
    });
    return { transfer: updated, relocatedCaseIds: relocations.map((r) => r.caseId), returnedCaseIds: returns.map((r) => r.caseId), obligationsPosted, welfareChecksScheduled: checks.length };
  });
}
