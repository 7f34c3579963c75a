import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SigningKey } from '../../audit/signing/signing-key.js';
import { AppError } from '../../core/errors.js';
import type { Principal } from '../../core/principal.js';
import { lockManifest } from '../../services/transfers/lock-manifest.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { signInAs, type TestSession } from '../../test-support/sign-in.js';
import { createSeededApp, type TestContext } from '../../test-support/test-app.js';
import type { AppInstance } from '../app-instance.js';
import { buildServer } from '../server.js';
import { clearedCases, countOf, createSalvadorAgreement, temporarySigningKey } from '../transfer-scenario.test-support.js';

describe.each(TEST_DATABASE_KINDS)('transfer routes with real users on %s', (kind) => {
  let context: TestContext;
  let operatorApp: AppInstance;
  let app: AppInstance;
  let key: SigningKey;
  let disposeKey: () => Promise<void>;
  let officer: TestSession;
  let supervisor: TestSession;
  let liaison: TestSession;
  let caseIds: string[];
  let agreementId: string;

  beforeAll(async () => {
    ({ context, app: operatorApp } = await createSeededApp(kind, 'operator'));
    ({ key, dispose: disposeKey } = await temporarySigningKey());
    app = await buildServer({ services: context.services, databaseKind: context.database.kind, signingKey: key, logger: false });
    await app.ready();
    context.clock.set('2025-08-01T12:00:00.000Z');
    agreementId = await createSalvadorAgreement(operatorApp, 'us-sv-routes');
    caseIds = await clearedCases(operatorApp, context, agreementId, 3);
    officer = await signInAs(app, 'officer', 'demo-officer-pass');
    supervisor = await signInAs(app, 'supervisor', 'demo-supervisor-pass');
    liaison = await signInAs(app, 'liaison-rw', 'demo-liaison-pass');
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await operatorApp.close();
    await context.dispose();
    await disposeKey();
  });

  it('officer plans and manifests, supervisor locks, signature verifies, printable manifest is escaped HTML; others are refused', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/transfers',
      headers: officer.headers,
      payload: { reference: 'SV-R-1', agreementId, scheduledDeparture: '2025-08-05T12:00:00.000Z', flight: 'GX<1>', facility: 'CECOT & annex' },
    });
    expect(created.statusCode).toBe(201);
    const transfer = created.json<{ id: string; agency: string; version: number; status: string }>();
    expect([transfer.agency, transfer.status, created.headers.etag]).toEqual(['ICE', 'planned', `"v${transfer.version}"`]);

    const patched = await app.inject({ method: 'PATCH', url: `/api/transfers/${transfer.id}`, headers: officer.headers, payload: { escortCount: 4 } });
    expect(patched.statusCode).toBe(428);
    const stale = await app.inject({ method: 'PATCH', url: `/api/transfers/${transfer.id}`, headers: { ...officer.headers, 'if-match': '"v99"' }, payload: { escortCount: 4 } });
    expect(stale.statusCode).toBe(412);

    const added = await app.inject({ method: 'POST', url: `/api/transfers/${transfer.id}/manifest`, headers: officer.headers, payload: { caseIds: caseIds.slice(0, 2) } });
    expect(added.statusCode).toBe(200);

    // The officer may not lock (no manifest:lock); the liaison of another state may not even see it.
    expect((await app.inject({ method: 'POST', url: `/api/transfers/${transfer.id}/lock`, headers: officer.headers })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/transfers/${transfer.id}`, headers: liaison.headers })).statusCode).toBe(404);

    // Sessions expire when idle: sign in again after moving the clock two days.
    context.clock.set('2025-08-03T12:00:00.000Z');
    [officer, supervisor, liaison] = await Promise.all([signInAs(app, 'officer', 'demo-officer-pass'), signInAs(app, 'supervisor', 'demo-supervisor-pass'), signInAs(app, 'liaison-rw', 'demo-liaison-pass')]);
    const locked = await app.inject({ method: 'POST', url: `/api/transfers/${transfer.id}/lock`, headers: supervisor.headers });
    expect(locked.statusCode).toBe(200);
    expect(locked.json<{ keyId: string; transfer: { status: string } }>()).toMatchObject({ keyId: key.keyId, transfer: { status: 'manifest_locked' } });

    const verified = await app.inject({ url: `/api/transfers/${transfer.id}/manifest/verify`, headers: supervisor.headers });
    expect(verified.json<{ valid: boolean; decisionsReplayed: number }>()).toMatchObject({ valid: true, decisionsReplayed: 2 });

    const html = await app.inject({ url: `/api/transfers/${transfer.id}/manifest.html`, headers: supervisor.headers });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('Flight: GX&lt;1&gt;');
    expect(html.body).toContain('Facility: CECOT &amp; annex');
    expect(html.body).toContain('@media print');
    expect(html.body).not.toContain('GX<1>');

    const list = await app.inject({ url: '/api/transfers', headers: liaison.headers });
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('separation of duties: whoever prepared the manifest may not lock it', async () => {
    const users = await context.database.db.selectFrom('users').select(['id', 'username']).where('username', 'in', ['officer', 'supervisor']).execute();
    const supervisorId = users.find((u) => u.username === 'supervisor')?.id ?? '';
    const created = await app.inject({ method: 'POST', url: '/api/transfers', headers: officer.headers, payload: { reference: 'SV-R-2', agreementId, scheduledDeparture: '2025-08-06T12:00:00.000Z' } });
    const transferId = created.json<{ id: string }>().id;
    await context.database.db.updateTable('transfers').set({ prepared_by: supervisorId }).where('id', '=', transferId).execute();
    const preparer: Principal = { kind: 'user', userId: supervisorId, username: 'supervisor', roles: ['supervisor'], clearance: 'CONFIDENTIAL', country: null, agency: 'ICE' };
    const before = await countOf(context, 'manifest_snapshots');
    const error = await lockManifest(context.services, preparer, transferId, undefined, key).catch((e: unknown) => e);
    expect(error instanceof AppError ? error.code : error).toBe('separation_of_duties');
    expect(await countOf(context, 'manifest_snapshots')).toBe(before);
  });
});
