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
    await sql`alter table audit_log_rows disable trigger user`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_log_rows enable trigger user`.execute(trx);
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

  it('refuses UPDATE, DELETE and TRUNCATE through the trigger, on the table and through the view', async () => {
    await writeEntries(database, 2);
    await expect(sql`update audit_log_rows set action = 'x' where seq = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_log_rows set leaf = leaf where seq = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log_rows where seq = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log_rows`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_log set seq = 9 where seq = 2`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('refuses to change an unsealed entry, and a seal whose bytes misstate it', async () => {
    await database.db.transaction().execute((trx) => appendAudit(trx, { actor: 'user:a', action: 'case.read', resourceType: 'case', resourceId: 'c1', details: {}, at: AT }));
    await expect(sql`update audit_log_rows set actor = 'user:b' where seq is null`.execute(database.db)).rejects.toThrow(/append-only/);
    const forged = canonicalJson(entryContent({ at: AT, actor: 'user:b', action: 'case.read', resource_type: 'case', resource_id: 'c1', details: {} }, 1, '0'.repeat(64)));
    await expect(
      sql`update audit_log_rows set seq = 1, hash = ${auditLeafTextHash(forged)}, leaf = ${forged}, at = null, actor = null, action = null, resource_type = null, resource_id = null, details = null where seq is null`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    expect(await sealPending(database.db)).toBe(1);
    expect(await database.db.selectFrom('audit_log').select(['seq', 'actor']).execute()).toEqual([{ seq: 1, actor: 'user:a' }]);
  });

  it('shows sealed entries from their bytes and keeps no column beside them', async () => {
    await database.db.transaction().execute((trx) => appendAudit(trx, { actor: 'user:a', action: 'case.read', resourceType: 'case', resourceId: 'c1', details: { purpose: 'x' }, at: AT }));
    const columns = ['seq', 'at', 'actor', 'action', 'resource_type', 'resource_id', 'details', 'prev_hash'] as const;
    const unsealed = await database.db.selectFrom('audit_log').select(columns).executeTakeFirstOrThrow();
    await sealPending(database.db);
    const sealed = await database.db.selectFrom('audit_log').select(columns).executeTakeFirstOrThrow();
    expect({ ...unsealed, seq: 1, prev_hash: '0'.repeat(64) }).toEqual(sealed);
    expect(sealed).toEqual({ seq: 1, at: AT, actor: 'user:a', action: 'case.read', resource_type: 'case', resource_id: 'c1', details: { purpose: 'x' }, prev_hash: '0'.repeat(64) });
    const stored = await database.db.selectFrom('audit_log_rows').select(['at', 'actor', 'action', 'resource_type', 'resource_id', 'details']).executeTakeFirstOrThrow();
    expect(Object.values(stored)).toEqual([null, null, null, null, null, null]);
  });

  it('detects an edited entry at its seq', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`update audit_log_rows set leaf = replace(leaf, '"index":3', '"index":99') where seq = 4`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 4, reason: 'entry 4 content does not match its hash' });
  });

  it('detects a deleted entry at its seq', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`delete from audit_log_rows where seq = 3`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('detects reordered entries at the first moved seq', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`update audit_log_rows set seq = 1000 where seq = 2; update audit_log_rows set seq = 2 where seq = 5; update audit_log_rows set seq = 5 where seq = 1000`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('detects sealed bytes rewritten together with their hash at the next link', async () => {
    await writeEntries(database, 6);
    const { rows } = await sql<{ leaf: string }>`select leaf from audit_log_rows where seq = 3`.execute(database.db);
    const forged = (rows[0]?.leaf ?? '').replace('"actor":"system:test"', '"actor":"system:other"');
    await tamper(database, sql`update audit_log_rows set leaf = ${forged}, hash = ${auditLeafTextHash(forged)} where seq = 3`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 4, reason: 'entry 4 does not link to entry 3 (its bytes name another previous hash)' });
  });

  it('detects the newest entry rewritten with its hash only by its seq and previous-hash bytes staying honest', async () => {
    // Without a later link, a rewritten newest entry is the checkpoints' and witnesses' job (verify-audit.test.ts);
    // here the forger also changed the seq and prevHash it carries, which the chain itself catches.
    await writeEntries(database, 3);
    const { rows } = await sql<{ leaf: string }>`select leaf from audit_log_rows where seq = 3`.execute(database.db);
    const wrongSeq = (rows[0]?.leaf ?? '').replace(/"seq":3}$/, '"seq":4}');
    await tamper(database, sql`update audit_log_rows set leaf = ${wrongSeq}, hash = ${auditLeafTextHash(wrongSeq)} where seq = 3`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 3, reason: 'entry 3 bytes carry another seq' });
    const wrongLink = (rows[0]?.leaf ?? '').replace(/"prevHash":"[0-9a-f]{64}"/, `"prevHash":"${'1'.repeat(64)}"`);
    await tamper(database, sql`update audit_log_rows set leaf = ${wrongLink}, hash = ${auditLeafTextHash(wrongLink)} where seq = 3`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 3, reason: 'entry 3 does not link to entry 2 (its bytes name another previous hash)' });
  });

  it('detects a column parked beside sealed bytes, or a redefined view, as a schema problem', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`alter table audit_log_rows drop constraint audit_log_sealed_derived; update audit_log_rows set resource_id = 'c-hidden' where seq = 5`);
    // The view still shows what the bytes say; verify reports that the CHECK keeping columns empty is gone.
    expect((await database.db.selectFrom('audit_log').select('resource_id').where('seq', '=', 5).executeTakeFirstOrThrow()).resource_id).toBe('c4');
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: null, reason: 'the CHECK audit_log_sealed_derived is missing, altered or not validated' });
    await tamper(database, sql`update audit_log_rows set resource_id = null where seq = 5; alter table audit_log_rows add constraint audit_log_sealed_derived check (true)`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: null });
  });

  it('detects a CHECK re-added without validation, and a view that no longer reads the bytes', async () => {
    await writeEntries(database, 3);
    const { rows } = await sql<{ definition: string }>`select pg_get_constraintdef(oid) as definition from pg_constraint where conname = 'audit_log_sealed_derived'`.execute(database.db);
    const definition = rows[0]?.definition ?? '';
    await tamper(database, sql`alter table audit_log_rows drop constraint audit_log_sealed_derived; alter table audit_log_rows add constraint audit_log_sealed_derived ${sql.raw(definition)} not valid`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: null });
    await tamper(database, sql`alter table audit_log_rows validate constraint audit_log_sealed_derived`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, entries: 3 });
    await sql`create or replace view audit_log as
      select id, seq, at, 'user:nobody'::text as actor, action, resource_type, resource_id, details, leaf::jsonb ->> 'prevHash' as prev_hash, hash, leaf from audit_log_rows`.execute(database.db);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: null, reason: 'the audit_log view is missing or no longer derives sealed entries from their bytes' });
  });

  it('reports a renamed entries table as a schema problem, not as a failure to run', async () => {
    await writeEntries(database, 2);
    await sql`alter table audit_log_rows rename to audit_log_hidden`.execute(database.db);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: null, reason: 'the table audit_log_rows is missing' });
  });

  it('detects sealed bytes that are not JSON, with a matching hash, at that seq', async () => {
    await writeEntries(database, 6);
    // The resource index parses every sealed leaf: with it in place such bytes cannot even be stored.
    await expect(tamper(database, sql`update audit_log_rows set leaf = 'not json', hash = ${auditLeafTextHash('not json')} where seq = 2`)).rejects.toThrow(/json/);
    await sql`drop index audit_log_resource_idx`.execute(database.db);
    await tamper(database, sql`update audit_log_rows set leaf = 'not json', hash = ${auditLeafTextHash('not json')} where seq = 2`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('detects a leaf with a raw newline at its seq, and a missing leaf (only possible without the CHECK)', async () => {
    await writeEntries(database, 6);
    await tamper(database, sql`update audit_log_rows set leaf = leaf || E'\n' where seq = 2`);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
    await expect(tamper(database, sql`update audit_log_rows set leaf = null where seq = 4`)).rejects.toThrow(/audit_log/);
  });

  it('stores the leaf bytes whose hash is the chain hash', async () => {
    await writeEntries(database, 3);
    const { rows } = await sql<{ seq: number; at: string; actor: string; action: string; resource_type: string; resource_id: string | null; details: Record<string, unknown>; prev_hash: string; hash: string; leaf: string }>`
      select seq, at, actor, action, resource_type, resource_id, details, prev_hash, hash, leaf from audit_log order by seq`.execute(database.db);
    expect(rows.map((row) => row.actor)).toEqual(['system:test', 'system:test', 'system:test']);
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
    await tamper(database, sql`delete from audit_log_rows where seq = 17`);
    expect(await verifyChain(database.db, 5)).toMatchObject({ ok: false, firstBadSeq: 17, reason: 'entry 17 is missing (next present is 18)' });
  });

  it('seals entries written by concurrent transactions exactly once', async () => {
    await Promise.all(Array.from({ length: 8 }, () => writeEntries(database, 3)));
    await sealPending(database.db);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, entries: 24, unsealed: 0 });
  });
});
