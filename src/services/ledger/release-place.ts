import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import type { CapacityReservation } from '../../core/ledger/ledger-entries.js';
import type { Instant } from '../../core/time.js';
import { lockCapacityCounts, lockLiveReservation, markReservation, writeCapacityCounts } from '../../db/repositories/ledger.repository.js';
import type { Tx } from '../../db/schema.js';
import { LEDGER_SYSTEM_ACTOR } from './ledger-actor.js';

/**
 * Gives back the place a case reserved when it leaves the agreement
 * (declined, protection granted, closed, sent elsewhere), in the caller's
 * transaction. Returns null when the case holds no place (nothing to do, so
 * callers may call it on every exit). A consumed place is returned unchanged:
 * the relocation happened and its payment obligation stands.
 *
 * Throws conflict when the case's place is on another agreement.
 *
 * @example await releasePlace(trx, agreementId, caseId, at, actorRef(principal));
 */
export async function releasePlace(trx: Tx, agreementId: string, caseId: string, at: Instant, actor: string = LEDGER_SYSTEM_ACTOR): Promise<CapacityReservation | null> {
  const existing = await lockLiveReservation(trx, caseId);
  if (!existing) return null;
  if (existing.agreementId !== agreementId) {
    throw new AppError('conflict', `case ${caseId} holds a place on another agreement`, { caseId, agreementId: existing.agreementId });
  }
  if (existing.status === 'consumed') return existing;
  const counts = await lockCapacityCounts(trx, agreementId, at);
  await writeCapacityCounts(trx, agreementId, { ...counts, reserved: counts.reserved - 1 }, at);
  const released = await markReservation(trx, existing.id, 'released', at);
  await appendAudit(trx, {
    actor,
    action: 'ledger.place_release',
    resourceType: 'agreement',
    resourceId: agreementId,
    details: { caseId, reservationId: released.id, reserved: counts.reserved - 1, consumed: counts.consumed },
    at,
  });
  return released;
}
