import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_FACT_PAYLOAD_SCHEMAS } from '../../core/schemas/case-fact.schema.js';
import { principalOf } from '../../core/user.js';
import { toUser } from '../../db/repositories/user.repository.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import { demoPeople } from '../demo/demo-people.js';
import { ScaleRandom } from './scale-random.js';
import { seedScale } from './seed-scale.js';
import { syntheticCase } from './synthetic-case.js';

describe('syntheticCase', () => {
  it('builds facts that every payload schema accepts, for every demo template', () => {
    const random = new ScaleRandom(7);
    for (const template of demoPeople()) {
      const built = syntheticCase(template, random, '2026-01-15T12:00:00.000Z');
      expect(built.state).toBe(template.state);
      expect(built.facts[0]?.kind).toBe('removal_order');
      for (const fact of built.facts) expect(CASE_FACT_PAYLOAD_SCHEMAS[fact.kind].safeParse(fact.payload).success).toBe(true);
    }
  });

  it('is deterministic for a seed', () => {
    const template = demoPeople()[15];
    if (template === undefined) throw new Error('demo template missing');
    expect(syntheticCase(template, new ScaleRandom(3), '2026-01-15T12:00:00.000Z')).toEqual(syntheticCase(template, new ScaleRandom(3), '2026-01-15T12:00:00.000Z'));
  });
});

describe.each(TEST_DATABASE_KINDS)('seedScale on %s', { timeout: 120_000 }, (kind) => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestContext(kind);
  });
  afterAll(async () => {
    await context.dispose();
  });

  it('loads the demo program first, then writes people, cases, facts and decisions in batches with one audit entry each', async () => {
    const progress: number[] = [];
    const result = await seedScale(context.services, context.operator, { count: 90, batchSize: 40, onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual([40, 80, 90]);
    expect(result).toMatchObject({ people: 90, cases: 90, batches: 3 });
    expect(result.caseIds).toHaveLength(90);
    const db = context.services.db;
    const scaleCases = await db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where('external_id', 'like', 'SCALE-%').executeTakeFirstOrThrow();
    expect(scaleCases.n).toBe(90);
    const facts = await db.selectFrom('case_facts').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', 'in', result.caseIds).executeTakeFirstOrThrow();
    expect(facts.n).toBe(result.facts);
    const decisions = await db.selectFrom('decisions').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', 'in', result.caseIds).executeTakeFirstOrThrow();
    expect(decisions.n).toBe(result.decisions);
    const audit = await db.selectFrom('audit_log').select('details').where('action', '=', 'scale.seed_batch').orderBy('id').execute();
    expect(audit.map((a) => (a.details as { cases: number }).cases)).toEqual([40, 40, 10]);
    // The demo spread (40 templates, the first six in intake) repeats: cases 1–6, 41–46 and 81–86 are in intake.
    const intake = await db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', result.caseIds).where('state', '=', 'intake').executeTakeFirstOrThrow();
    expect(intake.n).toBe(18);
  });

  it('puts every case under one program when asked, restricted to the requested states', async () => {
    const result = await seedScale(context.services, context.operator, { count: 30, program: 'us-rw-2025', states: ['notice_served', 'cleared'] });
    const rows = await context.services.db
      .selectFrom('cases')
      .innerJoin('agreements', 'agreements.id', 'cases.agreement_id')
      .select(['cases.state', 'cases.destination_country', 'agreements.code'])
      .where('cases.id', 'in', result.caseIds)
      .execute();
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['us-rw-2025']));
    expect(new Set(rows.map((r) => r.destination_country))).toEqual(new Set(['RW']));
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(['notice_served', 'cleared']));
  });

  it('refuses a signed-in user without config:admin, before writing anything', async () => {
    const officer = principalOf(toUser(await context.services.db.selectFrom('users').selectAll().where('username', '=', 'officer').executeTakeFirstOrThrow()));
    await expect(seedScale(context.services, officer, { count: 5 })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a count that is not a positive integer', async () => {
    await expect(seedScale(context.services, context.operator, { count: 0 })).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
