import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestApp, createTestContext, type TestContext } from '../../test-support/test-app.js';
import { createTestCases } from '../../services/ledger/test-cases.fixture.js';
import { runWrite } from '../../services/context.js';
import { consumePlace } from '../../services/ledger/consume-place.js';
import type { AppInstance } from '../app-instance.js';

function errorOf(response: LightMyRequestResponse): { code: string; details: Record<string, unknown> } {
  return response.json<{ error: { code: string; details: Record<string, unknown> } }>().error;
}

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const TERMS = { capacity: { total: 5, perTransfer: null }, payments: { perPerson: usd(10_000_000), lumpSums: [{ dueOn: '2026-01-10', amount: usd(50_000_000), label: 'Signing payment' }] } };

describe.each(TEST_DATABASE_KINDS)('agreement lifecycle, amendments and payments on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let agreementId: string;
  let caseIds: string[];

  /** Row counts of everything a refused request must not write. */
  async function writtenCounts(): Promise<Record<string, number>> {
    const db = context.database.db;
    const count = async (table: 'audit_log' | 'agreement_terms' | 'agreement_status_changes' | 'disbursements' | 'payment_obligations' | 'capacity_reservations' | 'country_assessments') =>
      (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    return {
      audit: await count('audit_log'),
      terms: await count('agreement_terms'),
      statusChanges: await count('agreement_status_changes'),
      disbursements: await count('disbursements'),
      obligations: await count('payment_obligations'),
      reservations: await count('capacity_reservations'),
      assessments: await count('country_assessments'),
    };
  }

  async function etag(): Promise<string> {
    return (await app.inject({ url: `/api/agreements/${agreementId}` })).headers.etag as string;
  }

  async function refusedWithoutWrites(request: InjectOptions, status: number, code: string): Promise<Record<string, unknown>> {
    const before = await writtenCounts();
    const response = await app.inject(request);
    expect(response.statusCode).toBe(status);
    const error = errorOf(response);
    expect(error.code).toBe(code);
    expect(await writtenCounts()).toEqual(before);
    return error.details;
  }

  beforeAll(async () => {
    context = await createTestContext(kind);
    app = await createTestApp(context);
    const created = await app.inject({
      method: 'POST',
      url: '/api/agreements',
      payload: { code: 'life-five', title: 'Five places', sendingCountry: 'US', receivingCountry: 'RW', status: 'active', effectiveFrom: '2025-12-01', terms: TERMS },
    });
    agreementId = created.json<{ id: string }>().id;
    caseIds = await createTestCases(context.services, agreementId, 6);
    // Three relocations: three consumed places and three per-person obligations.
    for (const caseId of caseIds.slice(0, 3)) await runWrite(context.services, (trx) => consumePlace(trx, agreementId, caseId, context.clock.now().toISOString()));
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  describe('bad input: each a 4xx with its code, nothing written', () => {
    it('amendment dated before the agreement → 400 amendment_predates_agreement', async () => {
      const details = await refusedWithoutWrites(
        { method: 'POST', url: `/api/agreements/${agreementId}/amendments`, headers: { 'if-match': await etag() }, payload: { effectiveFrom: '2025-11-30', changeSummary: 'Backdated', terms: TERMS } },
        400,
        'amendment_predates_agreement',
      );
      expect(details).toEqual({ agreement: 'life-five', effectiveFrom: '2025-11-30', agreementEffectiveFrom: '2025-12-01' });
    });

    it('capacity lowered below what is already consumed → 409 capacity_below_commitments', async () => {
      const details = await refusedWithoutWrites(
        { method: 'POST', url: `/api/agreements/${agreementId}/amendments`, headers: { 'if-match': await etag() }, payload: { effectiveFrom: '2026-01-01', changeSummary: 'Cut', terms: { ...TERMS, capacity: { total: 2, perTransfer: null } } } },
        409,
        'capacity_below_commitments',
      );
      expect(details).toEqual({ agreement: 'life-five', capacity: 2, reserved: 0, consumed: 3 });
    });

    it('negative minor units → 400 invalid_money', async () => {
      await refusedWithoutWrites({ method: 'POST', url: `/api/agreements/${agreementId}/disbursements`, payload: { amount: usd(-1), paidOn: '2026-01-15' } }, 400, 'invalid_money');
    });

    it('fractional minor units → 400 invalid_money', async () => {
      await refusedWithoutWrites({ method: 'POST', url: `/api/agreements/${agreementId}/disbursements`, payload: { amount: usd(100.5), paidOn: '2026-01-15' } }, 400, 'invalid_money');
      await refusedWithoutWrites({ method: 'POST', url: `/api/agreements/${agreementId}/obligations`, payload: { amount: usd(0.01), dueOn: '2026-01-15', label: 'x' } }, 400, 'invalid_money');
    });

    it('unknown currency → 400 unknown_currency', async () => {
      await refusedWithoutWrites({ method: 'POST', url: `/api/agreements/${agreementId}/disbursements`, payload: { amount: { amountMinor: 100, currency: 'XYZ' }, paidOn: '2026-01-15' } }, 400, 'unknown_currency');
    });

    it('currency other than the agreement’s terms → 400 currency_mismatch', async () => {
      const details = await refusedWithoutWrites(
        { method: 'POST', url: `/api/agreements/${agreementId}/disbursements`, payload: { amount: { amountMinor: 100, currency: 'EUR' }, paidOn: '2026-01-15' } },
        400,
        'currency_mismatch',
      );
      expect(details).toEqual({ agreement: 'life-five', expected: 'USD', received: 'EUR' });
    });

    it('unknown country code → 400 unknown_country', async () => {
      await refusedWithoutWrites(
        { method: 'POST', url: '/api/assessments', payload: { country: 'XX', finding: 'unsafe', controlling: true, assessedOn: '2023-11-15', source: 'Court', citation: 'X v Y' } },
        400,
        'unknown_country',
      );
    });

    it('a status change the lifecycle does not allow → 409 transition_not_allowed; without If-Match → 428', async () => {
      const details = await refusedWithoutWrites(
        { method: 'POST', url: `/api/agreements/${agreementId}/status`, headers: { 'if-match': await etag() }, payload: { status: 'negotiating', reason: 'Back to the table' } },
        409,
        'transition_not_allowed',
      );
      expect(details).toEqual({ agreement: 'life-five', from: 'active', to: 'negotiating', allowed: ['suspended', 'terminated'] });
      await refusedWithoutWrites({ method: 'POST', url: `/api/agreements/${agreementId}/status`, payload: { status: 'suspended', reason: 'x' } }, 428, 'precondition_required');
    });
  });

  it('amends the terms as the next version and applies the new capacity from its effective date', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/agreements/${agreementId}/amendments`,
      headers: { 'if-match': await etag() },
      payload: { effectiveFrom: '2026-01-10', changeSummary: 'Capacity to 4', terms: { ...TERMS, capacity: { total: 4, perTransfer: null } }, sourceDocuments: [{ label: 'Exchange of notes' }] },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ versionNo: 2, effectiveFrom: '2026-01-10', changeSummary: 'Capacity to 4', terms: { capacity: { total: 4 } } });
    const summary = (await app.inject({ url: '/api/agreements/life-five/summary' })).json<Record<string, unknown>>();
    expect(summary).toMatchObject({ statusToday: 'active', termsVersionInForce: 2, capacity: { capacity: 4, reserved: 0, consumed: 3, free: 1 } });
    expect(summary.totals).toEqual({
      currency: 'USD',
      obligated: { amountMinor: 30_000_000, currency: 'USD', formatted: '$300,000.00' },
      disbursed: { amountMinor: 0, currency: 'USD', formatted: '$0.00' },
      outstanding: { amountMinor: 30_000_000, currency: 'USD', formatted: '$300,000.00' },
    });
  });

  it('suspension: no terms in force on those dates, so reservations are refused until reactivated; history is dated', async () => {
    const suspended = await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/status`, headers: { 'if-match': await etag() }, payload: { status: 'suspended', reason: 'Court injunction', effectiveOn: '2026-01-14' } });
    expect(suspended.statusCode).toBe(200);
    expect(suspended.json()).toMatchObject({ agreement: { status: 'suspended' }, change: { fromStatus: 'active', toStatus: 'suspended', effectiveOn: '2026-01-14', reason: 'Court injunction', changedBy: 'system:test-operator' } });
    const refused = await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/reservations`, payload: { caseId: caseIds[4] } });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused)).toMatchObject({ code: 'agreement_not_active', details: { agreement: 'life-five', status: 'suspended', date: '2026-01-15' } });
    expect((await app.inject({ url: '/api/agreements/life-five/summary' })).json()).toMatchObject({ statusToday: 'suspended', termsVersionInForce: null });

    const early = await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/status`, headers: { 'if-match': await etag() }, payload: { status: 'active', reason: 'Lifted', effectiveOn: '2026-01-13' } });
    expect(errorOf(early)).toMatchObject({ code: 'validation_failed', details: { field: 'effectiveOn', earliest: '2026-01-14' } });
    const lifted = await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/status`, headers: { 'if-match': await etag() }, payload: { status: 'active', reason: 'Injunction lifted', effectiveOn: '2026-01-15' } });
    expect(lifted.statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/reservations`, payload: { caseId: caseIds[4] } })).statusCode).toBe(201);
    const full = await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/reservations`, payload: { caseId: caseIds[5] } });
    expect(errorOf(full)).toEqual({ code: 'capacity_exhausted', message: expect.any(String) as string, details: { agreement: 'life-five', capacity: 4, reserved: 1, consumed: 3, free: 0 } });
  });

  it('posts scheduled lump sums once, records disbursements and reconciles', async () => {
    const posted = await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/obligations/scheduled`, payload: { asOf: '2026-01-15' } });
    expect(posted.json<{ posted: unknown[] }>().posted).toEqual([expect.objectContaining({ kind: 'lump_sum', label: 'Signing payment', termsVersion: 2, amount: { amountMinor: 50_000_000, currency: 'USD', formatted: '$500,000.00' } })]);
    expect((await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/obligations/scheduled`, payload: { asOf: '2026-01-15' } })).json()).toEqual({ posted: [] });
    expect(errorOf(await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/obligations`, payload: { amount: usd(50_000_000), dueOn: '2026-01-10', label: 'Signing payment' } })).code).toBe('duplicate');
    const paid = await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/disbursements`, payload: { amount: usd(12_345), paidOn: '2026-01-15', reference: 'TT-9' } });
    expect(paid.statusCode).toBe(201);
    const ledger = (await app.inject({ url: `/api/agreements/${agreementId}/ledger` })).json<{ reconciliation: Record<string, unknown> }>();
    expect(ledger.reconciliation).toMatchObject({
      obligated: { amountMinor: 80_000_000, formatted: '$800,000.00' },
      disbursed: { amountMinor: 12_345, formatted: '$123.45' },
      outstanding: { amountMinor: 79_987_655, formatted: '$799,876.55' },
    });
  });

  it('payment on a terminated agreement → 409 agreement_not_active, nothing written', async () => {
    const terminated = await app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/status`, headers: { 'if-match': await etag() }, payload: { status: 'terminated', reason: 'Ended by notice' } });
    expect(terminated.statusCode).toBe(200);
    await refusedWithoutWrites({ method: 'POST', url: `/api/agreements/${agreementId}/disbursements`, payload: { amount: usd(100), paidOn: '2026-01-15' } }, 409, 'agreement_not_active');
    await refusedWithoutWrites({ method: 'POST', url: `/api/agreements/${agreementId}/obligations`, payload: { amount: usd(100), dueOn: '2026-01-15', label: 'Late' } }, 409, 'agreement_not_active');
    const history = await context.database.db.selectFrom('agreement_status_changes').select(['from_status', 'to_status', 'effective_on']).where('agreement_id', '=', agreementId).orderBy('seq').execute();
    expect(history).toEqual([
      { from_status: 'active', to_status: 'suspended', effective_on: '2026-01-14' },
      { from_status: 'suspended', to_status: 'active', effective_on: '2026-01-15' },
      { from_status: 'active', to_status: 'terminated', effective_on: '2026-01-15' },
    ]);
  });
});
