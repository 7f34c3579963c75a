import type { Safeguard } from './safeguard.js';
import type { SafeguardId } from './safeguard-ids.js';
import { SAFEGUARD_IDS } from './safeguard-ids.js';
import { agreementActive } from './rules/agreement-active.js';
import { agreementCapacity } from './rules/agreement-capacity.js';
import { intlTransferStandards } from './rules/intl-transfer-standards.js';
import { intlVulnerable } from './rules/intl-vulnerable.js';
import { monitoring } from './rules/monitoring.js';
import { receivingConsent } from './rules/receiving-consent.js';
import { ukCountrySafety } from './rules/uk-country-safety.js';
import { ukDeemedSafe } from './rules/uk-deemed-safe.js';
import { ukNonRefoulement } from './rules/uk-non-refoulement.js';
import { usAeaNotice } from './rules/us-aea-notice.js';
import { usAssurances } from './rules/us-assurances.js';
import { usDesignationSequence } from './rules/us-designation-sequence.js';
import { usDvdStrict } from './rules/us-dvd-strict.js';
import { usNoticeIce2025 } from './rules/us-notice-ice-2025.js';
import { usOrderFinal } from './rules/us-order-final.js';
import { usProtectionCountrySpecific } from './rules/us-protection-country-specific.js';
import { usStay } from './rules/us-stay.js';
import { usThirdCountryFlag } from './rules/us-third-country-flag.js';
import { transitionsGatedBy } from '../workflow/transitions.js';
import type { TransitionName } from '../workflow/transitions.js';

/** Every safeguard, keyed by id; the Record type makes a missing rule a compile error. */
export const SAFEGUARDS: Readonly<Record<SafeguardId, Safeguard>> = {
  'US-ORDER-FINAL': usOrderFinal,
  'US-DESIGNATION-SEQUENCE': usDesignationSequence,
  'US-THIRD-COUNTRY-FLAG': usThirdCountryFlag,
  'US-PROTECTION-COUNTRY-SPECIFIC': usProtectionCountrySpecific,
  'US-ASSURANCES': usAssurances,
  'US-NOTICE-ICE-2025': usNoticeIce2025,
  'US-DVD-STRICT': usDvdStrict,
  'US-AEA-NOTICE': usAeaNotice,
  'US-STAY': usStay,
  'UK-NON-REFOULEMENT': ukNonRefoulement,
  'UK-COUNTRY-SAFETY': ukCountrySafety,
  'UK-DEEMED-SAFE': ukDeemedSafe,
  'INTL-TRANSFER-STANDARDS': intlTransferStandards,
  'INTL-VULNERABLE': intlVulnerable,
  'AGREEMENT-ACTIVE': agreementActive,
  'AGREEMENT-CAPACITY': agreementCapacity,
  'RECEIVING-CONSENT': receivingConsent,
  MONITORING: monitoring,
};

export function safeguardById(id: SafeguardId): Safeguard {
  return SAFEGUARDS[id];
}

/** JSON-ready catalogue entry for `GET /api/rulesets` and `waypoint rules list`. */
export interface SafeguardCatalogueEntry {
  readonly id: SafeguardId;
  readonly title: string;
  readonly jurisdiction: Safeguard['jurisdiction'];
  readonly citations: Safeguard['citations'];
  readonly verified: boolean;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
  readonly transitionsGated: readonly TransitionName[];
  readonly parameters: Safeguard['parameters'];
}

/**
 * The whole catalogue in SAFEGUARDS.md order, with the transitions each rule gates.
 *
 * @example safeguardCatalogue().find((e) => e.id === 'US-STAY')?.transitionsGated
 */
export function safeguardCatalogue(): SafeguardCatalogueEntry[] {
  return SAFEGUARD_IDS.map((id) => {
    const rule = SAFEGUARDS[id];
    return {
      id,
      title: rule.title,
      jurisdiction: rule.jurisdiction,
      citations: rule.citations,
      verified: rule.citations.every((c) => c.verified),
      effectiveFrom: rule.effectiveFrom,
      effectiveTo: rule.effectiveTo,
      transitionsGated: transitionsGatedBy(id),
      parameters: rule.parameters,
    };
  });
}
