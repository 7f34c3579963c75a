import type { CaseFacts } from './case-facts.js';

/**
 * The fact pattern every test vector starts from: an illustrative third-country case (Honduran
 * national, order naming Honduras, proposed for Rwanda under an active agreement) that passes every
 * safeguard of every rule set at 2025-09-01T12:00:00.000Z. Each vector patches only what it tests.
 * Notice was served on person and counsel at 2025-08-01T12:00:00.000Z.
 */
export const VECTOR_BASE_FACTS: CaseFacts = {
  factsVersion: 1,
  caseId: 'case-vector',
  programId: 'program-1',
  person: { id: 'person-1', birthDate: '1990-01-01', nationalities: ['HN'], languages: ['es'], vulnerabilities: [], criminalRecord: false },
  case: { state: 'manifested', destinationCountry: 'RW', ruleSetId: 'us-dvd-strict+unhcr-transfer-2013', counselOfRecord: true },
  agreement: {
    id: 'agreement-1',
    receivingCountry: 'RW',
    status: 'active',
    effectiveFrom: '2025-06-01T00:00:00.000Z',
    effectiveTo: null,
    eligibility: { excludedNationalities: [], excludedCategories: [] },
    capacity: { total: 10, reserved: 3, consumed: 2 },
    placeReservedForCase: true,
    welfareCheckDays: [30, 90, 180],
    transferStandards: { legallyBinding: true, asylumProcedureAccess: true, durableSolution: true, independentMonitoring: true },
  },
  removalOrder: { authority: 'ina_240', issuedAt: '2025-05-01T12:00:00.000Z', final: true, finalAt: '2025-06-01T00:00:00.000Z', countriesNamed: ['HN'] },
  designation: [
    { step: 'designated_by_person', country: null, result: 'failed', failure: 'not_designated', explanation: 'The person named no country.', recordedAt: '2025-07-01T09:00:00.000Z' },
    { step: 'nationality', country: 'HN', result: 'failed', failure: 'declined_to_accept', explanation: 'Honduras declined travel documents.', recordedAt: '2025-07-01T09:00:00.000Z' },
    { step: 'admission', country: null, result: 'failed', failure: 'not_applicable', explanation: 'Entered without inspection; no country of admission.', recordedAt: '2025-07-01T09:00:00.000Z' },
    { step: 'embarkation', country: null, result: 'failed', failure: 'not_applicable', explanation: 'Entered over land; no port of embarkation.', recordedAt: '2025-07-01T09:00:00.000Z' },
    { step: 'prior_residence', country: null, result: 'failed', failure: 'not_applicable', explanation: 'Lived only in Honduras before entry.', recordedAt: '2025-07-01T09:00:00.000Z' },
    { step: 'birth', country: 'HN', result: 'failed', failure: 'declined_to_accept', explanation: 'Same refusal as nationality.', recordedAt: '2025-07-01T09:00:00.000Z' },
    { step: 'birthplace_sovereign_at_birth', country: 'HN', result: 'failed', failure: 'declined_to_accept', explanation: 'Same refusal as nationality.', recordedAt: '2025-07-01T09:00:00.000Z' },
    { step: 'birthplace_sovereign_now', country: 'HN', result: 'failed', failure: 'declined_to_accept', explanation: 'Same refusal as nationality.', recordedAt: '2025-07-01T09:00:00.000Z' },
    { step: 'will_accept', country: 'RW', result: 'chosen', failure: null, explanation: 'Rwanda agreed to accept under the agreement.', recordedAt: '2025-07-01T09:00:00.000Z' },
  ],
  fearClaims: [],
  protections: [],
  notices: [
    {
      id: 'notice-1',
      country: 'RW',
      language: 'es',
      method: 'in_person',
      servedAt: '2025-08-01T12:00:00.000Z',
      servedToPerson: true,
      servedToCounsel: true,
      interpreterLanguage: null,
      explainsHowToContest: true,
      documentHash: 'a'.repeat(64),
    },
  ],
  courtOrders: [],
  assurances: [],
  receivingConsent: { country: 'RW', status: 'accepted', decidedAt: '2025-07-15T00:00:00.000Z' },
  countryAssessments: [],
  individualAssessments: [
    {
      country: 'RW',
      completedAt: '2025-07-20T00:00:00.000Z',
      assessedBy: 'officer-1',
      outcome: 'no_real_risk',
      onwardRefoulementConsidered: true,
      unhcrEvidenceConsidered: true,
      specialNeedsIdentified: true,
      bestInterestsOfChildAssessed: null,
    },
  ],
  vulnerabilityReview: null,
  exigentCircumstances: null,
  monitoringPlan: { welfareCheckDays: [30, 90, 180], monitor: 'monitor-1', plannedAt: '2025-07-25T00:00:00.000Z' },
};
