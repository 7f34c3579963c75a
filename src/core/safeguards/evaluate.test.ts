import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json.js';
import { AppError } from '../errors.js';
import type { CaseState, OpenState } from '../case.js';
import { DEFAULT_RULE_SET_ID } from '../rulesets/profiles.js';
import { resolveRuleSet } from '../rulesets/resolve-rule-set.js';
import { planTransition } from '../workflow/plan-transition.js';
import type { TransitionName } from '../workflow/transitions.js';
import { releaseGateFor } from '../workflow/transitions.js';
import type { CaseFacts } from './case-facts.js';
import { caseFactsSchema } from './case-facts.js';
import { checklist, earliestDeparture, evaluateTransition, whatIf } from './evaluate.js';
import { VECTOR_BASE_FACTS } from './vector-base-facts.js';
import { applyPatch } from './vectors.js';

/** The base case (third country RW, notice served on person and counsel 2025-08-01T12:00Z) with a patch. */
function facts(patch: Record<string, unknown> = {}): CaseFacts {
  return caseFactsSchema.parse(applyPatch(VECTOR_BASE_FACTS, patch));
}

const ICE = resolveRuleSet('us-ice-2025-07');
const DVD = resolveRuleSet('us-dvd-strict');

const NEGATIVE_FEAR_FINDING = {
  fearClaims: [
    {
      id: 'fear-1',
      country: 'RW',
      claimedAt: '2025-08-01T13:00:00.000Z',
      outcome: 'negative',
      decidedAt: '2025-08-20T12:00:00.000Z',
      reasonableFearInterview: { scheduledAt: '2025-08-15T12:00:00.000Z', noticeGivenAt: '2025-08-12T12:00:00.000Z', counselPresent: true, interpreterLanguage: 'es', phoneAccess: true, confidentialDocumentTransmission: true },
      reopening: null,
    },
  ],
};

function nonPassing(evaluation: ReturnType<typeof evaluateTransition>): [string, string, string | null][] {
  return evaluation.findings.filter((f) => f.outcome !== 'pass').map((f) => [f.safeguardId, f.outcome, f.earliestPassAt]);
}

describe('scenario: notice served 23 hours ago', () => {
  it('blocks departure under us-ice-2025-07 at 23 h and allows it at 24 h', () => {
    const at23h = evaluateTransition({ ruleSet: ICE, facts: facts(), transition: 'relocate', at: '2025-08-02T11:00:00.000Z' });
    expect(at23h.outcome).toBe('blocked');
    expect(nonPassing(at23h)).toEqual([['US-NOTICE-ICE-2025', 'pending', '2025-08-02T12:00:00.000Z']]);
    expect(at23h.earliestPassAt).toBe('2025-08-02T12:00:00.000Z');

    const at24h = evaluateTransition({ ruleSet: ICE, facts: facts(), transition: 'relocate', at: '2025-08-02T12:00:00.000Z' });
    expect(at24h.outcome).toBe('allowed');
    expect(nonPassing(at24h)).toEqual([]);
    expect(earliestDeparture(ICE, facts(), '2025-08-02T11:00:00.000Z')).toBe('2025-08-02T12:00:00.000Z');
  });

  it('lets the case be cleared while the 24 hours run (planning allows time-pending findings)', () => {
    const clear = evaluateTransition({ ruleSet: ICE, facts: facts(), transition: 'clear', at: '2025-08-02T11:00:00.000Z' });
    expect([clear.outcome, clear.earliestPassAt]).toEqual(['allowed', '2025-08-02T12:00:00.000Z']);
  });

  it('under us-dvd-strict the same case stays blocked at 24 h, and after a negative finding until the reopening period ends', () => {
    const at24h = evaluateTransition({ ruleSet: DVD, facts: facts(), transition: 'relocate', at: '2025-08-02T12:00:00.000Z' });
    expect(nonPassing(at24h)).toEqual([['US-DVD-STRICT', 'pending', '2025-08-11T12:00:00.000Z']]);

    const withFinding = facts(NEGATIVE_FEAR_FINDING);
    expect(earliestDeparture(ICE, withFinding, '2025-08-20T12:00:00.000Z')).toBe('2025-08-20T12:00:00.000Z');
    expect(earliestDeparture(DVD, withFinding, '2025-08-20T12:00:00.000Z')).toBe('2025-09-04T12:00:00.000Z');
    expect(evaluateTransition({ ruleSet: DVD, facts: withFinding, transition: 'relocate', at: '2025-09-04T11:59:59.000Z' }).outcome).toBe('blocked');
    expect(evaluateTransition({ ruleSet: DVD, facts: withFinding, transition: 'relocate', at: '2025-09-04T12:00:00.000Z' }).outcome).toBe('allowed');
  });
});

