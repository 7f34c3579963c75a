import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from './app-instance.js';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { createTestApp, createTestContext, type TestContext } from '../test-support/test-app.js';
import { replayAllDecisions } from '../services/cases/replay-decision.js';
import { caseReadyForNotice, countRows, createAgreement, createPerson, errorOf, fact, openCase, post, serveNotice, transition } from './safeguard-scenario.test-support.js';
import { sweepAffectedCases } from '../services/cases/sweep-affected-cases.js';

interface FindingOut {
  safeguardId: string;
  outcome: string;
  earliestPassAt: string | null;
}

function blockingIds(details: Record<string, unknown>): [string, string, string | null][] {
  return (details.findings as FindingOut[]).map((f) => [f.safeguardId, f.outcome, f.earliestPassAt]);
}

describe.each(TEST_DATABASE_KINDS)('case transitions and safeguards through the API on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let rwanda: string;
  let uganda: string;

  beforeAll(async () => {
    context = await createTestContext(kind);
    app = await createTestApp(context);
    context.clock.set('2025-08-01T12:00:00.000Z');
    rwanda = await createAgreement(app, 'us-rw-test', 'RW');
    uganda = await createAgreement(app, 'us-ug-test', 'UG');
  });
  afterAll(async () => {
    // Every decision the suite stored replays identically (outcome and findings, canonical JSON).
    const report = await replayAllDecisions(context.database.db, 7);
    expect(report.failures).toEqual([]);
    expect(report.total).toBe(await countRows(context, 'decisions'));
    expect(report.total).toBeGreaterThan(40);
    await app.close();
    await context.dispose();
  });

  it('us-ice-2025-07: notice served 23 h ago blocks departure, 24 h passes; decisions are stored either way', async () => {
    context.clock.set('2025-08-01T12:00:00.000Z');
    const caseId = await caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId: rwanda, destination: 'RW' });
    await serveNotice(app, caseId, 'RW', '2025-08-01T12:00:00.000Z');
    await transition(app, caseId, { transition: 'clear' });
    const manifested = await transition(app, caseId, { transition: 'manifest' });
    expect(manifested.json<{ case: { state: string } }>().case.state).toBe('manifested');

    const safeguards = (await app.inject({ url: `/api/cases/${caseId}/safeguards` })).json<{ earliestDepartureAt: string; storedEarliestDepartureAt: string; items: { safeguardId: string; finding: { outcome: string } }[] }>();
    expect([safeguards.earliestDepartureAt, safeguards.storedEarliestDepartureAt]).toEqual(['2025-08-02T12:00:00.000Z', '2025-08-02T12:00:00.000Z']);
    expect(safeguards.items.filter((i) => i.finding.outcome !== 'pass').map((i) => i.safeguardId)).toEqual(['US-NOTICE-ICE-2025']);

    context.clock.set('2025-08-02T11:00:00.000Z');
    const before = await countRows(context, 'decisions');
    const blocked = await transition(app, caseId, { transition: 'relocate' }, 409);
    expect(errorOf(blocked).code).toBe('safeguard_blocked');
    expect(blockingIds(errorOf(blocked).details)).toEqual([['US-NOTICE-ICE-2025', 'pending', '2025-08-02T12:00:00.000Z']]);
    expect(await countRows(context, 'decisions')).toBe(before + 1);
    const stored = (await app.inject({ url: `/api/decisions/${String(errorOf(blocked).details.decisionId)}` })).json<{ outcome: string; transition: string }>();
    expect([stored.outcome, stored.transition]).toEqual(['blocked', 'relocate']);
    expect((await app.inject({ url: `/api/cases/${caseId}` })).json<{ state: string }>().state).toBe('manifested');

    context.clock.set('2025-08-02T12:00:00.000Z');
    const moved = (await transition(app, caseId, { transition: 'relocate' })).json<{ case: { state: string }; decision: { outcome: string; ruleSetId: string } }>();
    expect([moved.case.state, moved.decision.outcome, moved.decision.ruleSetId]).toEqual(['relocated', 'allowed', 'us-ice-2025-07']);
    const decisions = (await app.inject({ url: `/api/cases/${caseId}/decisions` })).json<{ items: { transition: string; outcome: string }[] }>().items;
    expect(decisions.map((d) => `${d.transition}:${d.outcome}`)).toEqual([
      'begin_designation_review:allowed',
      'propose_country:allowed',
      'serve_notice:allowed',
      'clear:allowed',
      'manifest:allowed',
      'relocate:blocked',
      'relocate:allowed',
    ]);
  });

  it('us-dvd-strict: the same case stays blocked at 24 h and, after a negative finding, until the reopening period ends', async () => {
    context.clock.set('2025-08-01T12:00:00.000Z');
    const caseId = await caseReadyForNotice(app, { ruleSetId: 'us-dvd-strict', agreementId: rwanda, destination: 'RW' });
    await serveNotice(app, caseId, 'RW', '2025-08-01T12:00:00.000Z');
    await transition(app, caseId, { transition: 'clear' });
    await transition(app, caseId, { transition: 'manifest' });
    context.clock.set('2025-08-02T12:00:00.000Z');
    expect(blockingIds(errorOf(await transition(app, caseId, { transition: 'relocate' }, 409)).details)).toEqual([['US-DVD-STRICT', 'pending', '2025-08-11T12:00:00.000Z']]);

    const claimId = (await fact(app, caseId, 'fear-claim', { country: 'RW', claimedAt: '2025-08-01T13:00:00.000Z' })).json<{ id: string }>().id;
    await fact(app, caseId, 'reasonable-fear-interview', {
      fearClaimId: claimId,
      scheduledAt: '2025-08-15T12:00:00.000Z',
      noticeGivenAt: '2025-08-12T12:00:00.000Z',
      counselPresent: true,
      interpreterLanguage: 'es',
      phoneAccess: true,
      confidentialDocumentTransmission: true,
    });
    context.clock.set('2025-08-20T12:00:00.000Z');
    await fact(app, caseId, 'fear-outcome', { fearClaimId: claimId, outcome: 'negative', decidedAt: '2025-08-20T12:00:00.000Z' });
    const safeguards = (await app.inject({ url: `/api/cases/${caseId}/safeguards` })).json<{ earliestDepartureAt: string }>();
    expect(safeguards.earliestDepartureAt).toBe('2025-09-04T12:00:00.000Z');

    context.clock.set('2025-09-04T11:59:59.000Z');
    expect(blockingIds(errorOf(await transition(app, caseId, { transition: 'relocate' }, 409)).details)).toEqual([['US-DVD-STRICT', 'pending', '2025-09-04T12:00:00.000Z']]);
    context.clock.set('2025-09-04T12:00:00.000Z');
    await transition(app, caseId, { transition: 'relocate' });
  });

  it('CAT protection for X blocks X but not Y, and Y still needs its own fear determination', async () => {
    context.clock.set('2025-08-01T12:00:00.000Z');
    const personId = await createPerson(app);
    const caseId = await openCase(app, personId, 'us-ice-2025-07');
    await fact(app, caseId, 'removal-order', { authority: 'ina_240', issuedAt: '2025-05-01T12:00:00.000Z', final: true, finalAt: '2025-06-01T00:00:00.000Z', countriesNamed: ['HN'] });
    await fact(app, caseId, 'protection', { country: 'RW', kind: 'cat_deferral', grantedAt: '2025-03-01T00:00:00.000Z', terminatedAt: null });
    await transition(app, caseId, { transition: 'begin_designation_review' });
    const toRwanda = await transition(app, caseId, { transition: 'propose_country', destinationCountry: 'RW', agreementId: rwanda }, 409);
    expect(blockingIds(errorOf(toRwanda).details).map(([id, outcome]) => [id, outcome])).toContainEqual(['US-PROTECTION-COUNTRY-SPECIFIC', 'block']);
    expect((await app.inject({ url: `/api/cases/${caseId}` })).json<{ state: string; destinationCountry: string | null }>()).toMatchObject({ state: 'designation_review', destinationCountry: null });

    await fact(app, caseId, 'designation-record', {
      steps: [{ step: 'will_accept', country: 'UG', result: 'chosen', failure: null, explanation: 'Uganda accepts.', recordedAt: '2025-07-01T09:00:00.000Z' }],
    });
    // The designation record above skips the statutory steps: Y is blocked on that, not on the protection.
    const skipped = errorOf(await transition(app, caseId, { transition: 'propose_country', destinationCountry: 'UG', agreementId: uganda }, 409));
    expect(blockingIds(skipped.details).map(([id]) => id)).toEqual(['US-DESIGNATION-SEQUENCE']);

    const ugCase = await caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId: uganda, destination: 'UG', personId });
    await fact(app, ugCase, 'protection', { country: 'RW', kind: 'cat_deferral', grantedAt: '2025-03-01T00:00:00.000Z', terminatedAt: null });
    await serveNotice(app, ugCase, 'UG', '2025-08-01T12:00:00.000Z');
    const clear = errorOf(await transition(app, ugCase, { transition: 'clear' }, 409));
    expect(blockingIds(clear.details)).toEqual([['US-PROTECTION-COUNTRY-SPECIFIC', 'block', null]]);
    context.clock.set('2025-08-01T15:00:00.000Z');
    const claimId = (await fact(app, ugCase, 'fear-claim', { country: 'UG', claimedAt: '2025-08-01T13:00:00.000Z' })).json<{ id: string }>().id;
    await fact(app, ugCase, 'fear-outcome', { fearClaimId: claimId, outcome: 'negative', decidedAt: '2025-08-01T14:00:00.000Z' });
    await transition(app, ugCase, { transition: 'clear' });
  });

  it('a program stay holds every affected case (alerts for officer and counsel), leaves other programs alone, and blocks release until lifted', async () => {
    context.clock.set('2025-08-01T12:00:00.000Z');
    const affected: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const caseId = await caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId: rwanda, destination: 'RW' });
      await serveNotice(app, caseId, 'RW', '2025-08-01T12:00:00.000Z');
      await transition(app, caseId, { transition: 'clear' });
      if (index < 2) await transition(app, caseId, { transition: 'manifest' });
      affected.push(caseId);
    }
    const other = await caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId: uganda, destination: 'UG' });
    const alertsBefore = await countRows(context, 'alerts');

    context.clock.set('2025-08-03T12:00:00.000Z');
    const recorded = await post(app, '/api/court-orders', { kind: 'stay', court: 'D. Mass.', docket: '1:25-cv-10676', scope: { kind: 'program', programId: rwanda }, activeFrom: '2025-08-03T00:00:00.000Z' }, 201);
    const { courtOrder, sweep } = recorded.json<{ courtOrder: { id: string }; sweep: { held: number; evaluated: number; alerts: number } }>();
    // Cases of earlier tests under the RW program that are still open are affected too.
    expect(sweep.held).toBeGreaterThanOrEqual(3);
    expect(sweep.alerts).toBe(sweep.held);
    expect(await countRows(context, 'alerts')).toBe(alertsBefore + sweep.held);
    for (const caseId of affected) {
      const held = (await app.inject({ url: `/api/cases/${caseId}` })).json<{ state: string; heldFromState: string; holdReason: string }>();
      expect([held.state, held.holdReason.includes('US-STAY')]).toEqual(['on_hold', true]);
    }
    expect((await app.inject({ url: `/api/cases/${affected[0] ?? ''}` })).json<{ heldFromState: string }>().heldFromState).toBe('manifested');
    expect((await app.inject({ url: `/api/cases/${other}` })).json<{ state: string }>().state).toBe('country_proposed');
    const kinds = await context.database.db.selectFrom('alerts').select('kind').where('case_id', 'in', affected).orderBy('kind').execute();
    expect(kinds.map((k) => k.kind)).toEqual(['case_held', 'manifest_affected', 'manifest_affected']);

    const refused = errorOf(await transition(app, affected[0] ?? '', { transition: 'release_hold' }, 409));
    expect([refused.code, blockingIds(refused.details).map(([id]) => id)]).toEqual(['hold_cause_not_cleared', ['US-STAY']]);

    await post(app, '/api/court-orders', { kind: 'stay', court: 'D. Mass.', docket: '1:25-cv-10676', scope: { kind: 'program', programId: rwanda }, activeFrom: '2025-08-03T00:00:00.000Z', activeTo: '2025-08-04T00:00:00.000Z', supersedes: courtOrder.id }, 201);
    context.clock.set('2025-08-04T12:00:00.000Z');
    const released = (await transition(app, affected[0] ?? '', { transition: 'release_hold' })).json<{ case: { state: string; holdReason: string | null } }>();
    expect(released.case).toMatchObject({ state: 'manifested', holdReason: null });
  });

  it('sweeps in batches: one update per batch, version-guarded', async () => {
    context.clock.set('2025-08-01T12:00:00.000Z');
    const cases: string[] = [];
    for (let index = 0; index < 5; index += 1) cases.push(await caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId: uganda, destination: 'UG' }));
    await post(app, '/api/court-orders', { kind: 'injunction', court: 'D.D.C.', scope: { kind: 'destination', country: 'KE' }, activeFrom: '2025-08-01T00:00:00.000Z' }, 201);
    const ugandaOpen = await context.database.db.selectFrom('cases').select('id').where('destination_country', '=', 'UG').where('state', 'not in', ['on_hold', 'closed']).execute();
    // A destination-wide stay recorded directly, then swept with a batch size of 2.
    await context.database.db
      .insertInto('court_orders')
      .values({ kind: 'stay', court: 'D.D.C.', scope_kind: 'destination', country: 'UG', active_from: '2025-08-01T00:00:00.000Z', recorded_at: '2025-08-01T12:00:00.000Z', recorded_by: 'test' })
      .execute();
    const report = await sweepAffectedCases(context.services, context.operator, { kind: 'country_assessment', country: 'UG' }, { batchSize: 2 });
    // Every open UG case is evaluated, in batches of 2; a case at notice_served is not gated by US-STAY (serve_notice's gate).
    expect(report).toMatchObject({ evaluated: ugandaOpen.length, skippedChanged: 0, batches: Math.ceil(ugandaOpen.length / 2) });
    const heldNow = await context.database.db.selectFrom('cases').select('held_from_state').where('destination_country', '=', 'UG').where('state', '=', 'on_hold').where('hold_reason', 'like', '%US-STAY%').execute();
    expect(heldNow).toHaveLength(report.held);
    expect(heldNow.every((c) => c.held_from_state !== 'notice_served')).toBe(true);
    const states = await context.database.db.selectFrom('cases').select('state').where('id', 'in', cases).execute();
    expect(states.map((s) => s.state)).toEqual(['on_hold', 'on_hold', 'on_hold', 'on_hold', 'on_hold']);
    const again = await sweepAffectedCases(context.services, context.operator, { kind: 'country_assessment', country: 'UG' }, { batchSize: 2 });
    expect([again.evaluated, again.held]).toEqual([0, 0]);
  });

  it('refuses bad input with its code and writes nothing', async () => {
    context.clock.set('2025-08-01T12:00:00.000Z');
    const personId = await createPerson(app);
    const caseId = await openCase(app, personId, 'us-ice-2025-07');
    await fact(app, caseId, 'removal-order', { authority: 'ina_240', issuedAt: '2025-05-01T12:00:00.000Z', final: true, finalAt: '2025-06-01T00:00:00.000Z', countriesNamed: ['HN'] });
    const unknownRuleSetCase = await openCase(app, personId, 'us-ice-2024');
    const counts = async (): Promise<number[]> => Promise.all((['decisions', 'case_facts', 'audit_log', 'alerts', 'court_orders'] as const).map((t) => countRows(context, t)));
    const before = await counts();

    const notAllowed = errorOf(await transition(app, caseId, { transition: 'clear' }, 409));
    expect([notAllowed.code, notAllowed.details.state]).toEqual(['transition_not_allowed', 'intake']);
    expect(errorOf(await transition(app, unknownRuleSetCase, { transition: 'begin_designation_review' }, 400)).code).toBe('unknown_rule_set');
    const noticeBeforeOrder = errorOf(
      await fact(app, caseId, 'notice', { country: 'RW', language: 'es', method: 'in_person', servedAt: '2025-04-01T12:00:00.000Z', servedToPerson: true, servedToCounsel: false, interpreterLanguage: null, explainsHowToContest: true, documentHash: 'b'.repeat(64) }, 422),
    );
    expect([noticeBeforeOrder.code, noticeBeforeOrder.details.problems]).toEqual(['contradictory_facts', [expect.stringContaining('served before the removal order was issued')]]);
    const claimId = (await context.database.db.selectFrom('case_facts').select('id').where('case_id', '=', caseId).executeTakeFirstOrThrow()).id;
    expect(errorOf(await fact(app, caseId, 'fear-outcome', { fearClaimId: claimId, outcome: 'negative', decidedAt: '2025-08-01T12:00:00.000Z' }, 400)).code).toBe('validation_failed');
    expect(errorOf(await post(app, '/api/whatif', { ruleSetId: 'us-ice-2025-07', parameters: { 'US-NOTICE-ICE-2025': { noticeHours: 2 } } }, 400)).code).toBe('parameter_out_of_range');
    expect(errorOf(await post(app, '/api/whatif', { ruleSetId: 'nope' }, 400)).code).toBe('unknown_rule_set');
    expect(errorOf(await post(app, `/api/cases/${caseId}/rule-set`, { ruleSetId: 'nope' }, 400)).code).toBe('unknown_rule_set');
    expect(errorOf(await transition(app, caseId, { transition: 'hold' }, 400)).details).toEqual({ field: 'reason' });
    expect(errorOf(await transition(app, caseId, { transition: 'close' }, 409)).details.reason).toBe('close_outcome_missing');
    expect(errorOf(await post(app, '/api/court-orders', { kind: 'stay', court: 'X', scope: { kind: 'destination', country: 'RW' }, activeFrom: '2025-08-02T00:00:00.000Z', activeTo: '2025-08-01T00:00:00.000Z' }, 422)).code).toBe('contradictory_facts');
    expect(await counts()).toEqual(before);

    const claim = (await fact(app, caseId, 'fear-claim', { country: 'RW', claimedAt: '2025-08-01T12:00:00.000Z' })).json<{ id: string }>().id;
    const outcomeFirst = errorOf(await fact(app, caseId, 'fear-outcome', { fearClaimId: claim, outcome: 'negative', decidedAt: '2025-07-01T12:00:00.000Z' }, 422));
    expect(outcomeFirst.details.problems).toEqual([`fear claim ${claim}: decided before it was claimed`]);
  });

  it('what-if counts blocked cases by safeguard without writing; rule sets are listed with hashes', async () => {
    const before = await Promise.all([countRows(context, 'decisions'), countRows(context, 'audit_log')]);
    const report = (await post(app, '/api/whatif', { ruleSetId: 'us-dvd-strict', filter: { state: 'cleared' } })).json<{ total: number; blocked: number; waiting: number; allowed: number }>();
    expect(report.total).toBe(report.blocked + report.waiting + report.allowed);
    expect(await Promise.all([countRows(context, 'decisions'), countRows(context, 'audit_log')])).toEqual(before);
    const listing = (await app.inject({ url: '/api/rulesets' })).json<{ defaultRuleSetId: string; profiles: { id: string; contentHash: string }[]; safeguards: unknown[] }>();
    expect(listing.profiles.map((p) => p.id)).toEqual(['us-ice-2025-07', 'us-dvd-strict', 'us-alien-enemies', 'uk', 'unhcr-transfer-2013', 'us-dvd-strict+unhcr-transfer-2013']);
    expect(listing.profiles.every((p) => /^[0-9a-f]{64}$/.test(p.contentHash))).toBe(true);
    expect(listing.safeguards).toHaveLength(18);
  });
});
