import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthorizer } from '../access/authorizer.js';
import type { AppInstance } from '../api/app-instance.js';
import { buildServer } from '../api/server.js';
import { verifyChain } from '../audit/audit-log.js';
import { AuditSealer } from '../audit/sealer.js';
import { systemPrincipal } from '../core/principal.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import type { ServiceContext } from '../services/context.js';
import { seedDemo } from '../services/demo/seed-demo.js';
import { signInAs } from '../test-support/sign-in.js';
import { createTestApp, createTestContext, ManualClock, type TestContext } from '../test-support/test-app.js';
import { isErrorShape } from './openapi-requests.js';

const operator = systemPrincipal('fault-suite');

/** Server errors the app logged, so a failure shows what the 500 was. */
const serverErrors: string[] = [];

async function appOver(database: Database, clock = new ManualClock()): Promise<{ app: AppInstance; services: ServiceContext; sealer: AuditSealer }> {
  const sealer = new AuditSealer(database.db);
  const services: ServiceContext = { db: database.db, clock, sealer, authorizer: await createAuthorizer({ clock }), identityIndexKey: randomBytes(32), personKeyEncryptionKey: randomBytes(32) };
  const logger = { level: 'error', stream: { write: (line: string) => serverErrors.push(line.slice(0, 600)) } };
  const app = await buildServer({ services, databaseKind: database.kind, resolvePrincipal: () => Promise.resolve(operator), logger });
  await app.ready();
  return { app, services, sealer };
}

