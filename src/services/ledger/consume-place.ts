import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { hasFreePlace } from '../../core/ledger/capacity.js';
import type { CapacityReservation, PaymentObligation } from '../../core/ledger/ledger-entries.js';
import type { Instant } from '../../core/time.js';
import { findCase } from '../../db/repositories/case.repository.js';
import { insertObligation, insertReservation, lockCapacityCounts, lockLiveReservation, markReservation, writeCapacityCounts } from '../../db/repositories/ledger.repository.js';
import type { Tx } from '../../db/schema.js';
import { loadAgreementTerms, requireTermsOn } from '../agreements/load-agreement-terms.js';
import { capacityExhausted } from './capacity-exhausted.js';
import { LEDGER_SYSTEM_ACTOR } from './ledger-actor.js';
import { assertLedgerCurrency } from './ledger-currency.js';

export interface ConsumedPlace {
  readonly reservation: CapacityReservation;
  /** The per-person obligation posted now; null when the terms name no per-person payment or the place was already consumed. */
  readonly obligation: PaymentObligation | null;
}

/**
 * Marks a case's place as consumed when the person is relocated, and posts
 * the per-person payment from the terms in force that day, in the caller's
 * transaction. A case without a reservation reserves and consumes in one
 * step (same capacity check). Exactly once per case: a consumed place is
 * returned as it is, and a unique index refuses a second per-person
 * obligation for the same case whatever the caller does.
 *
 * Throws not_found, agreement_not_active, conflict (place on another
 * agreement), capacity_exhausted.
 *
 * @example const { obligation } = await consumePlace(trx, agreementId, caseId, at, actorRef(principal));
 */
export async function consumePlace(trx: Tx, agreementId: string, caseId: string, at: Instant, actor: string = LEDGER_SYSTEM_ACTOR): Promise<ConsumedPlace> {
  const loaded = await loadAgreementTerms(trx, agreementId, 'share');
  const onDate = at.slice(0, 10);
  const terms = requireTermsOn(loaded, onDate);
  const caseRecord = await findCase(trx, caseId);
  if (!caseRecord) throw new AppError('not_found', `case ${caseId} not found`, { caseId });

  const existing = await lockLiveReservation(trx, caseId);
  if (existing && existing.agreementId !== agreementId) {
    throw new AppError('conflict', `case ${caseRecord.reference} holds a place on another agreement`, { caseId, agreementId: existing.agreementId });
  }
  if (existing?.status === 'consumed') return { reservation: existing, obligation: null };

  const counts = await lockCapacityCounts(trx, agreementId, at);
  let reservation: CapacityReservation;
  if (existing) {
    await writeCapacityCounts(trx, agreementId, { capacity: counts.capacity, reserved: counts.reserved - 1, consumed: counts.consumed + 1 }, at);
    reservation = await markReservation(trx, existing.id, 'consumed', at);
  } else {
    const inForce = { capacity: terms.terms.capacity.total, reserved: counts.reserved, consumed: counts.consumed };
    if (!hasFreePlace(inForce)) throw capacityExhausted(loaded.agreement.code, inForce);
    await writeCapacityCounts(trx, agreementId, { ...inForce, consumed: inForce.consumed + 1 }, at);
    reservation = await markReservation(trx, (await insertReservation(trx, agreementId, caseId, at)).id, 'consumed', at);
  }

  const perPerson = terms.terms.payments.perPerson;
  let obligation: PaymentObligation | null = null;
  if (perPerson !== null) {
    await assertLedgerCurrency(trx, loaded, perPerson.currency);
    obligation = await insertObligation(
      trx,
      { agreementId, kind: 'per_person', caseId, amount: perPerson, dueOn: onDate, label: `Per-person payment on relocation (${caseRecord.reference})`, termsVersion: terms.versionNo },
      at,
      actor,
    );
  }
  await appendAudit(trx, {
    actor,
    action: 'ledger.place_consume',
    resourceType: 'agreement',
    resourceId: agreementId,
    details: { caseId, reservationId: reservation.id, termsVersion: terms.versionNo, obligationId: obligation?.id ?? null, amountMinor: obligation?.amount.amountMinor ?? null, currency: obligation?.amount.currency ?? null },
    at,
  });
  return { reservation, obligation };
}
