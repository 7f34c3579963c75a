import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestApp, createTestContext, type TestContext } from '../../test-support/test-app.js';
import { createTestCases } from '../../services/ledger/test-cases.fixture.js';
import type { AppInstance } from '../app-instance.js';

function errorOf(response: LightMyRequestResponse): { code: string; details: Record<string, unknown> } {
  return response.json<{ error: { code: string; details: Record<string, unknown> } }>().error;
}

const TERMS = {
  capacity: { total: 10, perTransfer: null },
  payments: { perPerson: { amountMinor: 10_000_000, currency: 'USD' }, lumpSums: [] },
};

describe.each(TEST_DATABASE_KINDS)('capacity under concurrency on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;

  beforeAll(async () => {
    context = await createTestContext(kind);
    app = await createTestApp(context);
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  it('200 concurrent reservations on 10 places: exactly 10 succeed, 190 get 409 capacity_exhausted, the ledger balances', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/agreements',
      payload: { code: 'race-ten', title: 'Ten places', sendingCountry: 'US', receivingCountry: 'RW', status: 'active', effectiveFrom: '2026-01-01', terms: TERMS },
    });
    expect(created.statusCode).toBe(201);
    const agreementId = created.json<{ id: string }>().id;
    const caseIds = await createTestCases(context.services, agreementId, 200);

    // On PostgreSQL every request runs its own transaction on its own pooled connection.
    const responses = await Promise.all(caseIds.map((caseId) => app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/reservations`, payload: { caseId } })));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(190);
    const refusals = responses.filter((response) => response.statusCode === 409).map(errorOf);
    expect(new Set(refusals.map((error) => error.code))).toEqual(new Set(['capacity_exhausted']));
    expect(refusals[0]?.details).toEqual({ agreement: 'race-ten', capacity: 10, reserved: 10, consumed: 0, free: 0 });

    const rows = await context.database.db.selectFrom('capacity_reservations').select(['status']).where('agreement_id', '=', agreementId).execute();
    expect(rows).toHaveLength(10);
    const counters = await context.database.db.selectFrom('agreement_capacity').selectAll().where('agreement_id', '=', agreementId).executeTakeFirstOrThrow();
    expect({ capacity: counters.capacity, reserved: counters.reserved, consumed: counters.consumed }).toEqual({ capacity: 10, reserved: 10, consumed: 0 });

    const ledger = (await app.inject({ url: '/api/agreements/race-ten/ledger' })).json<{ capacity: unknown; obligations: unknown[] }>();
    expect(ledger.capacity).toEqual({ capacity: 10, reserved: 10, consumed: 0, free: 0 });
    expect(ledger.obligations).toEqual([]);

    // Releasing one frees exactly one place.
    const winner = responses.find((response) => response.statusCode === 201)?.json<{ caseId: string }>().caseId ?? '';
    const released = await app.inject({ method: 'DELETE', url: `/api/agreements/${agreementId}/reservations/${winner}` });
    expect(released.json()).toMatchObject({ status: 'released', caseId: winner });
    const loser = caseIds.find((caseId) => caseId !== winner && responses[caseIds.indexOf(caseId)]?.statusCode === 409) ?? '';
    expect((await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/reservations`, payload: { caseId: loser } })).statusCode).toBe(201);
    const next = caseIds.find((caseId) => caseId !== loser && responses[caseIds.indexOf(caseId)]?.statusCode === 409) ?? '';
    expect(errorOf(await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/reservations`, payload: { caseId: next } })).code).toBe('capacity_exhausted');
  });

  it('refuses to raise counters past capacity even in raw SQL (the CHECK holds)', async () => {
    const agreement = await context.database.db.selectFrom('agreements').select('id').where('code', '=', 'race-ten').executeTakeFirstOrThrow();
    await expect(
      context.database.db.updateTable('agreement_capacity').set((eb) => ({ reserved: eb('reserved', '+', 1) })).where('agreement_id', '=', agreement.id).execute(),
    ).rejects.toMatchObject({ code: '23514' });
  });
});
