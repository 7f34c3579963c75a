import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/canonical-json.js';
import { insertCourtOrder, listCaseSubjects } from '../../db/repositories/case-facts.repository.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import { runWrite } from '../context.js';
import { seedScale } from '../scale/seed-scale.js';
import { assembleCaseFacts, loadFactSources, loadOneCaseFacts } from './build-case-facts.js';

/**
 * A transition reads one case's facts in one statement, the sweep reads a batch with one query per
 * source: both must give byte-identical facts (and so identical facts hashes), whatever the case
 * holds — facts, superseded orders, assessments, overrides, ledger places — and at any instant.
 */
describe.each(TEST_DATABASE_KINDS)('one-statement facts load on %s', { timeout: 120_000 }, (kind) => {
  let context: TestContext;
  let caseIds: string[] = [];
  let agreementId = '';
  const earlier = '2026-01-10T00:00:00.000Z';

  beforeAll(async () => {
    context = await createTestContext(kind);
    const seeded = await seedScale(context.services, context.operator, { count: 40, program: 'us-rw-2025', casesPerDocument: 0, seed: 5 });
    caseIds = [...seeded.caseIds];
    const db = context.database.db;
    agreementId = (await db.selectFrom('agreements').select('id').where('code', '=', 'us-rw-2025').executeTakeFirstOrThrow()).id;
    const person = (await db.selectFrom('cases').select('person_id').where('id', '=', caseIds[0] ?? '').executeTakeFirstOrThrow()).person_id;
    const now = context.clock.now().toISOString();
    const lifted = randomUUID();
    await runWrite(context.services, async (trx) => {
      // A program stay that was later lifted (superseded), a person order, a destination order, and an assessment.
      await insertCourtOrder(trx, { id: lifted, kind: 'stay', court: 'D. Mass.', docket: 'A', scope: { kind: 'program', programId: agreementId }, activeFrom: earlier, activeTo: null, recordedAt: earlier, recordedBy: 'test', supersedes: null });
      await insertCourtOrder(trx, { id: randomUUID(), kind: 'stay', court: 'D. Mass.', docket: 'A', scope: { kind: 'program', programId: agreementId }, activeFrom: earlier, activeTo: now, recordedAt: now, recordedBy: 'test', supersedes: lifted });
      await insertCourtOrder(trx, { id: randomUUID(), kind: 'tro', court: 'D.D.C.', docket: 'B', scope: { kind: 'person', personId: person }, activeFrom: '2026-01-12T08:30:00.123Z', activeTo: null, recordedAt: '2026-01-12T08:30:00.123Z', recordedBy: 'test', supersedes: null });
      await insertCourtOrder(trx, { id: randomUUID(), kind: 'injunction', court: 'N.D. Cal.', docket: 'C', scope: { kind: 'destination', country: 'SZ' }, activeFrom: earlier, activeTo: null, recordedAt: earlier, recordedBy: 'test', supersedes: null });
      await sql`insert into country_assessments (country, finding, controlling, assessed_on, source, citation, recorded_at, recorded_by)
                values ('RW', 'concerns', true, '2025-06-01', 'state_department', 'Country report', ${earlier}, 'test')`.execute(trx);
    });
  });
  afterAll(async () => {
    await context.dispose();
  });

  async function both(at: string | null, overrides: { destinationCountry?: string | null; agreementId?: string | null } = {}): Promise<{ one: string[]; batch: string[] }> {
    const db = context.database.db;
    const subjects = await listCaseSubjects(db, caseIds);
    const sources = await loadFactSources(db, subjects, at, overrides);
    const batch = subjects.map((subject) => canonicalJson(assembleCaseFacts(subject, sources, context.services.personKeyEncryptionKey, overrides)));
    const one: string[] = [];
    for (const subject of subjects) {
      const loaded = await loadOneCaseFacts(db, subject.caseId, at, overrides);
      if (loaded === undefined) throw new Error(`case ${subject.caseId} not loaded`);
      expect(loaded.subject).toEqual(subject);
      one.push(canonicalJson(assembleCaseFacts(loaded.subject, loaded.sources, context.services.personKeyEncryptionKey, overrides)));
    }
    return { one, batch };
  }

  it('gives the same facts as the batched load, now, earlier and with overrides', async () => {
    for (const [at, overrides] of [
      [context.clock.now().toISOString(), {}],
      [earlier, {}],
      [null, {}],
      [context.clock.now().toISOString(), { destinationCountry: 'SZ', agreementId }],
      [context.clock.now().toISOString(), { destinationCountry: null, agreementId: null }],
    ] as const) {
      const { one, batch } = await both(at, overrides);
      expect(one).toEqual(batch);
    }
    // Not vacuous: the cases carry facts, court orders and an assessment.
    const { one } = await both(context.clock.now().toISOString());
    expect(one.some((facts) => facts.includes('"courtOrders":[{'))).toBe(true);
    expect(one.some((facts) => facts.includes('"countryAssessments":[{'))).toBe(true);
    expect(one.some((facts) => facts.includes('"removalOrder":{'))).toBe(true);
  });

  it('reads capacity from the ledger: counters, and a place reserved only for a case holding a live place there', async () => {
    const db = context.database.db;
    const counters = await db.selectFrom('agreement_capacity').select(['reserved', 'consumed']).where('agreement_id', '=', agreementId).executeTakeFirstOrThrow();
    const holders = new Set((await db.selectFrom('capacity_reservations').select('case_id').where('status', '<>', 'released').execute()).map((r) => r.case_id));
    expect(holders.size).toBeGreaterThan(0);
    expect(holders.size).toBeLessThan(caseIds.length);
    for (const caseId of caseIds) {
      const loaded = await loadOneCaseFacts(db, caseId, null);
      const facts = loaded && assembleCaseFacts(loaded.subject, loaded.sources, context.services.personKeyEncryptionKey);
      expect(facts?.agreement?.capacity).toMatchObject({ reserved: counters.reserved, consumed: counters.consumed });
      expect(facts?.agreement?.placeReservedForCase).toBe(holders.has(caseId));
    }
    expect(await loadOneCaseFacts(db, randomUUID(), null)).toBeUndefined();
  });
});
