import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { createTestApp, createTestContext, type TestContext } from '../test-support/test-app.js';
import type { AppInstance } from './app-instance.js';
import { caseReadyForNotice, errorOf, post } from './safeguard-scenario.test-support.js';

/** The capacity ledger follows the workflow: reserve on proposal, release when the case leaves. */
describe.each(TEST_DATABASE_KINDS)('capacity through transitions on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let agreementId: string;

  beforeAll(async () => {
    context = await createTestContext(kind);
    context.clock.set('2025-08-01T12:00:00.000Z');
    app = await createTestApp(context);
    const created = await post(
      app,
      '/api/agreements',
      { code: 'us-rw-two', title: 'Two places', sendingCountry: 'US', receivingCountry: 'RW', status: 'active', effectiveFrom: '2025-06-01', terms: { capacity: { total: 2 }, payments: { perPerson: { amountMinor: 10_000_000, currency: 'USD' } } } },
      201,
    );
    agreementId = created.json<{ id: string }>().id;
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  async function ledger(): Promise<{ reserved: number; consumed: number }> {
    const row = await context.database.db.selectFrom('agreement_capacity').select(['reserved', 'consumed']).where('agreement_id', '=', agreementId).executeTakeFirstOrThrow();
    return { reserved: row.reserved, consumed: row.consumed };
  }

  it('reserves a place per proposal and refuses the third with 409, writing nothing', async () => {
    await caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId, destination: 'RW' });
    const second = await caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId, destination: 'RW' });
    expect(await ledger()).toEqual({ reserved: 2, consumed: 0 });
    await expect(caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId, destination: 'RW' })).rejects.toThrow();
    const refusedCase = await context.database.db.selectFrom('cases').select(['id', 'state', 'agreement_id']).orderBy('reference', 'desc').executeTakeFirstOrThrow();
    expect(refusedCase).toMatchObject({ state: 'designation_review', agreement_id: null });
    const retry = await app.inject({ method: 'POST', url: `/api/cases/${refusedCase.id}/transitions`, payload: { transition: 'propose_country', destinationCountry: 'RW', agreementId } });
    expect(retry.statusCode).toBe(409);
    expect(errorOf(retry)).toMatchObject({ code: 'capacity_exhausted', details: { agreement: 'us-rw-two', capacity: 2, reserved: 2, consumed: 0 } });
    expect(await ledger()).toEqual({ reserved: 2, consumed: 0 });

    // The second case leaves for another destination: its place is released and the waiting case gets it.
    await post(app, `/api/cases/${second}/transitions`, { transition: 'choose_another_destination' });
    expect(await ledger()).toEqual({ reserved: 1, consumed: 0 });
    await post(app, `/api/cases/${refusedCase.id}/transitions`, { transition: 'propose_country', destinationCountry: 'RW', agreementId });
    expect(await ledger()).toEqual({ reserved: 2, consumed: 0 });
  });
});
