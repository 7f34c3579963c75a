import type { CaseState } from '../case.js';

/** What the manifest needs to know about a case to decide whether it may be added. */
export interface ManifestCandidate {
  readonly caseId: string;
  readonly state: CaseState;
  readonly agreementId: string | null;
  readonly earliestDepartureAt: string | null;
  /** The open transfer the case is already on, if any. */
  readonly openTransferId: string | null;
}

export type IneligibilityReason = 'not_found' | 'not_cleared' | 'no_earliest_departure' | 'departs_too_early' | 'other_agreement' | 'on_another_transfer' | 'safeguard_blocked';

export interface Ineligibility {
  readonly caseId: string;
  readonly reasons: readonly IneligibilityReason[];
  /** Safeguards blocking the `manifest` transition, when that is a reason. */
  readonly blockedBy?: readonly string[];
}

/**
 * Why a case may not join a transfer's manifest; empty when it may. A case must be `cleared`,
 * under the transfer's agreement, free to depart at or before the scheduled departure (its stored
 * earliest departure) and on no other open transfer.
 *
 * @example manifestIneligibility(candidate, { agreementId, scheduledDeparture }) // [] or ['not_cleared']
 */
export function manifestIneligibility(candidate: ManifestCandidate, transfer: { readonly id: string; readonly agreementId: string; readonly scheduledDeparture: string }): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  if (candidate.state !== 'cleared') reasons.push('not_cleared');
  if (candidate.agreementId !== transfer.agreementId) reasons.push('other_agreement');
  if (candidate.earliestDepartureAt === null) reasons.push('no_earliest_departure');
  else if (Date.parse(candidate.earliestDepartureAt) > Date.parse(transfer.scheduledDeparture)) reasons.push('departs_too_early');
  if (candidate.openTransferId !== null && candidate.openTransferId !== transfer.id) reasons.push('on_another_transfer');
  return reasons;
}
