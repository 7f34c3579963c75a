import { generateKeyPairSync } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../core/hash.js';
import { ManualClock } from '../../test-support/test-app.js';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../../test-support/databases.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { auditLeafTextHash, entryContent } from '../audit-log.js';
import { describePublicKey, type SigningKey } from '../signing/signing-key.js';
import { signTreeHead } from '../signing/tree-head.js';
import { witnessCheckpoint } from '../witness/witness-checkpoint.js';
import { emptyWitnessState, type WitnessState } from '../witness/witness-state.js';
import { editSealedEntry, resetSchema, tamper, temporaryKey, writeSealedEntries } from './audit-fixture.test-support.js';
import { latestStoredCheckpoint } from './checkpoint-store.js';
import { Checkpointer } from './checkpointer.js';
import { verifyAudit } from './verify-audit.js';

describe.each(TEST_DATABASE_KINDS)('verifyAudit on %s', (kind) => {
  let database: TestDatabase;
  let key: SigningKey;
  let disposeKey: () => Promise<void>;
  let checkpointer: Checkpointer;

  /** 12 entries with checkpoints at sizes 4, 8 and 12. */
  async function writeLog(): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
      await writeSealedEntries(database, 4);
      await checkpointer.checkpointNow();
    }
  }

  async function witnessOfLatest(): Promise<WitnessState> {
    const latest = await latestStoredCheckpoint(database.db);
    if (latest === null) throw new Error('no checkpoint');
    const outcome = witnessCheckpoint(emptyWitnessState(), latest.head, [], key.publicKey);
    if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
    return outcome.state;
  }

  /** What an attacker with database rights can do: rewrite an entry and re-chain every later hash. */
  async function rewriteHistory(seq: number): Promise<void> {
    const rows = await database.db.selectFrom('audit_log').select(['seq', 'at', 'actor', 'action', 'resource_type', 'resource_id', 'details']).orderBy('seq').execute();
    let prevHash = GENESIS_HASH;
    for (const row of rows) {
      // A thorough attacker rewrites the stored leaf bytes and every later hash, so bytes, links and hashes all agree.
      const leaf = canonicalJson(entryContent(row.seq === seq ? { ...row, details: { index: 99 } } : row, row.seq ?? 0, prevHash));
      const hash = auditLeafTextHash(leaf);
      await tamper(database, 'audit_log_rows', sql`update audit_log_rows set hash = ${hash}, leaf = ${leaf} where seq = ${row.seq}`);
      prevHash = hash;
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
    ({ key, dispose: disposeKey } = await temporaryKey());
  });
  afterAll(async () => {
    await database.dispose();
    await disposeKey();
  });
  beforeEach(async () => {
    await resetSchema(database);
    checkpointer = new Checkpointer(database.db, key, new ManualClock(), { everyEntries: 1000, everySeconds: 60 });
  });

  it('accepts an intact log with its checkpoints and a witness', async () => {
    await writeLog();
    await writeSealedEntries(database, 2);
    const result = await verifyAudit(database.db, key.publicKey, await witnessOfLatest());
    expect(result).toMatchObject({ ok: true, entries: 14, unsealed: 0, checkpoints: 3, witnessedSize: 12, latestCheckpoint: { size: 12 } });
  });

  it('reports progress in seq order, every `every` entries verified, and none past a bad entry', async () => {
    await writeLog();
    const seen: number[] = [];
    await verifyAudit(database.db, key.publicKey, null, { onProgress: (verified) => seen.push(verified), every: 5 });
    expect(seen).toEqual([5, 10]);
    await editSealedEntry(database, 7);
    seen.length = 0;
    expect(await verifyAudit(database.db, key.publicKey, null, { onProgress: (verified) => seen.push(verified), every: 5 })).toMatchObject({ ok: false, firstBadSeq: 7 });
    expect(seen).toEqual([5]);
  });

  it('accepts an empty log without a key', async () => {
    expect(await verifyAudit(database.db, null)).toMatchObject({ ok: true, entries: 0, checkpoints: 0, latestCheckpoint: null, witnessedSize: null });
  });

  it('cannot judge checkpoints without the key', async () => {
    await writeLog();
    await expect(verifyAudit(database.db, null)).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('detects an edited entry at its seq', async () => {
    await writeLog();
    await editSealedEntry(database, 6);
    expect(await verifyAudit(database.db, key.publicKey)).toMatchObject({ ok: false, problem: 'chain', firstBadSeq: 6 });
  });

  it('detects a deleted entry at its seq', async () => {
    await writeLog();
    await tamper(database, 'audit_log_rows', sql`delete from audit_log_rows where seq = 3`);
    expect(await verifyAudit(database.db, key.publicKey)).toMatchObject({ ok: false, problem: 'chain', firstBadSeq: 3 });
  });

  it('detects reordered entries at the first moved seq', async () => {
    await writeLog();
    await tamper(database, 'audit_log_rows', sql`update audit_log_rows set seq = 1000 where seq = 2; update audit_log_rows set seq = 2 where seq = 9; update audit_log_rows set seq = 9 where seq = 1000`);
    expect(await verifyAudit(database.db, key.publicKey)).toMatchObject({ ok: false, problem: 'chain', firstBadSeq: 2 });
  });

  it('detects truncated newest entries through the latest checkpoint', async () => {
    await writeLog();
    await tamper(database, 'audit_log_rows', sql`delete from audit_log_rows where seq > 9`);
    expect(await verifyAudit(database.db, key.publicKey)).toMatchObject({ ok: false, problem: 'checkpoint', checkpointId: 3, firstBadSeq: 10, entries: 9 });
  });

  it('detects truncation together with the checkpoints that covered it through the witness', async () => {
    await writeLog();
    const witness = await witnessOfLatest();
    await tamper(database, 'audit_log_rows', sql`delete from audit_log_rows where seq > 5`);
    await tamper(database, 'audit_checkpoints', sql`delete from audit_checkpoints where tree_size > 5`);
    // Without a witness the shortened log looks whole: the tamper window docs/AUDIT.md describes.
    expect(await verifyAudit(database.db, key.publicKey)).toMatchObject({ ok: true, entries: 5, checkpoints: 1 });
    expect(await verifyAudit(database.db, key.publicKey, witness)).toMatchObject({ ok: false, problem: 'witness', firstBadSeq: 6, entries: 5 });
  });

  it('detects history rewritten and re-chained through the checkpoint root', async () => {
    await writeLog();
    await rewriteHistory(5);
    expect(await verifyAudit(database.db, key.publicKey)).toMatchObject({ ok: false, problem: 'checkpoint', checkpointId: 2, firstBadSeq: null });
  });

  it('detects history rewritten with its checkpoints dropped through the witness', async () => {
    await writeLog();
    const witness = await witnessOfLatest();
    await rewriteHistory(5);
    await tamper(database, 'audit_checkpoints', sql`delete from audit_checkpoints where tree_size >= 5`);
    expect(await verifyAudit(database.db, key.publicKey)).toMatchObject({ ok: true });
    const result = await verifyAudit(database.db, key.publicKey, witness);
    expect(result).toMatchObject({ ok: false, problem: 'witness' });
    expect(result.ok ? '' : result.reason).toContain('history was rewritten');
  });

  it.each([
    ['root', sql`update audit_checkpoints set root_hash = ${'ab'.repeat(32)} where id = 2`],
    ['size', sql`update audit_checkpoints set tree_size = 7 where id = 2`],
    ['timestamp', sql`update audit_checkpoints set signed_at = '2030-01-01T00:00:00Z' where id = 2`],
    ['signature', sql`update audit_checkpoints set signature = (select signature from audit_checkpoints where id = 1) where id = 2`],
  ])('detects a replaced checkpoint %s by its signature', async (_field, statement) => {
    await writeLog();
    await tamper(database, 'audit_checkpoints', statement);
    const result = await verifyAudit(database.db, key.publicKey);
    expect(result).toMatchObject({ ok: false, problem: 'checkpoint', checkpointId: 2 });
    expect(result.ok ? '' : result.reason).toContain('signature that does not verify');
  });

  it('detects a checkpoint re-signed with another key', async () => {
    await writeLog();
    const attacker = generateKeyPairSync('ed25519');
    const latest = await latestStoredCheckpoint(database.db);
    const forged = signTreeHead({ size: 12, rootHash: 'cd'.repeat(32), timestamp: latest?.head.timestamp ?? '' }, attacker.privateKey);
    await tamper(database, 'audit_checkpoints', sql`update audit_checkpoints set root_hash = ${forged.rootHash}, signature = ${forged.signature}, key_id = ${describePublicKey(attacker.publicKey).keyId} where id = 3`);
    expect(await verifyAudit(database.db, key.publicKey)).toMatchObject({ ok: false, problem: 'checkpoint', checkpointId: 3 });
  });

  it('detects an older checkpoint replayed after a newer one', async () => {
    await writeLog();
    const oldest = await database.db.selectFrom('audit_checkpoints').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
    await tamper(database, 'audit_checkpoints', sql`delete from audit_checkpoints where id in (1, 3)`);
    await tamper(
      database,
      'audit_checkpoints',
      sql`insert into audit_checkpoints (tree_size, root_hash, signed_at, signature, key_id, frontier)
          values (${oldest.tree_size}, ${oldest.root_hash}, ${oldest.signed_at}, ${oldest.signature}, ${oldest.key_id}, ${JSON.stringify(oldest.frontier)})`,
    );
    const result = await verifyAudit(database.db, key.publicKey);
    expect(result).toMatchObject({ ok: false, problem: 'checkpoint', checkpointId: 4 });
    expect(result.ok ? '' : result.reason).toBe('checkpoint 4 (size 4) is not larger than checkpoint 2 (size 8) before it');
  });

  it('detects a stored frontier that does not give the signed root', async () => {
    await writeLog();
    await tamper(database, 'audit_checkpoints', sql`update audit_checkpoints set frontier = '{"size": 8, "hashes": ["${sql.raw('0'.repeat(64))}"]}' where id = 2`);
    const result = await verifyAudit(database.db, key.publicKey);
    expect(result).toMatchObject({ ok: false, problem: 'checkpoint', checkpointId: 2 });
    expect(result.ok ? '' : result.reason).toContain('frontier');
  });

  it('detects a witness that pinned another key', async () => {
    await writeLog();
    const witness = await witnessOfLatest();
    const other = describePublicKey(generateKeyPairSync('ed25519').publicKey).rawBase64;
    expect(await verifyAudit(database.db, key.publicKey, { ...witness, logPublicKey: other })).toMatchObject({ ok: false, problem: 'witness' });
  });
});
