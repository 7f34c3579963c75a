/**
 * Transfer shapes, written by hand from src/api/schemas/transfer.schema.ts
 * because /openapi.json cannot be generated on main right now (a schema
 * name collision in the transfer routes). Replace with aliases of the
 * generated `components['schemas']` once `npm run api:types` works again.
 *
 * @example const status: TransferStatus = 'planned';
 */
export type TransferStatus = 'planned' | 'manifest_locked' | 'departed' | 'arrived' | 'closed' | 'cancelled';

export interface Transfer {
  readonly id: string;
  readonly reference: string;
  readonly agreementId: string;
  readonly status: TransferStatus;
  readonly scheduledDeparture: string;
  readonly carrier: string;
  readonly flight: string;
  readonly facility: string;
  readonly escortCount: number;
  readonly preparedBy: string | null;
  readonly version: number;
  readonly agency: string;
  readonly receivingCountry: string;
  readonly lockedAt: string | null;
  readonly lockedBy: string | null;
  readonly departedAt: string | null;
  readonly arrivedAt: string | null;
  readonly closedAt: string | null;
  readonly cancelledAt: string | null;
  readonly cancelReason: string | null;
  readonly createdAt: string;
}

export interface DepartureRemoval {
  readonly caseId: string;
  readonly decisionId: string;
  readonly blockedBy: readonly string[];
  readonly reason: string;
  readonly removedAt: string;
}

export interface BoardingReconciliation {
  readonly boarded: readonly string[];
  readonly notBoarded: readonly string[];
  readonly removedAtDeparture: readonly string[];
}

export interface TransferDetail {
  readonly transfer: Transfer;
  readonly manifestCaseIds: readonly string[];
  readonly snapshot: { readonly snapshotHash: string; readonly keyId: string; readonly caseCount: number; readonly createdAt: string } | null;
  readonly departureRemovals: readonly DepartureRemoval[];
  readonly boarding: BoardingReconciliation;
}

export interface TransferPage {
  readonly items: readonly Transfer[];
  readonly nextCursor: string | null;
}

export interface CreateTransferBody {
  readonly reference: string;
  readonly agreementId: string;
  readonly scheduledDeparture: string;
  readonly carrier?: string;
  readonly flight?: string;
  readonly facility?: string;
}

export interface Departure {
  readonly transfer: Transfer;
  readonly departingCaseIds: readonly string[];
  readonly removals: readonly DepartureRemoval[];
}

export interface Arrival {
  readonly transfer: Transfer;
  readonly relocatedCaseIds: readonly string[];
  readonly returnedCaseIds: readonly string[];
}

/** 409 manifest_case_ineligible: `details.cases`, one entry per refused case. */
export interface IneligibleCase {
  readonly caseId: string;
  readonly reasons: readonly string[];
  readonly blockedBy?: readonly string[];
}
