import type { CaseState, OpenState } from '../case.js';
import { SAFEGUARD_IDS, type SafeguardId } from '../safeguards/safeguard-ids.js';

/**
 * The case workflow of DESIGN.md as one exhaustive table.
 *
 * `intake → designation_review → country_proposed → notice_served → (fear_screening) → cleared →
 * manifested → relocated → monitoring → closed`, plus `on_hold` from any open state and back.
 *
 * Warning: transition names are persisted in decisions and the audit log; never rename one.
 */
export const TRANSITION_NAMES = [
  'begin_designation_review',
  'propose_country',
  'serve_notice',
  'claim_fear',
  'choose_another_destination',
  'clear',
  'manifest',
  'remove_from_manifest',
  'relocate',
  'begin_monitoring',
  'hold',
  'release_hold',
  'close',
] as const;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

export const OPEN_STATES: readonly OpenState[] = [
  'intake',
  'designation_review',
  'country_proposed',
  'notice_served',
  'fear_screening',
  'cleared',
  'manifested',
  'relocated',
  'monitoring',
];

/** Names of the facts a transition records (the services write them with the decision). */
export type RecordedFact =
  | 'removal_order'
  | 'designation_record'
  | 'destination_country'
  | 'notice'
  | 'fear_claim'
  | 'redesignation_reason'
  | 'clearance'
  | 'manifest_entry'
  | 'departure'
  | 'arrival'
  | 'monitoring_plan'
  | 'hold_reason'
  | 'hold_release'
  | 'close_outcome';

/** Target of a transition: a fixed state, or "the state the hold interrupted". */
export type TransitionTarget = CaseState | 'held_from_state';

export interface TransitionDefinition {
  readonly name: TransitionName;
  readonly from: readonly CaseState[];
  readonly to: TransitionTarget;
  /** Safeguards that gate it; a rule set applies those of them it contains. */
  readonly safeguards: readonly SafeguardId[];
  readonly records: readonly RecordedFact[];
  /**
   * Whether a `pending` finding (time alone cures it) still allows the transition.
   * True for planning steps (clearing, manifesting a future flight); false for the
   * physical move, which needs every finding to `pass` at that instant.
   */
  readonly allowsTimePending: boolean;
  readonly description: string;
}

/**
 * Every safeguard that bears on moving the person. Planning steps re-check them so
 * that a case is never cleared or manifested on facts that already block the move.
 */
const DEPARTURE_SAFEGUARDS: readonly SafeguardId[] = SAFEGUARD_IDS;

const HOLDABLE_AND_CLOSABLE: readonly CaseState[] = [...OPEN_STATES, 'on_hold'];

