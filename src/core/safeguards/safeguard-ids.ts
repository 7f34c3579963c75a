/**
 * Identifiers of every safeguard in ../shared/SAFEGUARDS.md, in catalogue order.
 *
 * Warning: these ids are persisted in decisions, rule sets and holds. Never
 * rename one; retire it and add a new id instead.
 */
export const SAFEGUARD_IDS = [
  'US-ORDER-FINAL',
  'US-DESIGNATION-SEQUENCE',
  'US-THIRD-COUNTRY-FLAG',
  'US-PROTECTION-COUNTRY-SPECIFIC',
  'US-ASSURANCES',
  'US-NOTICE-ICE-2025',
  'US-DVD-STRICT',
  'US-AEA-NOTICE',
  'US-STAY',
  'UK-NON-REFOULEMENT',
  'UK-COUNTRY-SAFETY',
  'UK-DEEMED-SAFE',
  'INTL-TRANSFER-STANDARDS',
  'INTL-VULNERABLE',
  'AGREEMENT-ACTIVE',
  'AGREEMENT-CAPACITY',
  'RECEIVING-CONSENT',
  'MONITORING',
] as const;
export type SafeguardId = (typeof SAFEGUARD_IDS)[number];

export function isSafeguardId(value: string): value is SafeguardId {
  return (SAFEGUARD_IDS as readonly string[]).includes(value);
}
