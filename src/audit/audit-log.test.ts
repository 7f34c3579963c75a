import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../test-support/databases.js';
import { canonicalJson } from '../core/canonical-json.js';
import { appendAudit, auditLeafTextHash, entryContent, sealPending, verifyChain } from './audit-log.js';

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

  it('detects sealed bytes rewritten together with their hash at that seq', async () => {
    await writeEntries(database, 6);
    const { rows } = await sql<{ leaf: string }>`select leaf from audit_log where seq = 3`.execute(database.db);
    const forged = (rows[0]?.leaf ?? '').replace('"actor":"system:test"', '"actor":"system:other"');
    await tamper(database, sql`update audit_log set leaf = ${forged}, hash = ${auditLeafTextHash(forged)} where seq = 3`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('detects a column edited while the sealed bytes stay, at that seq', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`update audit_log set resource_id = 'c-hidden' where seq = 5`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 5, reason: 'entry 5 columns do not say what its sealed bytes say (edited after sealing)' });
  });

  it('detects sealed bytes that are not JSON, with a matching hash, at that seq', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`update audit_log set leaf = 'not json', hash = ${auditLeafTextHash('not json')} where seq = 2`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('detects a missing leaf and a leaf with a raw newline at their seqs', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`alter table audit_log drop constraint audit_log_leaf_when_sealed; update audit_log set leaf = null where seq = 4`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 4 });
    await tamper(database, sql`update audit_log set leaf = leaf || E'\n' where seq = 2`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('stores the leaf bytes whose hash is the chain hash', async () => {
    await writeEntries(database, 3);
    const { rows } = await sql<{ seq: number; at: string; actor: string; action: string; resource_type: string; resource_id: string | null; details: Record<string, unknown>; prev_hash: string; hash: string; leaf: string }>`
      select seq, at, actor, action, resource_type, resource_id, details, prev_hash, hash, leaf from audit_log order by seq`.execute(database.db);
    for (const row of rows) {
      expect(row.leaf).toBe(canonicalJson(entryContent(row, row.seq, row.prev_hash)));
      expect(auditLeafTextHash(row.leaf)).toBe(row.hash);
    }
  });

  it('rebuilds the leaf bytes of entries sealed before the leaf migration, and they verify', async () => {
    await writeEntries(database, 4);
    const before = (await sql<{ leaf: string }>`select leaf from audit_log order by seq`.execute(database.db)).rows.map((row) => row.leaf);
    const { migrateDown, migrateToLatest } = await import('../db/migrator.js');
    // Revert down to (and including) the leaf migration, then forward again: its backfill runs over sealed rows.
    for (let reverted: string[] = []; !reverted.includes('20261129T2200_audit_leaf'); ) reverted = await migrateDown(database.db);
    await migrateToLatest(database.db);
    const after = (await sql<{ leaf: string }>`select leaf from audit_log order by seq`.execute(database.db)).rows.map((row) => row.leaf);
    expect(after).toEqual(before);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, entries: 4 });
  });

  it('verifies across page boundaries and reports a gap in a later page', async () => {
    await writeEntries(database, 23);
    expect(await verifyChain(database.db, 5)).toMatchObject({ ok: true, entries: 23 });
    await tamper(database, sql`delete from audit_log where seq = 17`);
    expect(await verifyChain(database.db, 5)).toMatchObject({ ok: false, firstBadSeq: 17, reason: 'entry 17 is missing (next present is 18)' });
  });

  it('seals entries written by concurrent transactions exactly once', async () => {
    await Promise.all(Array.from({ length: 8 }, () => writeEntries(database, 3)));
    await sealPending(database.db);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, entries: 24, unsealed: 0 });
  });
});
