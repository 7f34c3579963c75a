import { z } from 'zod';
import { CASE_STATES } from '../case.js';
import { AGREEMENT_STATUSES } from '../agreement.js';
import { isCountryCode } from '../country.js';
import { isLanguageCode } from '../language.js';
import { VULNERABILITIES } from '../person.js';
import { isCalendarDate, isRfc3339 } from '../time.js';

/**
 * CaseFacts: a JSON snapshot of everything the safeguards read for one case.
 *
 * Warning: this shape is PERSISTED verbatim in every decision (and hashed) so that the decision can
 * be replayed byte for byte. Never change the meaning of a field of `factsVersion: 1`; add optional
 * data in a new `factsVersion` and keep reading the old one. Every dated field is an RFC 3339 Instant.
 * Absent values are `null`, never missing, so the canonical JSON of a snapshot is stable.
 */
const instant = z.string().refine(isRfc3339, { error: 'not an RFC 3339 instant' });
const calendarDate = z.string().refine(isCalendarDate, { error: 'not an RFC 3339 full-date' });
const country = z.string().refine(isCountryCode, { error: 'not an ISO 3166-1 alpha-2 code' });
const language = z.string().refine(isLanguageCode, { error: 'not an ISO 639-1 code' });
const text = z.string().min(1);

export const REMOVAL_AUTHORITIES = ['ina_240', 'expedited_removal', 'alien_enemies_act'] as const;

/** INA 241(b)(2) steps in statutory order; (E)(vii) "will accept" only when all earlier steps fail. */
export const DESIGNATION_STEPS = [
  'designated_by_person', // (b)(2)(A)
  'nationality', // (b)(2)(D)
  'admission', // (b)(2)(E)(i)
  'embarkation', // (b)(2)(E)(ii)
  'prior_residence', // (b)(2)(E)(iii)
  'birth', // (b)(2)(E)(iv)
  'birthplace_sovereign_at_birth', // (b)(2)(E)(v)
  'birthplace_sovereign_now', // (b)(2)(E)(vi)
  'will_accept', // (b)(2)(E)(vii)
] as const;
export type DesignationStep = (typeof DESIGNATION_STEPS)[number];

export const DESIGNATION_FAILURES = [
  'not_designated',
  'not_applicable',
  'declined_to_accept',
  'no_timely_response',
  'impracticable',
  'inadvisable',
  'impossible',
] as const;

export const FEAR_OUTCOMES = ['pending', 'negative', 'positive', 'withdrawn'] as const;
export const PROTECTION_KINDS = ['withholding', 'cat_withholding', 'cat_deferral', 'refugee_status', 'humanitarian_protection'] as const;
export const NOTICE_METHODS = ['in_person', 'mail', 'electronic', 'via_counsel'] as const;
export const COURT_ORDER_KINDS = ['stay', 'injunction', 'tro'] as const;
export const ASSESSMENT_FINDINGS = ['unsafe', 'concerns', 'no_finding'] as const;
export const ASSESSMENT_SOURCES = ['court', 'unhcr', 'state_department', 'home_office', 'other'] as const;

const designationStepSchema = z.object({
  step: z.enum(DESIGNATION_STEPS),
  country: country.nullable(),
  result: z.enum(['chosen', 'failed']),
  failure: z.enum(DESIGNATION_FAILURES).nullable(),
  explanation: z.string(),
  recordedAt: instant,
});

const reasonableFearInterviewSchema = z.object({
  scheduledAt: instant,
  noticeGivenAt: instant,
  counselPresent: z.boolean(),
  interpreterLanguage: language.nullable(),
  phoneAccess: z.boolean(),
  confidentialDocumentTransmission: z.boolean(),
});

const fearClaimSchema = z.object({
  id: text,
  country,
  claimedAt: instant,
  outcome: z.enum(FEAR_OUTCOMES),
  decidedAt: instant.nullable(),
  reasonableFearInterview: reasonableFearInterviewSchema.nullable(),
  reopening: z
    .object({ filedAt: instant, outcome: z.enum(['pending', 'denied', 'granted']), decidedAt: instant.nullable() })
    .nullable(),
});

const courtOrderScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: text }),
  z.object({ kind: z.literal('destination'), country }),
  z.object({ kind: z.literal('program'), programId: text }),
]);

