import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from './app-instance.js';
import type { SigningKey } from '../audit/signing/signing-key.js';
import { AppError } from '../core/errors.js';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { createTestApp, createTestContext, type TestContext } from '../test-support/test-app.js';
import { recordCourtOrder } from '../services/cases/record-court-order.js';
import { addToManifest } from '../services/transfers/add-to-manifest.js';
import { cancelTransfer } from '../services/transfers/cancel-transfer.js';
import { confirmArrival } from '../services/transfers/confirm-arrival.js';
import { createTransfer } from '../services/transfers/create-transfer.js';
import { departTransfer } from '../services/transfers/depart-transfer.js';
import { lockManifest } from '../services/transfers/lock-manifest.js';
import { getTransfer } from '../services/transfers/read-transfers.js';
import { recordBoarding } from '../services/transfers/record-boarding.js';
import { clearedCases, countOf, createSalvadorAgreement, temporarySigningKey } from './transfer-scenario.test-support.js';
import { verifyManifest } from '../services/transfers/verify-manifest.js';

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

async function statesOf(context: TestContext, caseIds: readonly string[]): Promise<Record<string, number>> {
  const rows = await context.database.db.selectFrom('cases').select(['state']).where('id', 'in', caseIds).execute();
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.state] = (counts[row.state] ?? 0) + 1;
  return counts;
}