/** Every person row has its person.create audit entry and the reverse; the hash chain verifies. */
async function assertConsistent(database: Database): Promise<number> {
  const people = (await database.db.selectFrom('people').select('id').execute()).map((row) => row.id).sort();
  const audited = (await database.db.selectFrom('audit_log').select('resource_id').where('action', '=', 'person.create').execute()).map((row) => row.resource_id ?? '').sort();
  expect(audited).toEqual(people);
  const chain = await verifyChain(database.db);
  expect(chain.ok).toBe(true);
  return people.length;
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('fault injection: PostgreSQL connections terminated mid-request', () => {
  let database: Database;
  let admin: pg.Client;
  let name: string;

  beforeAll(async () => {
    const adminUrl = process.env.TEST_DATABASE_URL ?? '';
    name = `waypoint_fault_${Date.now().toString(36)}`;
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 8 });
    await migrateToLatest(database.db);
  });
  afterAll(async () => {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('answers 503 database_unavailable in the error shape, recovers, and leaves no write without its audit entry', async () => {
    const { app, sealer } = await appOver(database);
    const statuses: Record<number, number> = {};
    let terminated = 0;
    for (let round = 0; round < 5; round += 1) {
      const burst = Array.from({ length: 30 }, (_, index) => app.inject({ method: 'POST', url: '/api/people', payload: { givenNames: 'Fault', familyName: `R${round}N${index}` } }));
      // A slow statement on one connection is cut as well: pg_sleep stands in for a long request.
      const slow = sql`select pg_sleep(5)`.execute(database.db).then(
        () => 'finished',
        () => 'cut',
      );
      await new Promise((resolve) => setTimeout(resolve, 15));
      const killed = await admin.query<{ n: number }>('select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      terminated += killed.rows[0]?.n ?? 0;
      expect(await slow).toBe('cut');
      for (const response of await Promise.all(burst)) {
        statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
        expect([201, 503], serverErrors.slice(-2).join('\n')).toContain(response.statusCode);
        if (response.statusCode === 503) {
          expect(response.json()).toMatchObject({ error: { code: 'database_unavailable' } });
          expect(response.headers['retry-after']).toBe('1');
        }
      }
      // The pool replaces dead connections: the next request works.
      expect((await app.inject({ method: 'POST', url: '/api/people', payload: { givenNames: 'After', familyName: `R${round}` } })).statusCode).toBe(201);
    }
    await sealer.flush();
    const people = await assertConsistent(database);
    console.log(`[faults postgres] backends terminated=${terminated} statuses ${JSON.stringify(statuses)} people=${people} audit chain ok violations=0`);
    await app.close();
    await sealer.stop();
  });
});

/** `mount -t tmpfs` needs root; without root the disk-full case is skipped (docs/SECURITY.md says so). */
function mountTinyFilesystem(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('fault injection: disk full on the PGlite data directory', () => {
  it.skipIf(process.getuid?.() !== 0)('refuses writes with a clean error while the disk is full, keeps what was committed, and recovers when space returns', { timeout: 180_000 }, async () => {
    const mountPoint = mkdtempSync(join(tmpdir(), 'waypoint-diskfull-'));
    expect(mountTinyFilesystem(mountPoint, '80m')).toBe(true);
    try {
      await fillTheDisk(mountPoint);
    } finally {
      execFileSync('umount', ['-l', mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });
});

async function fillTheDisk(mountPoint: string): Promise<void> {
  const dataDir = join(mountPoint, 'data');
  mkdirSync(dataDir);
  const database = await openDatabase({ kind: 'pglite', dataDir });
  await migrateToLatest(database.db);
  const { app, sealer } = await appOver(database);
  const before = await app.inject({ method: 'POST', url: '/api/people', payload: { givenNames: 'Before', familyName: 'Full' } });
  expect(before.statusCode).toBe(201);
  await sealer.flush();
  // Fill the file system, leaving nothing for the database to extend its files into.
  const filler = join(mountPoint, 'filler');
  try {
    writeFileSync(filler, Buffer.alloc(200 * 1024 * 1024));
  } catch {
    // ENOSPC: exactly what we wanted
  }
  const statuses: Record<number, number> = {};
  for (let index = 0; index < 40; index += 1) {
    const response = await app.inject({ method: 'POST', url: '/api/people', payload: { givenNames: 'During', familyName: 'X'.repeat(190), aliases: Array.from({ length: 20 }, () => 'A'.repeat(190)) } });
    statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
    expect([201, 503], serverErrors.slice(-2).join('\n')).toContain(response.statusCode);
    if (response.statusCode !== 201) expect(isErrorShape(response.json())).toBe(true);
  }
  rmSync(filler, { force: true });
  const after = await app.inject({ method: 'POST', url: '/api/people', payload: { givenNames: 'After', familyName: 'Full' } });
  expect(after.statusCode).toBe(201);
  await sealer.flush();
  const people = await assertConsistent(database);
  console.log(`[faults pglite] disk full: statuses ${JSON.stringify(statuses)} people=${people} audit chain ok violations=0`);
  await app.close();
  await sealer.stop();
  await database.close();
}

describe('fault injection: clock jumps (the injectable ManualClock)', () => {
  let context: TestContext;
  let app: AppInstance;

  beforeAll(async () => {
    context = await createTestContext('pglite');
    await seedDemo(context.services, context.operator);
    app = await createTestApp(context, 'sign-in');
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  it('sessions expire on a forward jump, signed-out sessions stay dead on a backward jump, and the audit chain keeps its order', async () => {
    const officer = await signInAs(app, 'officer', 'demo-officer-pass');
    const listed = await app.inject({ method: 'GET', url: '/api/cases', headers: officer.headers });
    expect(listed.statusCode).toBe(200);
    const caseId = listed.json<{ items: { id: string }[] }>().items[0]?.id ?? '';

    // Forward 13 h: past the absolute session lifetime (12 h).
    context.clock.advanceHours(13);
    const expired = await app.inject({ method: 'GET', url: '/api/cases', headers: officer.headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ error: { code: 'unauthenticated', details: { expired: true } } });

    // Backward 3 days: a fresh session works; one signed out before the jump does not come back.
    const second = await signInAs(app, 'officer', 'demo-officer-pass');
    expect((await app.inject({ method: 'DELETE', url: '/api/session', headers: second.headers })).statusCode).toBe(204);
    context.clock.advanceHours(-72);
    expect((await app.inject({ method: 'GET', url: '/api/cases', headers: second.headers })).statusCode).toBe(401);
    const third = await signInAs(app, 'officer', 'demo-officer-pass');
    const held = await app.inject({ method: 'POST', url: `/api/cases/${caseId}/transitions`, headers: third.headers, payload: { transition: 'hold', reason: 'clock test' } });
    expect([200, 409]).toContain(held.statusCode);
    const safeguards = await app.inject({ method: 'GET', url: `/api/cases/${caseId}/safeguards`, headers: third.headers });
    expect(safeguards.statusCode).toBe(200);

    // Forward 10 years and back: still no 500, and the chain orders by sequence, not by the (jumping) time.
    context.clock.advanceHours(24 * 3650);
    const fourth = await signInAs(app, 'officer', 'demo-officer-pass');
    expect((await app.inject({ method: 'GET', url: `/api/cases/${caseId}/safeguards`, headers: fourth.headers })).statusCode).toBe(200);
    context.clock.advanceHours(-24 * 3650);
    await context.services.sealer.flush();
    const entries = await context.database.db.selectFrom('audit_log').select(['seq', 'at']).orderBy('seq').execute();
    const backwards = entries.filter((entry, index) => index > 0 && entry.at < (entries[index - 1]?.at ?? ''));
    expect(backwards.length).toBeGreaterThan(0);
    expect(entries.every((entry, index) => index === 0 || (entry.seq ?? 0) > (entries[index - 1]?.seq ?? 0))).toBe(true);
    const chain = await verifyChain(context.database.db);
    expect(chain.ok).toBe(true);
    console.log(`[faults clock] jumps=4 (+13 h, -72 h, +10 y, -10 y) audit entries=${entries.length} with time going backwards=${backwards.length} chain ok violations=0`);
  });
});
