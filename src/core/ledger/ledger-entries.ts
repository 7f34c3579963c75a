import type { AgreementStatus } from '../agreement.js';
import type { Money } from '../money.js';

export const RESERVATION_STATUSES = ['reserved', 'consumed', 'released'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** One case's place on an agreement: reserved on proposal, consumed on relocation, released when the case leaves. */
export interface CapacityReservation {
  readonly id: string;
  readonly agreementId: string;
  readonly caseId: string;
  readonly status: ReservationStatus;
  readonly reservedAt: string;
  readonly consumedAt: string | null;
  readonly releasedAt: string | null;
}

export const OBLIGATION_KINDS = ['per_person', 'lump_sum'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** What the sending state owes under an agreement: per person on relocation, or a scheduled lump sum. */
export interface PaymentObligation {
  readonly id: string;
  readonly agreementId: string;
  readonly kind: ObligationKind;
  /** The relocated case, for per-person obligations; null for lump sums. */
  readonly caseId: string | null;
  readonly amount: Money;
  readonly dueOn: string;
  readonly label: string;
  /** The terms version the amount was taken from, when it came from the terms. */
  readonly termsVersion: number | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

/** A payment made under an agreement. */
export interface Disbursement {
  readonly id: string;
  readonly agreementId: string;
  readonly amount: Money;
  readonly paidOn: string;
  readonly reference: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

/** A dated, audited change of an agreement's status. */
export interface AgreementStatusChange {
  readonly id: string;
  readonly agreementId: string;
  readonly fromStatus: AgreementStatus;
  readonly toStatus: AgreementStatus;
  readonly effectiveOn: string;
  readonly reason: string;
  readonly changedAt: string;
  readonly changedBy: string;
}
