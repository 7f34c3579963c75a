import type { CaseState, OpenState } from '../../core/case.js';
import { DESIGNATION_STEPS, NOTICE_METHODS, REMOVAL_AUTHORITIES } from '../../core/safeguards/case-facts.js';
import type { CaseFactKind, CaseFactPayload } from '../../core/schemas/case-fact.schema.js';
import type { TransitionName } from '../../core/workflow/transitions.js';
import type { DemoPerson } from '../demo/demo-people.js';
import type { ScaleRandom } from './scale-random.js';

/** One synthetic person with one case, its facts and (past intake) the decision that let it in. */
export interface SyntheticCase {
  readonly person: Pick<DemoPerson, 'givenNames' | 'familyName' | 'birthDate' | 'nationalities' | 'languages' | 'vulnerabilities'>;
  readonly state: CaseState;
  readonly heldFromState: OpenState | null;
  readonly holdReason: string | null;
  readonly closeOutcome: DemoPerson['closeOutcome'] | null;
  readonly destinationCountry: string | null;
  readonly agreementCode: string | null;
  readonly hasCounsel: boolean;
  readonly openedAt: string;
  readonly facts: ReadonlyArray<{ readonly kind: CaseFactKind; readonly payload: CaseFactPayload<CaseFactKind> }>;
  /** The transition that brought the case to its (held-from) state; null for intake. */
  readonly decisionTransition: TransitionName | null;
}

const GIVEN = ['Amina', 'Yusuf', 'Mariela', 'Tesfay', 'Leyla', 'Omar', 'Rosa', 'Daniel', 'Farida', 'Hamid', 'Lucia', 'Khadija', 'Samuel', 'Sofia', 'Abdi', 'Teresa', 'Reza', 'Grace', 'Ismail', 'Nadia', 'Jorge', 'Selam', 'Bilal', 'Mercy'];
const FAMILY = ['Haddad', 'Morales', 'Gebremedhin', 'Rahimi', 'Castillo', 'Warsame', 'Tran', 'Okonkwo', 'Delgado', 'Nasser', 'Alvarez', 'Karimi', 'Mengistu', 'Suarez', 'Farah', 'Herrera', 'Yilmaz', 'Abdullahi', 'Pérez', 'Osman', 'Kebede', 'Nguyen'];

/** Removal authorities as a program like the reported one sees them: mostly INA 240 orders. */
const AUTHORITY_WEIGHTS: ReadonlyArray<readonly [(typeof REMOVAL_AUTHORITIES)[number], number]> = [
  ['ina_240', 0.85],
  ['expedited_removal', 0.12],
  ['alien_enemies_act', 0.03],
];

const STATE_ORDER: readonly CaseState[] = ['intake', 'designation_review', 'country_proposed', 'notice_served', 'fear_screening', 'cleared', 'manifested', 'relocated', 'monitoring'];

const ENTRY_TRANSITION: Readonly<Partial<Record<CaseState, TransitionName>>> = {
  designation_review: 'begin_designation_review',
  country_proposed: 'propose_country',
  notice_served: 'serve_notice',
  fear_screening: 'claim_fear',
  cleared: 'clear',
  manifested: 'manifest',
  relocated: 'relocate',
  monitoring: 'begin_monitoring',
};

/**
 * Builds one synthetic case from a demo template (its state, destination and program, and the
 * origin and languages that go together), with fresh names, birth date and the facts a case in
 * that state would carry: a removal order always; the designation record once designation is
 * under review; a served notice from notice_served on; a fear claim in fear screening.
 * Every payload fits CASE_FACT_PAYLOAD_SCHEMAS (checked in the test).
 *
 * @example syntheticCase(demoPeople()[12], new ScaleRandom(1), '2026-01-15T12:00:00.000Z')
 */
export function syntheticCase(template: DemoPerson, random: ScaleRandom, at: string): SyntheticCase {
  const now = Date.parse(at);
  const daysAgo = (min: number, max: number): string => new Date(now - random.integer(min, max) * 86_400_000).toISOString();
  const openedAt = daysAgo(30, 720);
  const nationality = template.nationalities[0] ?? 'IQ';
  const language = template.languages[0] ?? 'en';
  const hasCounsel = random.chance(0.45);
  // A closed case with a destination reached it; without one it never got past designation.
  const reached: CaseState = template.state === 'on_hold' ? (template.heldFrom ?? 'intake') : template.state === 'closed' ? (template.destination === null ? 'designation_review' : 'monitoring') : template.state;
  const depth = STATE_ORDER.indexOf(reached);
  const destination = template.destination;

  const facts: Array<{ kind: CaseFactKind; payload: CaseFactPayload<CaseFactKind> }> = [];
  const issuedAt = daysAgo(800, 2_000);
  facts.push({
    kind: 'removal_order',
    payload: { authority: weighted(random, AUTHORITY_WEIGHTS), issuedAt, final: true, finalAt: issuedAt, countriesNamed: [nationality] } satisfies CaseFactPayload<'removal_order'>,
  });
  if (depth >= 1) {
    const steps: CaseFactPayload<'designation_record'>['steps'] = [
      { step: DESIGNATION_STEPS[0], country: null, result: 'failed', failure: 'not_designated', explanation: 'No country designated at the hearing.', recordedAt: openedAt },
      { step: 'nationality', country: nationality, result: 'failed', failure: 'declined_to_accept', explanation: 'The country of nationality declined to accept.', recordedAt: openedAt },
    ];
    if (destination !== null && depth >= 2) {
      steps.push({ step: 'will_accept', country: destination, result: 'chosen', failure: null, explanation: 'Accepts under the program agreement.', recordedAt: openedAt });
    }
    facts.push({ kind: 'designation_record', payload: { steps } });
  }
  if (destination !== null && depth >= 3) {
    facts.push({
      kind: 'notice',
      payload: {
        country: destination,
        language,
        method: random.pick(NOTICE_METHODS),
        servedAt: daysAgo(20, 29),
        servedToPerson: true,
        servedToCounsel: hasCounsel,
        interpreterLanguage: language === 'en' ? null : language,
        explainsHowToContest: true,
        documentHash: random.hex64(),
      } satisfies CaseFactPayload<'notice'>,
    });
  }
  if (destination !== null && reached === 'fear_screening') {
    facts.push({ kind: 'fear_claim', payload: { country: destination, claimedAt: daysAgo(1, 19) } satisfies CaseFactPayload<'fear_claim'> });
  }
  const birthYear = random.integer(1955, 2004);
  return {
    person: {
      givenNames: random.pick(GIVEN),
      familyName: random.pick(FAMILY),
      birthDate: `${birthYear}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
      nationalities: [...template.nationalities],
      languages: [...template.languages],
      vulnerabilities: [...template.vulnerabilities],
    },
    state: template.state,
    heldFromState: template.heldFrom ?? null,
    holdReason: template.holdReason ?? null,
    closeOutcome: template.closeOutcome ?? null,
    destinationCountry: destination,
    agreementCode: template.agreementCode,
    hasCounsel,
    openedAt,
    facts,
    decisionTransition: ENTRY_TRANSITION[reached] ?? null,
  };
}

function weighted<T>(random: ScaleRandom, weights: ReadonlyArray<readonly [T, number]>): T {
  let roll = random.next();
  for (const [value, weight] of weights) {
    if (roll < weight) return value;
    roll -= weight;
  }
  const last = weights.at(-1);
  if (last === undefined) throw new RangeError('no weights');
  return last[0];
}
