import type { AgreementStatus, AgreementTerms } from '../agreement.js';

/** One dated status of an agreement: from `effectiveOn` (inclusive) until the next entry. */
export interface AgreementStatusEntry {
  readonly status: AgreementStatus;
  readonly effectiveOn: string;
}

/** The parts of a stored terms version that decide what is in force. */
export interface DatedTermsVersion<T extends AgreementTerms = AgreementTerms> {
  readonly versionNo: number;
  readonly effectiveFrom: string;
  readonly terms: T;
}

/**
 * The agreement's status on a calendar date: the last entry whose
 * `effectiveOn` is on or before the date (entries on the same date apply in
 * the order given, so the later one wins). Null before the first entry.
 *
 * @example statusOn([{ status: 'active', effectiveOn: '2025-03-13' }], '2025-04-01') === 'active'
 */
export function statusOn(history: readonly AgreementStatusEntry[], date: string): AgreementStatus | null {
  let current: AgreementStatus | null = null;
  let currentFrom = '';
  for (const entry of history) {
    // Dates are YYYY-MM-DD, so string order is calendar order.
    if (entry.effectiveOn <= date && entry.effectiveOn >= currentFrom) {
      current = entry.status;
      currentFrom = entry.effectiveOn;
    }
  }
  return current;
}

/**
 * The terms that govern a move on `date`, or null when none do: the agreement
 * is not `active` that day (proposed, negotiating, suspended, terminated), or
 * no version of the terms has taken effect yet. Among versions already in
 * effect the newest effective date wins, then the higher version number
 * (an amendment can restate terms from the same day).
 *
 * @example
 *   termsInForce(versions, [{ status: 'active', effectiveOn: '2025-03-13' }, { status: 'suspended', effectiveOn: '2025-06-01' }], '2025-06-02') === null
 */
export function termsInForce<T extends DatedTermsVersion>(versions: readonly T[], history: readonly AgreementStatusEntry[], date: string): T | null {
  if (statusOn(history, date) !== 'active') return null;
  let best: T | null = null;
  for (const version of versions) {
    if (version.effectiveFrom > date) continue;
    if (best === null || version.effectiveFrom > best.effectiveFrom || (version.effectiveFrom === best.effectiveFrom && version.versionNo > best.versionNo)) {
      best = version;
    }
  }
  return best;
}
