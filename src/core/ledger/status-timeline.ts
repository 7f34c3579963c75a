import type { AgreementStatus } from '../agreement.js';
import type { AgreementStatusEntry } from './terms-in-force.js';

/** A recorded status change (agreement_status_changes row), as the timeline needs it. */
export interface RecordedStatusChange {
  readonly fromStatus: AgreementStatus;
  readonly toStatus: AgreementStatus;
  readonly effectiveOn: string;
}

/** What the timeline needs to know of the agreement itself. */
export interface AgreementDates {
  readonly status: AgreementStatus;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
  readonly createdAt: string;
}

/**
 * The dated status history of an agreement. The status it was recorded with
 * holds from its effective date (or its creation day); each recorded change
 * then applies from its own date. A stated end date (`effectiveTo`) means
 * the agreement is over the day after, unless a later change says otherwise.
 *
 * @example
 *   agreementStatusTimeline({ status: 'active', effectiveFrom: '2025-03-13', effectiveTo: null, createdAt: '2026-01-15T12:00:00.000Z' }, [])
 *   // → [{ status: 'active', effectiveOn: '2025-03-13' }]
 */
export function agreementStatusTimeline(agreement: AgreementDates, changes: readonly RecordedStatusChange[]): AgreementStatusEntry[] {
  const initial: AgreementStatus = changes[0]?.fromStatus ?? agreement.status;
  const timeline: AgreementStatusEntry[] = [{ status: initial, effectiveOn: agreement.effectiveFrom ?? agreement.createdAt.slice(0, 10) }];
  for (const change of changes) timeline.push({ status: change.toStatus, effectiveOn: change.effectiveOn });
  const lastDay = agreement.effectiveTo;
  if (lastDay !== null && !changes.some((change) => change.effectiveOn > lastDay)) {
    timeline.push({ status: 'terminated', effectiveOn: dayAfter(lastDay) });
  }
  return timeline;
}

/** The next calendar day of a YYYY-MM-DD date (UTC arithmetic, no time zone can shift it). */
export function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
