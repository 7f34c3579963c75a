import { performance } from 'node:perf_hooks';
import type { DatabaseKind } from '../db/database.js';
import { createTestApp, createTestContext } from '../test-support/test-app.js';
import { addToManifest } from '../services/transfers/add-to-manifest.js';
import { createTransfer } from '../services/transfers/create-transfer.js';
import { lockManifest } from '../services/transfers/lock-manifest.js';
import { clearedCases, createSalvadorAgreement, temporarySigningKey } from './transfer-scenario.test-support.js';

export interface ManifestLockMeasure {
  readonly cases: number;
  readonly databaseKind: DatabaseKind;
  /** Wall time of lockManifest alone (batch evaluation, decisions, snapshot, signature, audit). */
  readonly lockMs: number;
}

/**
 * For the lead's benchmark (not a timed test): builds `n` cleared cases on a fresh database,
 * manifests them on one transfer, and times locking the manifest. Target: n = 300 under 2 s on PGlite.
 *
 * @example const { lockMs } = await measureManifestLock(300)
 */
export async function measureManifestLock(n: number, databaseKind: DatabaseKind = 'pglite'): Promise<ManifestLockMeasure> {
  const context = await createTestContext(databaseKind);
  const app = await createTestApp(context);
  const signing = await temporarySigningKey();
  try {
    context.clock.set('2025-08-01T12:00:00.000Z');
    const agreementId = await createSalvadorAgreement(app, 'us-sv-bench');
    const caseIds = await clearedCases(app, context, agreementId, n);
    const transfer = await createTransfer(context.services, context.operator, { reference: 'BENCH-1', agreementId, scheduledDeparture: '2025-08-05T12:00:00.000Z', carrier: '', flight: '', facility: '', escortCount: 0 });
    await addToManifest(context.services, context.operator, transfer.id, caseIds);
    context.clock.set('2025-08-03T12:00:00.000Z');
    const started = performance.now();
    await lockManifest(context.services, context.operator, transfer.id, undefined, signing.key);
    return { cases: n, databaseKind, lockMs: performance.now() - started };
  } finally {
    await app.close();
    await context.dispose();
    await signing.dispose();
  }
}
