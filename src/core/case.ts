import type { CountryCode } from './country.js';

/** Workflow states of DESIGN.md. `on_hold` can interrupt any open state. */
export const CASE_STATES = [
  'intake',
  'designation_review',
  'country_proposed',
  'notice_served',
  'fear_screening',
  'cleared',
  'manifested',
  'relocated',
  'monitoring',
  'closed',
  'on_hold',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** States a hold can interrupt and later return to. */
export type OpenState = Exclude<CaseState, 'closed' | 'on_hold'>;

export function isOpenState(state: CaseState): state is OpenState {
  return state !== 'closed' && state !== 'on_hold';
}

export const CLOSE_OUTCOMES = ['relocated', 'protection_granted', 'removed_to_origin', 'released', 'withdrawn'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** One person's path to one destination. */
export interface Case {
  readonly id: string;
  readonly reference: string;
  readonly personId: string;
  readonly state: CaseState;
  readonly heldFromState: OpenState | null;
  readonly holdReason: string | null;
  readonly destinationCountry: CountryCode | null;
  readonly agreementId: string | null;
  readonly ruleSetId: string;
  readonly officerId: string | null;
  /** Further officers on the case team (need-to-know), besides officerId. */
  readonly teamIds: readonly string[];
  readonly counselId: string | null;
  /** The removal agency that owns the case (need-to-know of supervisors and reviewers). */
  readonly agency: string;
  readonly closeOutcome: CloseOutcome | null;
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly externalId: string | null;
  readonly isDemo: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** Human case reference, e.g. WP-2025-000123: stable, sortable, not a personal identifier. */
export function caseReference(year: number, serial: number): string {
  return `WP-${year}-${String(serial).padStart(6, '0')}`;
}
