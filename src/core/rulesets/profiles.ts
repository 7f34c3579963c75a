import type { Instant } from '../time.js';
import type { SafeguardId } from '../safeguards/safeguard-ids.js';

/** One safeguard in a rule set, with the parameter values the set fixes (others take defaults). */
export interface SafeguardSetting {
  readonly id: SafeguardId;
  readonly parameters: Readonly<Record<string, number>>;
}

/**
 * A versioned profile of safeguards. Warning: a published version is immutable: decisions store its
 * content hash. Change the law by adding a new version, never by editing one.
 */
export interface RuleSetProfile {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly description: string;
  readonly effectiveFrom: Instant | null;
  readonly effectiveTo: Instant | null;
  readonly safeguards: readonly SafeguardSetting[];
}

const PROGRAM_GATES: readonly SafeguardSetting[] = [
  { id: 'AGREEMENT-ACTIVE', parameters: {} },
  { id: 'AGREEMENT-CAPACITY', parameters: {} },
  { id: 'RECEIVING-CONSENT', parameters: {} },
  { id: 'MONITORING', parameters: {} },
];

const US_BASE: readonly SafeguardSetting[] = [
  { id: 'US-ORDER-FINAL', parameters: {} },
  { id: 'US-DESIGNATION-SEQUENCE', parameters: {} },
  { id: 'US-THIRD-COUNTRY-FLAG', parameters: {} },
  { id: 'US-PROTECTION-COUNTRY-SPECIFIC', parameters: {} },
  { id: 'US-ASSURANCES', parameters: {} },
  { id: 'US-STAY', parameters: {} },
];

export const RULE_SET_PROFILES: readonly RuleSetProfile[] = [
  {
    id: 'us-ice-2025-07',
    version: 1,
    title: 'United States: ICE third-country guidance of July 2025',
    description: '24 hours written notice (6 in exigent circumstances with attorney access); assurances found reliable replace notice; fear claims go to screening.',
    effectiveFrom: '2025-07-09T00:00:00.000Z',
    effectiveTo: null,
    safeguards: [...US_BASE, { id: 'US-NOTICE-ICE-2025', parameters: { noticeHours: 24, exigentNoticeHours: 6 } }, ...PROGRAM_GATES],
  },
  {
    id: 'us-dvd-strict',
    version: 1,
    title: 'United States: D.V.D. v. DHS injunction, most protective reading',
    description: 'Notice to person and counsel, 10-day fear window, reasonable-fear interview with 72 hours notice, 15 days to seek reopening; on top of the ICE guidance.',
    effectiveFrom: '2025-04-18T00:00:00.000Z',
    effectiveTo: null,
    safeguards: [
      ...US_BASE,
      { id: 'US-NOTICE-ICE-2025', parameters: { noticeHours: 24, exigentNoticeHours: 6 } },
      { id: 'US-DVD-STRICT', parameters: { fearWindowDays: 10, interviewNoticeHours: 72, reopeningDays: 15 } },
      ...PROGRAM_GATES,
    ],
  },
  {
    id: 'us-alien-enemies',
    version: 1,
    title: 'United States: Alien Enemies Act removals',
    description: 'Notice in a language understood, stating how to contest, 7 days before removal; protection, assurances and court orders as for any removal.',
    effectiveFrom: '2025-04-07T00:00:00.000Z',
    effectiveTo: null,
    safeguards: [
      { id: 'US-ORDER-FINAL', parameters: {} },
      { id: 'US-THIRD-COUNTRY-FLAG', parameters: {} },
      { id: 'US-PROTECTION-COUNTRY-SPECIFIC', parameters: {} },
      { id: 'US-ASSURANCES', parameters: {} },
      { id: 'US-AEA-NOTICE', parameters: { noticeDays: 7 } },
      { id: 'US-STAY', parameters: {} },
      ...PROGRAM_GATES,
    ],
  },
  {
    id: 'uk',
    version: 1,
    title: 'United Kingdom: non-refoulement and country safety (with the 2024 Act as dated history)',
    description: 'Individual assessment always; a controlling unsafe finding blocks; the Safety of Rwanda Act 2024 applies only inside its dates and never skips the assessment.',
    effectiveFrom: null,
    effectiveTo: null,
    safeguards: [
      { id: 'UK-NON-REFOULEMENT', parameters: {} },
      { id: 'UK-COUNTRY-SAFETY', parameters: {} },
      { id: 'UK-DEEMED-SAFE', parameters: {} },
      ...PROGRAM_GATES,
    ],
  },
  {
    id: 'unhcr-transfer-2013',
    version: 1,
    title: 'UNHCR guidance on transfer arrangements (May 2013)',
    description: 'Individual pre-transfer assessment, admission, protection from refoulement, fair procedure, durable solution, binding arrangement, monitoring, heightened review of vulnerable people.',
    effectiveFrom: '2013-05-01T00:00:00.000Z',
    effectiveTo: null,
    safeguards: [
      { id: 'INTL-TRANSFER-STANDARDS', parameters: { adultAgeYears: 18 } },
      { id: 'INTL-VULNERABLE', parameters: { adultAgeYears: 18 } },
      { id: 'RECEIVING-CONSENT', parameters: {} },
      { id: 'MONITORING', parameters: {} },
    ],
  },
];

/** The default for a new program: the most protective combination. */
export const DEFAULT_RULE_SET_ID = 'us-dvd-strict+unhcr-transfer-2013';
