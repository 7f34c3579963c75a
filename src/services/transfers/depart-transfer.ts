import { appendAudit, appendAuditBatch } from '../../audit/audit-log.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { assertDepartureWindowOpen, DEFAULT_EARLY_DEPARTURE_HOURS } from '../../core/transfers/departure-window.js';
import { planTransferStep } from '../../core/transfers/transfer-lifecycle.js';
import { insertAlerts } from '../../db/repositories/case-facts.repository.js';
import { insertDecisions } from '../../db/repositories/decision.repository.js';
import {
  applyCaseStateChanges,
  deactivateManifestEntries,
  insertDepartureRemovals,
  listManifestCaseIds,
  lockCasesForUpdate,
  lockTransfer,
  setTransferStatus,
  type DepartureRemoval,
  type TransferRecord,
} from '../../db/repositories/transfer.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { planCaseStep, type PlannedCaseStep } from './case-steps.js';
import { evaluateDeparture } from './evaluate-departure.js';
import { authorizeTransferAction, requireTransfer } from './transfer-access.js';

export interface Departure {
  readonly transfer: TransferRecord;
  /** Cases cleared to board at the gate. */
  readonly departingCaseIds: readonly string[];
  readonly removals: readonly DepartureRemoval[];
}

const REASON_LIMIT = 500;

/**
 * The departure gate: re-checks EVERY manifested case for `relocate` at this instant (batch, one
 * decision each). A case that no longer passes (a stay entered after locking; or a case already put
 * on hold) is removed from boarding: a departure_removals row with the reason and the blocking
 * safeguards, its manifest entry deactivated, the case put `on_hold` (if it is not already), and an
 * alert for its officer (and counsel). The rest may board; the transfer becomes `departed`.
 *
 * Refuses (nothing written) more than `earlyWindowHours` (default 6) before the scheduled departure
 * (departure_window_not_open) and in any status but manifest_locked (transfer_step_not_allowed,
 * e.g. cancelled). Also not_found, forbidden.
 *
 * @example const { removals } = await departTransfer(ctx, officer, transferId)
 */
export async function departTransfer(ctx: ServiceContext, principal: Principal, transferId: string, options: { readonly earlyWindowHours?: number } = {}): Promise<Departure> {
  await authorizeTransferAction(ctx, principal, transferId, 'transfer:depart');
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  return runWrite(ctx, async (trx) => {
    const transfer = requireTransfer(await lockTransfer(trx, transferId), transferId);
    const status = planTransferStep(transfer.status, 'depart');
    assertDepartureWindowOpen(at, transfer.scheduledDeparture, options.earlyWindowHours ?? DEFAULT_EARLY_DEPARTURE_HOURS);
    const caseIds = await listManifestCaseIds(trx, transferId);
    await lockCasesForUpdate(trx, caseIds);
    const evaluations = await evaluateDeparture(trx, caseIds, { factsAt: at, evaluateAt: at, requested: 'relocate', actor, personKeyEncryptionKey: ctx.personKeyEncryptionKey });
    await insertDecisions(trx, evaluations.map((e) => e.decision));

    const removals: DepartureRemoval[] = [];
    const holds: PlannedCaseStep[] = [];
    const alerts = [];
    for (const { subject, decision, blocking } of evaluations) {
      if (blocking.length === 0 && subject.state === 'manifested') continue;
      const blockedBy = blocking.map((f) => f.safeguardId);
      const first = blocking[0];
      const reason = (
        blocking.length === 0
          ? `Removed at departure: the case is ${subject.state}`
          : `Removed at departure: relocate does not pass: ${blockedBy.join(', ')}${first === undefined ? '' : ` — ${first.reason}`}`
      ).slice(0, REASON_LIMIT);
      removals.push({ caseId: subject.caseId, decisionId: decision.id, blockedBy, reason, removedAt: at });
      if (subject.state === 'manifested') holds.push(planCaseStep(subject, 'hold', { holdReason: reason }));
      const message = `Removed from boarding of a transfer at departure: ${blockedBy.join(', ') || subject.state}.`;
      alerts.push({ caseId: subject.caseId, recipientUserId: subject.officerId, recipientRole: 'program_officer', kind: 'manifest_affected' as const, message, createdAt: at });
      if (subject.counselId !== null) alerts.push({ caseId: subject.caseId, recipientUserId: subject.counselId, recipientRole: 'counsel', kind: 'manifest_affected' as const, message, createdAt: at });
    }
    await applyCaseStateChanges(trx, holds.map((h) => h.change), at);
    await insertDepartureRemovals(trx, transferId, removals);
    await deactivateManifestEntries(trx, transferId, removals.map((r) => r.caseId));
    await insertAlerts(trx, alerts);
    await appendAuditBatch(
      trx,
      removals.map((r) => ({ actor, action: 'case.removed_at_departure', resourceType: 'case', resourceId: r.caseId, details: { transferId, decisionId: r.decisionId, blockedBy: [...r.blockedBy], held: holds.some((h) => h.caseId === r.caseId) }, at })),
    );
    const updated = await setTransferStatus(trx, transferId, { status, departedAt: at }, at);
    const removed = new Set(removals.map((r) => r.caseId));
    const departingCaseIds = caseIds.filter((id) => !removed.has(id));
    await appendAudit(trx, { actor, action: 'transfer.depart', resourceType: 'transfer', resourceId: transferId, details: { departing: departingCaseIds.length, removed: removals.length, version: updated.version }, at });
    return { transfer: updated, departingCaseIds, removals };
  });
}
