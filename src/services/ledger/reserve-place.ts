import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { hasFreePlace } from '../../core/ledger/capacity.js';
import type { CapacityReservation } from '../../core/ledger/ledger-entries.js';
import type { Instant } from '../../core/time.js';
import { findCase } from '../../db/repositories/case.repository.js';
import { insertReservation, lockCapacityCounts, lockLiveReservation, writeCapacityCounts } from '../../db/repositories/ledger.repository.js';
import type { Tx } from '../../db/schema.js';
import { loadAgreementTerms, requireTermsOn } from '../agreements/load-agreement-terms.js';
import { capacityExhausted } from './capacity-exhausted.js';
import { LEDGER_SYSTEM_ACTOR } from './ledger-actor.js';

/**
 * Reserves one place on an agreement for a case, inside the caller's
 * transaction (the case transitions call it when a case is proposed to the
 * agreement). Idempotent: a case already holding a place on this agreement
 * gets that place back.
 *
 * Order of locks: agreement (share) → case's reservation → counters row
 * (update). The counters row serialises every reservation on one agreement,
 * and its CHECK is the last word on capacity.
 *
 * Throws not_found (agreement or case), agreement_not_active (no terms in
 * force on the date), conflict (the case holds a place on another agreement),
 * capacity_exhausted (409, with capacity, reserved and consumed).
 *
 * @example await runWrite(ctx, (trx) => reservePlace(trx, agreementId, caseId, nowInstant(ctx), actorRef(principal)));
 */
export async function reservePlace(trx: Tx, agreementId: string, caseId: string, at: Instant, actor: string = LEDGER_SYSTEM_ACTOR): Promise<CapacityReservation> {
  const loaded = await loadAgreementTerms(trx, agreementId, 'share');
  const terms = requireTermsOn(loaded, at.slice(0, 10));
  const caseRecord = await findCase(trx, caseId);
  if (!caseRecord) throw new AppError('not_found', `case ${caseId} not found`, { caseId });
  if (caseRecord.agreementId !== null && caseRecord.agreementId !== agreementId) {
    throw new AppError('conflict', `case ${caseRecord.reference} is proposed under another agreement`, { caseId, agreementId: caseRecord.agreementId });
  }
  const existing = await lockLiveReservation(trx, caseId);
  if (existing) {
    if (existing.agreementId === agreementId) return existing;
    throw new AppError('conflict', `case ${caseRecord.reference} already holds a place on another agreement`, { caseId, agreementId: existing.agreementId });
  }

  const counts = await lockCapacityCounts(trx, agreementId, at);
  const inForce = { capacity: terms.terms.capacity.total, reserved: counts.reserved, consumed: counts.consumed };
  if (!hasFreePlace(inForce)) throw capacityExhausted(loaded.agreement.code, inForce);
  await writeCapacityCounts(trx, agreementId, { ...inForce, reserved: inForce.reserved + 1 }, at);
  const reservation = await insertReservation(trx, agreementId, caseId, at);
  await appendAudit(trx, {
    actor,
    action: 'ledger.place_reserve',
    resourceType: 'agreement',
    resourceId: agreementId,
    details: { caseId, reservationId: reservation.id, termsVersion: terms.versionNo, reserved: inForce.reserved + 1, consumed: inForce.consumed, capacity: inForce.capacity },
    at,
  });
  return reservation;
}