export const caseFactsSchema = z.object({
  factsVersion: z.literal(1),
  caseId: text,
  programId: text.nullable(),
  person: z.object({
    id: text,
    birthDate: calendarDate.nullable(),
    nationalities: z.array(country),
    languages: z.array(language),
    vulnerabilities: z.array(z.enum(VULNERABILITIES)),
    criminalRecord: z.boolean(),
  }),
  case: z.object({
    state: z.enum(CASE_STATES),
    destinationCountry: country.nullable(),
    ruleSetId: text,
    counselOfRecord: z.boolean(),
  }),
  agreement: z
    .object({
      id: text,
      receivingCountry: country,
      /** Status on the evaluation date, as the ledger knows it. */
      status: z.enum(AGREEMENT_STATUSES),
      effectiveFrom: instant.nullable(),
      effectiveTo: instant.nullable(),
      eligibility: z.object({ excludedNationalities: z.array(country), excludedCategories: z.array(z.string()) }),
      capacity: z.object({
        total: z.number().int().nonnegative().nullable(),
        reserved: z.number().int().nonnegative(),
        consumed: z.number().int().nonnegative(),
      }),
      placeReservedForCase: z.boolean(),
      welfareCheckDays: z.array(z.number().int().positive()),
      /** UNHCR 2013 transfer-arrangement qualities of the agreement itself. */
      transferStandards: z.object({
        legallyBinding: z.boolean(),
        asylumProcedureAccess: z.boolean(),
        durableSolution: z.boolean(),
        independentMonitoring: z.boolean(),
      }),
    })
    .nullable(),
  removalOrder: z
    .object({
      authority: z.enum(REMOVAL_AUTHORITIES),
      issuedAt: instant,
      final: z.boolean(),
      finalAt: instant.nullable(),
      countriesNamed: z.array(country),
    })
    .nullable(),
  designation: z.array(designationStepSchema),
  fearClaims: z.array(fearClaimSchema),
  protections: z.array(
    z.object({ country, kind: z.enum(PROTECTION_KINDS), grantedAt: instant, terminatedAt: instant.nullable() }),
  ),
  notices: z.array(
    z.object({
      id: text,
      country,
      language,
      method: z.enum(NOTICE_METHODS),
      servedAt: instant,
      servedToPerson: z.boolean(),
      servedToCounsel: z.boolean(),
      interpreterLanguage: language.nullable(),
      /** States how to contest removal (habeas) and where: the Alien Enemies Act notice needs it. */
      explainsHowToContest: z.boolean(),
      /** SHA-256 of the served document, hex. */
      documentHash: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  courtOrders: z.array(
    z.object({
      id: text,
      kind: z.enum(COURT_ORDER_KINDS),
      court: text,
      docket: z.string(),
      scope: courtOrderScopeSchema,
      activeFrom: instant,
      activeTo: instant.nullable(),
    }),
  ),
  assurances: z.array(
    z.object({
      id: text,
      country,
      /** What the assurance promises, e.g. "no torture", "access to asylum procedure". */
      scope: z.string(),
      coveredPersonIds: z.union([z.literal('all'), z.array(text)]),
      forwardedBySecretaryOfState: z.boolean(),
      receivedAt: instant,
      credibilityFinding: z.enum(['reliable', 'unreliable', 'pending']),
      foundBy: z.string().nullable(),
      foundAt: instant.nullable(),
      basis: z.string(),
      monitoring: z.object({ mechanism: text, welfareCheckDays: z.array(z.number().int().positive()) }).nullable(),
      documentHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    }),
  ),
  receivingConsent: z
    .object({ country, status: z.enum(['accepted', 'declined', 'pending']), decidedAt: instant.nullable() })
    .nullable(),
  countryAssessments: z.array(
    z.object({
      id: text,
      country,
      finding: z.enum(ASSESSMENT_FINDINGS),
      controlling: z.boolean(),
      date: instant,
      source: z.enum(ASSESSMENT_SOURCES),
      citation: text,
    }),
  ),
  /** The decision-maker's own individual pre-transfer assessment for one destination. */
  individualAssessments: z.array(
    z.object({
      country,
      completedAt: instant,
      assessedBy: text,
      outcome: z.enum(['no_real_risk', 'real_risk']),
      onwardRefoulementConsidered: z.boolean(),
      unhcrEvidenceConsidered: z.boolean(),
      specialNeedsIdentified: z.boolean(),
      bestInterestsOfChildAssessed: z.boolean().nullable(),
    }),
  ),
  vulnerabilityReview: z
    .object({ completedAt: instant, reviewedBy: text, outcome: z.enum(['cleared', 'not_cleared']) })
    .nullable(),
  exigentCircumstances: z
    .object({ declaredAt: instant, declaredBy: text, reason: text, attorneyAccess: z.boolean() })
    .nullable(),
  monitoringPlan: z.object({ welfareCheckDays: z.array(z.number().int().positive()), monitor: text, plannedAt: instant }).nullable(),
});

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type RemovalAuthority = (typeof REMOVAL_AUTHORITIES)[number];
export type FearClaim = CaseFacts['fearClaims'][number];
export type NoticeServed = CaseFacts['notices'][number];
export type CourtOrder = CaseFacts['courtOrders'][number];
export type DiplomaticAssurance = CaseFacts['assurances'][number];
export type DesignationRecordStep = CaseFacts['designation'][number];

/**
 * Parses untrusted JSON into CaseFacts (AppError-free: returns zod's result so the edge maps issues).
 *
 * @example parseCaseFacts(JSON.parse(stored)).success
 */
export function parseCaseFacts(value: unknown): ReturnType<typeof caseFactsSchema.safeParse> {
  return caseFactsSchema.safeParse(value);
}
