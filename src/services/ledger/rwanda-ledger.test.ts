import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../core/errors.js';
import { moneyView } from '../../core/ledger/money-view.js';
import { findAgreement } from '../../db/repositories/agreement.repository.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import { runWrite } from '../context.js';
import { seedDemo } from '../demo/seed-demo.js';
import { consumePlace } from './consume-place.js';
import { getAgreementLedger } from './read-agreement-ledger.js';
import { recordDisbursement } from './record-disbursement.js';
import { releasePlace } from './release-place.js';
import { reservePlace } from './reserve-place.js';
import { createTestCases } from './test-cases.fixture.js';

describe.each(TEST_DATABASE_KINDS)('Rwanda demo agreement ledger on %s', (kind) => {
  let context: TestContext;
  let agreementId: string;

  beforeAll(async () => {
    context = await createTestContext(kind);
    await seedDemo(context.services, context.operator);
    const agreement = await findAgreement(context.database.db, 'us-rw-2025');
    if (!agreement) throw new Error('demo agreement us-rw-2025 missing');
    agreementId = agreement.id;
  });
  afterAll(async () => {
    await context.dispose();
  });

  it('after 11 relocations attempted shows 10 consumed and USD 1,000,000.00 obligated', async () => {
    const caseIds = await createTestCases(context.services, agreementId, 11);
    const outcomes: string[] = [];
    for (const caseId of caseIds) {
      try {
        await runWrite(context.services, async (trx) => {
          const at = context.clock.now().toISOString();
          await reservePlace(trx, agreementId, caseId, at, 'user:test');
          await consumePlace(trx, agreementId, caseId, at, 'user:test');
        });
        outcomes.push('relocated');
      } catch (error) {
        outcomes.push(isAppError(error) ? error.code : 'unexpected');
        if (isAppError(error)) expect(error.details).toEqual({ agreement: 'us-rw-2025', capacity: 10, reserved: 0, consumed: 10, free: 0 });
      }
    }
    expect(outcomes).toEqual([...Array<string>(10).fill('relocated'), 'capacity_exhausted']);

    const ledger = await getAgreementLedger(context.services, context.operator, 'us-rw-2025');
    expect(ledger.capacity).toEqual({ capacity: 10, reserved: 0, consumed: 10, free: 0 });
    expect(ledger.obligations).toHaveLength(10);
    expect(ledger.obligations.every((obligation) => obligation.kind === 'per_person' && obligation.amount.amountMinor === 10_000_000 && obligation.termsVersion === 1)).toBe(true);
    expect(ledger.reconciliation?.obligated).toEqual({ amountMinor: 100_000_000, currency: 'USD' });
    expect(ledger.reconciliation && moneyView(ledger.reconciliation.obligated).formatted).toBe('$1,000,000.00');

    // The 11th case wrote nothing: no place, no obligation.
    const eleventh = caseIds[10] ?? '';
    expect(await context.database.db.selectFrom('capacity_reservations').select('id').where('case_id', '=', eleventh).execute()).toEqual([]);
    expect(await context.database.db.selectFrom('payment_obligations').select('id').where('case_id', '=', eleventh).execute()).toEqual([]);
  });

  it('posts the per-person obligation exactly once per case', async () => {
    const first = await context.database.db.selectFrom('capacity_reservations').select('case_id').where('agreement_id', '=', agreementId).where('status', '=', 'consumed').executeTakeFirstOrThrow();
    const again = await runWrite(context.services, (trx) => consumePlace(trx, agreementId, first.case_id, context.clock.now().toISOString()));
    expect(again.obligation).toBeNull();
    expect(again.reservation.status).toBe('consumed');
    const released = await runWrite(context.services, (trx) => releasePlace(trx, agreementId, first.case_id, context.clock.now().toISOString()));
    expect(released?.status).toBe('consumed');
    const count = await context.database.db.selectFrom('payment_obligations').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', first.case_id).executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
    // The database itself refuses a second per-person obligation for the case.
    await expect(
      context.database.db
        .insertInto('payment_obligations')
        .values({ agreement_id: agreementId, kind: 'per_person', case_id: first.case_id, amount_minor: 1, currency: 'USD', due_on: '2026-01-15', label: 'x', terms_version: 1, recorded_at: '2026-01-15T12:00:00Z', recorded_by: 'sql' })
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('reconciles to the cent: totals and months equal the sum of the entries', async () => {
    await recordDisbursement(context.services, context.operator, agreementId, { amount: { amountMinor: 33_333_333, currency: 'USD' }, paidOn: '2026-01-20', reference: 'TT-1' });
    await recordDisbursement(context.services, context.operator, agreementId, { amount: { amountMinor: 1, currency: 'USD' }, paidOn: '2026-02-01', reference: 'TT-2' });
    const ledger = await getAgreementLedger(context.services, context.operator, agreementId);
    const obligated = ledger.obligations.reduce((sum, entry) => sum + entry.amount.amountMinor, 0);
    const disbursed = ledger.disbursements.reduce((sum, entry) => sum + entry.amount.amountMinor, 0);
    expect(ledger.reconciliation).toMatchObject({
      currency: 'USD',
      obligated: { amountMinor: obligated, currency: 'USD' },
      disbursed: { amountMinor: disbursed, currency: 'USD' },
      outstanding: { amountMinor: 66_666_666, currency: 'USD' },
    });
    expect(obligated - disbursed).toBe(66_666_666);
    expect(ledger.reconciliation?.months).toEqual([
      { month: '2026-01', obligated: { amountMinor: 100_000_000, currency: 'USD' }, disbursed: { amountMinor: 33_333_333, currency: 'USD' }, outstandingAtEnd: { amountMinor: 66_666_667, currency: 'USD' } },
      { month: '2026-02', obligated: { amountMinor: 0, currency: 'USD' }, disbursed: { amountMinor: 1, currency: 'USD' }, outstandingAtEnd: { amountMinor: 66_666_666, currency: 'USD' } },
    ]);
    // Cross-check with the database's own integer sums.
    const sums = await context.database.db
      .selectFrom('payment_obligations')
      .select((eb) => eb.fn.sum<string>('amount_minor').as('total'))
      .where('agreement_id', '=', agreementId)
      .executeTakeFirstOrThrow();
    expect(sums.total).toBe('100000000'); // sum(bigint) is numeric: exact, as a string
    expect(ledger.reconciliation && moneyView(ledger.reconciliation.outstanding).formatted).toBe('$666,666.66');
  });
});