describe('scenario: CAT protection is country-specific', () => {
  const protectedFromRwanda = { protections: [{ country: 'RW', kind: 'cat_deferral', grantedAt: '2025-03-01T00:00:00.000Z', terminatedAt: null }] };
  const ugandaInstead = {
    ...protectedFromRwanda,
    case: { destinationCountry: 'UG' },
    agreement: { id: 'agreement-ug', receivingCountry: 'UG' },
    designation: VECTOR_BASE_FACTS.designation.map((step) => (step.step === 'will_accept' ? { ...step, country: 'UG', explanation: 'Uganda accepts.' } : step)),
    notices: VECTOR_BASE_FACTS.notices.map((n) => ({ ...n, country: 'UG' })),
    receivingConsent: { country: 'UG' },
    individualAssessments: VECTOR_BASE_FACTS.individualAssessments.map((a) => ({ ...a, country: 'UG' })),
  };

  it('blocks X (Rwanda) at proposal and departure', () => {
    for (const transition of ['propose_country', 'relocate'] as const) {
      const evaluation = evaluateTransition({ ruleSet: ICE, facts: facts(protectedFromRwanda), transition, at: '2025-09-01T12:00:00.000Z' });
      expect([transition, evaluation.outcome, nonPassing(evaluation)]).toEqual([transition, 'blocked', [['US-PROTECTION-COUNTRY-SPECIFIC', 'block', null]]]);
    }
  });

  it('does not block proposing Y (Uganda), but Y needs its own fear determination before departure', () => {
    const ugFacts = facts(ugandaInstead);
    expect(evaluateTransition({ ruleSet: ICE, facts: ugFacts, transition: 'propose_country', at: '2025-09-01T12:00:00.000Z' }).outcome).toBe('allowed');
    const departure = evaluateTransition({ ruleSet: ICE, facts: ugFacts, transition: 'relocate', at: '2025-09-01T12:00:00.000Z' });
    expect(nonPassing(departure)).toEqual([['US-PROTECTION-COUNTRY-SPECIFIC', 'block', null]]);
    expect(departure.findings.find((f) => f.safeguardId === 'US-PROTECTION-COUNTRY-SPECIFIC')?.reason).toBe('The person is protected from RW; UG needs its own fear determination, which has not been made.');

    const determined = facts({ ...ugandaInstead, fearClaims: NEGATIVE_FEAR_FINDING.fearClaims.map((c) => ({ ...c, country: 'UG' })) });
    expect(evaluateTransition({ ruleSet: ICE, facts: determined, transition: 'relocate', at: '2025-09-01T12:00:00.000Z' }).outcome).toBe('allowed');
  });
});

describe('scenario: a stay on the program', () => {
  const stay = { courtOrders: [{ id: 'order-1', kind: 'stay', court: 'D. Mass.', docket: '1:25-cv-10676', scope: { kind: 'program', programId: 'program-1' }, activeFrom: '2025-08-25T00:00:00.000Z', activeTo: null }] };

  it('blocks every affected case, and only those', () => {
    const affected = [facts({ ...stay, caseId: 'a' }), facts({ ...stay, caseId: 'b' }), facts({ ...stay, caseId: 'c', notices: [] })];
    const otherProgram = facts({ ...stay, caseId: 'd', programId: 'program-2' });
    const report = whatIf(resolveRuleSet(DEFAULT_RULE_SET_ID), [...affected, otherProgram], '2025-09-01T12:00:00.000Z');
    expect(report).toEqual({
      ruleSetId: DEFAULT_RULE_SET_ID,
      at: '2025-09-01T12:00:00.000Z',
      total: 4,
      allowed: 1,
      waiting: 0,
      blocked: 3,
      blockedBySafeguard: { 'US-STAY': 3, 'US-NOTICE-ICE-2025': 1, 'US-DVD-STRICT': 1 },
      waitingBySafeguard: {},
    });
  });

  it('holds a manifested case: the hold cannot be released until the stay ends', () => {
    const stayed = facts(stay);
    const at = '2025-09-01T12:00:00.000Z';
    const gate = releaseGateFor('manifested');
    expect(gate).toBe('manifest');
    const whileStayed = evaluateTransition({ ruleSet: DVD, facts: stayed, transition: 'manifest', at });
    expect(earliestDeparture(DVD, stayed, at)).toBeNull();
    expect(() => planTransition('on_hold', 'manifested', 'release_hold', { releaseEvaluation: whileStayed })).toThrow(AppError);
    const lifted = facts({ courtOrders: [{ ...stay.courtOrders[0], activeTo: '2025-09-01T00:00:00.000Z' }] });
    const afterLift = evaluateTransition({ ruleSet: DVD, facts: lifted, transition: 'manifest', at });
    expect(planTransition('on_hold', 'manifested', 'release_hold', { releaseEvaluation: afterLift })).toBe('manifested');
  });
});