export const TRANSITIONS: Readonly<Record<TransitionName, TransitionDefinition>> = {
  begin_designation_review: {
    name: 'begin_designation_review',
    from: ['intake'],
    to: 'designation_review',
    safeguards: ['US-ORDER-FINAL'],
    records: ['removal_order'],
    allowsTimePending: false,
    description: 'The removal order is on file; work out where the person may lawfully go.',
  },
  propose_country: {
    name: 'propose_country',
    from: ['designation_review'],
    to: 'country_proposed',
    safeguards: [
      'US-ORDER-FINAL',
      'US-DESIGNATION-SEQUENCE',
      'US-PROTECTION-COUNTRY-SPECIFIC',
      'US-STAY',
      'UK-COUNTRY-SAFETY',
      'AGREEMENT-ACTIVE',
    ],
    records: ['destination_country', 'designation_record'],
    allowsTimePending: true,
    description: 'Propose one destination, with the INA 241(b)(2) step used and why each earlier step failed.',
  },
  serve_notice: {
    name: 'serve_notice',
    from: ['country_proposed'],
    to: 'notice_served',
    safeguards: ['US-ORDER-FINAL', 'US-PROTECTION-COUNTRY-SPECIFIC', 'UK-COUNTRY-SAFETY'],
    records: ['notice'],
    allowsTimePending: true,
    description: 'Written notice naming the destination is served on the person (and counsel).',
  },
  claim_fear: {
    name: 'claim_fear',
    from: ['notice_served'],
    to: 'fear_screening',
    // Nothing may stand between a person and stating a fear of the destination.
    safeguards: [],
    records: ['fear_claim'],
    allowsTimePending: true,
    description: 'The person states a fear of the proposed destination; screening follows.',
  },
  choose_another_destination: {
    name: 'choose_another_destination',
    from: ['country_proposed', 'notice_served', 'fear_screening', 'cleared'],
    to: 'designation_review',
    safeguards: [],
    records: ['redesignation_reason'],
    allowsTimePending: true,
    description: 'The destination is abandoned (positive fear finding, consent declined, country unsafe); designate again.',
  },
  clear: {
    name: 'clear',
    from: ['notice_served', 'fear_screening'],
    to: 'cleared',
    safeguards: DEPARTURE_SAFEGUARDS,
    records: ['clearance'],
    allowsTimePending: true,
    description: 'A supervisor clears the case for relocation; time-bound safeguards may still be running.',
  },
  manifest: {
    name: 'manifest',
    from: ['cleared'],
    to: 'manifested',
    safeguards: DEPARTURE_SAFEGUARDS,
    records: ['manifest_entry'],
    allowsTimePending: true,
    description: 'The case is placed on a transfer manifest.',
  },
  remove_from_manifest: {
    name: 'remove_from_manifest',
    from: ['manifested'],
    to: 'cleared',
    safeguards: [],
    records: ['manifest_entry'],
    allowsTimePending: true,
    description: 'The case is taken off a manifest before departure.',
  },
  relocate: {
    name: 'relocate',
    from: ['manifested'],
    to: 'relocated',
    safeguards: DEPARTURE_SAFEGUARDS,
    records: ['departure', 'arrival'],
    allowsTimePending: false,
    description: 'The person departs; every safeguard must pass at this instant.',
  },
  begin_monitoring: {
    name: 'begin_monitoring',
    from: ['relocated'],
    to: 'monitoring',
    safeguards: ['MONITORING'],
    records: ['monitoring_plan'],
    allowsTimePending: true,
    description: 'Post-arrival welfare checks run as the agreement or assurance requires.',
  },
  hold: {
    name: 'hold',
    from: OPEN_STATES,
    to: 'on_hold',
    safeguards: [],
    records: ['hold_reason'],
    allowsTimePending: true,
    description: 'Stop the case where it is (sweep or officer), with the reason.',
  },
  release_hold: {
    name: 'release_hold',
    from: ['on_hold'],
    to: 'held_from_state',
    // Gated by the safeguards of the transition that entered the held state; see releaseGateFor.
    safeguards: [],
    records: ['hold_release'],
    allowsTimePending: true,
    description: 'Return to the state the hold interrupted, once the cause of the hold has cleared.',
  },
  close: {
    name: 'close',
    from: HOLDABLE_AND_CLOSABLE,
    to: 'closed',
    safeguards: [],
    records: ['close_outcome'],
    allowsTimePending: true,
    description: 'Close the case with an outcome (relocated, protection granted, removed to origin, released, withdrawn).',
  },
};

/**
 * The transition whose safeguards must pass again before a hold on `heldFromState` is released:
 * the one that entered that state, so the case again satisfies what it satisfied on arrival.
 * `null` means no safeguard gates that state (a hold there is released on the officer's word).
 *
 * @example releaseGateFor('cleared') === 'clear'
 */
export function releaseGateFor(heldFromState: OpenState): TransitionName | null {
  switch (heldFromState) {
    case 'intake':
      return null;
    case 'designation_review':
      return 'begin_designation_review';
    case 'country_proposed':
      return 'propose_country';
    case 'notice_served':
      return 'serve_notice';
    case 'fear_screening':
      // Entering screening adds no gate; the case must again satisfy what serving notice required.
      return 'serve_notice';
    case 'cleared':
      return 'clear';
    case 'manifested':
      return 'manifest';
    case 'relocated':
      // The person has already moved; departure safeguards no longer describe the case.
      return null;
    case 'monitoring':
      return 'begin_monitoring';
  }
}

/** The transitions gated by one safeguard (the safeguard catalogue shows this). */
export function transitionsGatedBy(safeguardId: SafeguardId): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => TRANSITIONS[name].safeguards.includes(safeguardId));
}