describe.each(TEST_DATABASE_KINDS)('transfers: 238 cases over three flights on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let key: SigningKey;
  let disposeKey: () => Promise<void>;
  let agreementId: string;
  let caseIds: string[];
  let notCleared: string;
  const flights: string[] = [];

  beforeAll(async () => {
    context = await createTestContext(kind);
    app = await createTestApp(context);
    ({ key, dispose: disposeKey } = await temporarySigningKey());
    context.clock.set('2025-08-01T12:00:00.000Z');
    agreementId = await createSalvadorAgreement(app);
    caseIds = await clearedCases(app, context, agreementId, 238);
    const { caseReadyForNotice } = await import('./safeguard-scenario.test-support.js');
    notCleared = await caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId, destination: 'SV' });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await context.dispose();
    await disposeKey();
  });

  it('manifests all cleared cases, locks and signs three manifests, removes exactly the 5 stayed cases at departure, and arrives once', async () => {
    const operator = context.operator;
    const departures = ['2025-08-05T12:00:00.000Z', '2025-08-06T12:00:00.000Z', '2025-08-07T12:00:00.000Z'];
    for (const [index, scheduledDeparture] of departures.entries()) {
      const transfer = await createTransfer(context.services, operator, { reference: `SV-2025-0${index + 1}`, agreementId, scheduledDeparture, carrier: 'GlobalX', flight: `GXA${index + 1}`, facility: 'CECOT', escortCount: 30 });
      flights.push(transfer.id);
    }
    const groups = [caseIds.slice(0, 80), caseIds.slice(80, 160), caseIds.slice(160)];
    for (const [index, group] of groups.entries()) await addToManifest(context.services, operator, flights[index] ?? "", group);
    expect(await statesOf(context, caseIds)).toEqual({ manifested: 238 });
    expect(await countOf(context, 'manifest_entries')).toBe(238);

    context.clock.set('2025-08-03T12:00:00.000Z');
    const locked = [];
    for (const id of flights) locked.push(await lockManifest(context.services, operator, id, undefined, key));
    expect(locked.map((l) => [l.transfer.status, l.snapshot.entries.length, l.snapshot.ruleSetHashes.length])).toEqual([
      ['manifest_locked', 80, 1],
      ['manifest_locked', 80, 1],
      ['manifest_locked', 78, 1],
    ]);
    for (const id of flights) {
      const report = await verifyManifest(context.database.db, id, key.publicKey, key.keyId);
      expect([report.valid, report.signatureValid, report.hashMatches, report.decisionsReplayed, report.problems]).toEqual([true, true, true, report.caseCount, []]);
    }

    // A stay for five people of the first flight, entered after locking: the sweep holds them now.
    context.clock.set('2025-08-04T12:00:00.000Z');
    const stayed = (groups[0] ?? []).slice(10, 15);
    const people = await context.database.db.selectFrom('cases').select(['id', 'person_id']).where('id', 'in', stayed).execute();
    for (const person of people) {
      await recordCourtOrder(context.services, operator, { kind: 'stay', court: 'D. Md.', docket: '8:25-cv-00001', scope: { kind: 'person', personId: person.person_id }, activeFrom: '2025-08-04T00:00:00.000Z', activeTo: null, supersedes: null });
    }

    context.clock.set('2025-08-05T09:00:00.000Z');
    const alertsBefore = await countOf(context, 'alerts');
    const departed = await departTransfer(context.services, operator, flights[0] ?? '');
    expect(departed.removals.map((r) => r.caseId).sort()).toEqual([...stayed].sort());
    expect(departed.removals.every((r) => r.blockedBy.includes('US-STAY'))).toBe(true);
    expect(departed.departingCaseIds).toHaveLength(75);
    expect(departed.transfer.status).toBe('departed');
    expect(await countOf(context, 'alerts')).toBe(alertsBefore + 5);
    expect(await statesOf(context, stayed)).toEqual({ on_hold: 5 });

    // Boarding someone removed at the gate (or not on the manifest at all) is refused; nothing is written.
    expect(await errorCode(recordBoarding(context.services, operator, flights[0] ?? '', [...departed.departingCaseIds.slice(0, 2), stayed[0] ?? '']))).toBe('not_on_manifest');
    expect(await errorCode(recordBoarding(context.services, operator, flights[0] ?? '', [caseIds[100] ?? '']))).toBe('not_on_manifest');
    expect(await countOf(context, 'boarding_records')).toBe(0);
    const reconciliation = await recordBoarding(context.services, operator, flights[0] ?? '', departed.departingCaseIds.slice(0, 74));
    expect([reconciliation.boarded.length, reconciliation.notBoarded, reconciliation.removedAtDeparture]).toEqual([74, [departed.departingCaseIds[74]], [...stayed].sort()]);

    context.clock.set('2025-08-05T18:00:00.000Z');
    const obligationsBefore = await countOf(context, 'payment_obligations');
    const arrival = await confirmArrival(context.services, operator, flights[0] ?? '');
    expect([arrival.relocatedCaseIds.length, arrival.returnedCaseIds, arrival.obligationsPosted, arrival.welfareChecksScheduled]).toEqual([74, [departed.departingCaseIds[74]], 74, 148]);
    expect(await countOf(context, 'payment_obligations')).toBe(obligationsBefore + 74);
    expect(await statesOf(context, reconciliation.boarded)).toEqual({ relocated: 74 });
    const capacity = await context.database.db.selectFrom('agreement_capacity').selectAll().where('agreement_id', '=', agreementId).executeTakeFirstOrThrow();
    expect(capacity).toMatchObject({ consumed: 74 });

    // Arrival twice: refused, and no second payment or check.
    const writes = [await countOf(context, 'payment_obligations'), await countOf(context, 'welfare_checks'), await countOf(context, 'audit_log')];
    expect(await errorCode(confirmArrival(context.services, operator, flights[0] ?? ''))).toBe('transfer_step_not_allowed');
    expect([await countOf(context, 'payment_obligations'), await countOf(context, 'welfare_checks'), await countOf(context, 'audit_log')]).toEqual(writes);

    const detail = await getTransfer(context.services, operator, flights[0] ?? '');
    expect([detail.transfer.status, detail.departureRemovals.length, detail.boarding.boarded.length, detail.welfareChecks.length]).toEqual(['arrived', 5, 74, 148]);
  }, 120_000);

  it('detects a modified snapshot (triggers disabled to tamper)', async () => {
    const id = flights[1] ?? '';
    await expect(context.database.db.deleteFrom('manifest_snapshots').where('transfer_id', '=', id).execute()).rejects.toThrow(/immutable/);
    await expect(sql`update manifest_snapshots set signature = 'x' where transfer_id = ${id}`.execute(context.database.db)).rejects.toThrow(/immutable/);
    await sql`alter table manifest_snapshots disable trigger user`.execute(context.database.db);
    await sql`update manifest_snapshots set snapshot = jsonb_set(snapshot, '{scheduledDeparture}', '"2025-08-01T00:00:00.000Z"') where transfer_id = ${id}`.execute(context.database.db);
    await sql`alter table manifest_snapshots enable trigger user`.execute(context.database.db);
    const report = await verifyManifest(context.database.db, id, key.publicKey, key.keyId);
    expect([report.valid, report.hashMatches, report.signatureValid]).toEqual([false, false, false]);
    const untouched = await verifyManifest(context.database.db, flights[2] ?? '', key.publicKey, key.keyId);
    expect(untouched.valid).toBe(true);
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const operator = context.operator;
    context.clock.set('2025-08-05T09:00:00.000Z');
    const counts = async () => Promise.all((['manifest_entries', 'manifest_snapshots', 'decisions', 'departure_removals', 'boarding_records', 'audit_log'] as const).map((t) => countOf(context, t)));

    const empty = await createTransfer(context.services, operator, { reference: 'SV-EMPTY', agreementId, scheduledDeparture: '2025-08-09T12:00:00.000Z', carrier: '', flight: '', facility: '', escortCount: 0 });
    let before = await counts();
    expect(await errorCode(addToManifest(context.services, operator, empty.id, [notCleared]))).toBe('manifest_case_ineligible');
    expect(await errorCode(addToManifest(context.services, operator, empty.id, [caseIds[100] ?? '']))).toBe('manifest_case_ineligible');
    expect(await errorCode(lockManifest(context.services, operator, empty.id, undefined, key))).toBe('manifest_empty');
    expect(await errorCode(departTransfer(context.services, operator, flights[1] ?? ''))).toBe('departure_window_not_open');
    expect(await errorCode(departTransfer(context.services, operator, flights[1] ?? '', { earlyWindowHours: 2 }))).toBe('departure_window_not_open');
    expect(await counts()).toEqual(before);

    const cancelled = await cancelTransfer(context.services, operator, flights[2] ?? '', (await getTransfer(context.services, operator, flights[2] ?? '')).transfer.version, 'Flight withdrawn');
    expect(cancelled.status).toBe('cancelled');
    expect(await statesOf(context, caseIds.slice(160))).toEqual({ cleared: 78 });
    before = await counts();
    context.clock.set('2025-08-07T12:00:00.000Z');
    expect(await errorCode(departTransfer(context.services, operator, flights[2] ?? ''))).toBe('transfer_step_not_allowed');
    expect(await counts()).toEqual(before);

    // Cancelled cases are free again: they may join another transfer.
    const again = await createTransfer(context.services, operator, { reference: 'SV-2025-04', agreementId, scheduledDeparture: '2025-08-10T12:00:00.000Z', carrier: '', flight: 'GXA4', facility: 'CECOT', escortCount: 10 });
    expect((await addToManifest(context.services, operator, again.id, caseIds.slice(160, 162))).caseIds).toHaveLength(2);
    // …but a case on an open transfer may not join a second one.
    expect(await errorCode(addToManifest(context.services, operator, empty.id, caseIds.slice(160, 161)))).toBe('manifest_case_ineligible');
  });
});