describe('scenario: the UK 2024 Act never skips the individual assessment', () => {
  it('a controlling unsafe finding still blocks while the Act was in force', () => {
    const unsafe = facts({
      individualAssessments: [],
      countryAssessments: [{ id: 'aaa', country: 'RW', finding: 'unsafe', controlling: true, date: '2023-11-15T00:00:00.000Z', source: 'court', citation: 'AAA v SSHD [2023] UKSC 42' }],
    });
    const evaluation = evaluateTransition({ ruleSet: resolveRuleSet('uk'), facts: unsafe, transition: 'relocate', at: '2024-06-01T00:00:00.000Z' });
    expect(nonPassing(evaluation).filter(([id]) => id.startsWith('UK-')).map(([id, outcome]) => [id, outcome])).toEqual([
      ['UK-NON-REFOULEMENT', 'block'],
      ['UK-COUNTRY-SAFETY', 'block'],
      ['UK-DEEMED-SAFE', 'block'],
    ]);
  });
});

/** Walks a case from intake to closed, asserting each step is allowed by the workflow and the safeguards. */
function walk(ruleSetId: string, caseFacts: CaseFacts, at: string): CaseState[] {
  const ruleSet = resolveRuleSet(ruleSetId);
  const path: TransitionName[] = ['begin_designation_review', 'propose_country', 'serve_notice', 'clear', 'manifest', 'relocate', 'begin_monitoring'];
  let state: CaseState = 'intake';
  const visited: CaseState[] = [state];
  for (const transition of path) {
    const evaluation = evaluateTransition({ ruleSet, facts: { ...caseFacts, case: { ...caseFacts.case, state } }, transition, at });
    expect([transition, evaluation.outcome, nonPassing(evaluation)]).toEqual([transition, 'allowed', []]);
    state = planTransition(state, null, transition);
    visited.push(state);
  }
  state = planTransition(state, null, 'close', { closeOutcome: 'relocated' });
  visited.push(state);
  return visited;
}

describe('scenario: complete cases under each rule set', () => {
  const fullPath = ['intake', 'designation_review', 'country_proposed', 'notice_served', 'cleared', 'manifested', 'relocated', 'monitoring', 'closed'];
  const at = '2025-09-01T12:00:00.000Z';

  for (const ruleSetId of ['us-ice-2025-07', 'us-dvd-strict', 'uk', 'unhcr-transfer-2013', DEFAULT_RULE_SET_ID]) {
    it(`${ruleSetId}: intake to closed`, () => {
      expect(walk(ruleSetId, facts(), at)).toEqual(fullPath);
    });
  }

  it('us-alien-enemies: intake to closed with an AEA order and habeas notice', () => {
    const aea = facts({ removalOrder: { authority: 'alien_enemies_act', countriesNamed: ['VE'] } });
    expect(walk('us-alien-enemies', aea, at)).toEqual(fullPath);
    const early = evaluateTransition({ ruleSet: resolveRuleSet('us-alien-enemies'), facts: aea, transition: 'relocate', at: '2025-08-02T12:00:00.000Z' });
    expect(nonPassing(early)).toEqual([['US-AEA-NOTICE', 'pending', '2025-08-08T12:00:00.000Z']]);
  });

  it('a positive fear finding sends the case back to designation review', () => {
    const positive = facts({ fearClaims: [{ ...NEGATIVE_FEAR_FINDING.fearClaims[0], outcome: 'positive' }] });
    const clear = evaluateTransition({ ruleSet: DVD, facts: positive, transition: 'clear', at });
    expect(clear.outcome).toBe('blocked');
    expect(nonPassing(clear).map(([id]) => id)).toEqual(['US-NOTICE-ICE-2025', 'US-DVD-STRICT']);
    const held: OpenState = 'fear_screening';
    expect(planTransition(held, null, 'choose_another_destination')).toBe('designation_review');
  });
});

describe('determinism and replay', () => {
  it('the same input gives byte-identical output, also after a JSON round trip of the facts', () => {
    const input = { ruleSet: resolveRuleSet(DEFAULT_RULE_SET_ID), facts: facts(NEGATIVE_FEAR_FINDING), transition: 'relocate' as const, at: '2025-08-25T00:00:00.000Z' };
    const first = canonicalJson(evaluateTransition(input));
    const replayedFacts = caseFactsSchema.parse(JSON.parse(JSON.stringify(input.facts)));
    expect(canonicalJson(evaluateTransition({ ...input, facts: replayedFacts }))).toBe(first);
  });

  it('the checklist lists every safeguard of the rule set with its finding', () => {
    const list = checklist(resolveRuleSet(DEFAULT_RULE_SET_ID), facts(), '2025-08-02T11:00:00.000Z');
    expect(list.items).toHaveLength(14);
    expect(list.items.filter((i) => i.finding.outcome !== 'pass').map((i) => [i.safeguardId, i.finding.earliestPassAt])).toEqual([
      ['US-NOTICE-ICE-2025', '2025-08-02T12:00:00.000Z'],
      ['US-DVD-STRICT', '2025-08-11T12:00:00.000Z'],
    ]);
    expect(list.earliestDepartureAt).toBe('2025-08-11T12:00:00.000Z');
    expect(list.items[0]?.finding.citations[0]?.instrument).toBe('Immigration and Nationality Act');
  });
});
