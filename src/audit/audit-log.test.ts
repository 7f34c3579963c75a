import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../test-support/databases.js';
import { appendAudit, sealPending, verifyChain } from './audit-log.js';

const AT = '2026-01-01T00:00:00.000Z';

async function writeEntries(database: TestDatabase, count: number): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    for (let index = 0; index < count; index += 1) {
      await appendAudit(trx, { actor: 'system:test', action: 'test.write', resourceType: 'case', resourceId: `c${index}`, details: { index, nested: { b: 1, a: 2 } }, at: AT });
    }
  });
  await sealPending(database.db);
}

/** Tampering needs the append-only triggers off, as an attacker with owner rights would do. */
async function tamper(database: TestDatabase, statement: ReturnType<typeof sql>): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await sql`alter table audit_log disable trigger user`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_log enable trigger user`.execute(trx);
  });
}

describe.each(TEST_DATABASE_KINDS)('audit chain on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(async () => {
    await database.dispose();
  });
  beforeEach(async () => {
    // Each test starts from a fresh schema so sequence numbers are predictable.
    await sql`drop schema public cascade; create schema public`.execute(database.db);
    const { migrateToLatest } = await import('../db/migrator.js');
    await migrateToLatest(database.db);
  });

  it('appends, seals with gapless seq and verifies', async () => {
    await writeEntries(database, 5);
    const result = await verifyChain(database.db);
    expect(result).toMatchObject({ ok: true, entries: 5, unsealed: 0 });
    const rows = await database.db.selectFrom('audit_log').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute();
    expect(rows.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    if (result.ok) expect(result.head).toBe(rows[4]?.hash);
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the trigger', async () => {
    await writeEntries(database, 2);
    await expect(sql`update audit_log set action = 'x' where seq = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_log set seq = 9 where seq = 2`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('detects an edited entry at its seq', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`update audit_log set details = '{"index": 99}' where seq = 4`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 4 });
  });

  it('detects a deleted entry at its seq', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`delete from audit_log where seq = 3`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('detects reordered entries at the first moved seq', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`update audit_log set seq = 1000 where seq = 2; update audit_log set seq = 2 where seq = 5; update audit_log set seq = 5 where seq = 1000`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('seals entries written by concurrent transactions exactly once', async () => {
    await Promise.all(Array.from({ length: 8 }, () => writeEntries(database, 3)));
    await sealPending(database.db);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, entries: 24, unsealed: 0 });
  });
});
