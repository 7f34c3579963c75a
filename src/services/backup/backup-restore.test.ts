import { PassThrough, Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../audit/audit-log.js';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../../test-support/databases.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import { seedDemo } from '../demo/seed-demo.js';
import { generateImportCsv } from '../import/generated-import-file.js';
import { importCases } from '../import/import-cases.js';
import { createBackup } from './create-backup.js';
import { restoreBackup } from './restore-backup.js';
import { tableDigests } from './table-digests.js';

async function backupBytes(context: TestContext): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await createBackup(context.database, sink, '2026-01-15T12:00:00.000Z');
  return Buffer.concat(chunks);
}

describe.each(TEST_DATABASE_KINDS)('backup and restore on %s', { timeout: 240_000 }, (kind) => {
  let context: TestContext;
  let target: TestDatabase;
  let backup: Buffer;

  beforeAll(async () => {
    context = await createTestContext(kind);
    await seedDemo(context.services, context.operator);
    const file = generateImportCsv({ rows: 1_200, badEvery: 100, prefix: 'BK' });
    await importCases(context.services, context.operator, Readable.from(file.chunks()), { format: 'csv', mode: 'valid-rows', agency: 'ICE (demo)' });
    await context.services.sealer.flush();
    backup = await backupBytes(context);
    target = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await target.dispose();
    await context.dispose();
  });

  it('restores into a fresh database with identical counts and hashes, and the audit chain verifies', async () => {
    const summary = await restoreBackup(target, Readable.from([backup]), { force: false });
    const original = await tableDigests(context.database.db);
    expect(await tableDigests(target.db)).toEqual(original);
    expect(summary.tables).toEqual(original);
    expect(original.cases?.rows).toBeGreaterThan(1_188);
    const verified = await verifyChain(target.db);
    expect(verified).toMatchObject({ ok: true, unsealed: 0 });
    expect(verified).toEqual(await verifyChain(context.database.db));
    // Sequences continue where they were: the next case reference is not reused.
    const [restoredSeq, originalSeq] = await Promise.all([target.db, context.database.db].map(async (db) => (await db.selectNoFrom((eb) => eb.fn<number>('nextval', [eb.val('case_reference_seq')]).as('n')).executeTakeFirstOrThrow()).n));
    expect(Number(restoredSeq)).toBe(Number(originalSeq));
  });

  it('refuses a non-empty database without force, and replaces it with force', async () => {
    await expect(restoreBackup(target, Readable.from([backup]), { force: false })).rejects.toMatchObject({ code: 'restore_target_not_empty' });
    await restoreBackup(target, Readable.from([backup]), { force: true });
    expect(await tableDigests(target.db)).toEqual(await tableDigests(context.database.db));
    // The append-only guard is back on after the load.
    await expect(target.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('refuses a truncated backup and leaves the database as it was', async () => {
    const text = gunzipSync(backup).toString('utf8');
    const truncated = gzipSync(Buffer.from(text.slice(0, text.indexOf('{"trailer"'))));
    const before = await tableDigests(target.db);
    await expect(restoreBackup(target, Readable.from([truncated]), { force: true })).rejects.toMatchObject({ code: 'backup_invalid' });
    expect(await tableDigests(target.db)).toEqual(before);
    await expect(restoreBackup(target, Readable.from([gzipSync('{"hello":1}\n')]), { force: true })).rejects.toMatchObject({ code: 'backup_invalid', message: 'not a Waypoint backup file (no header line)' });
  });
});
